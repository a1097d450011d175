import * as reporting from '@common/contracts/reporting';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../api/client';
import { useI18n } from './I18nProvider';

type Texts = { name: string; unit: string; group: string };

/**
 * An indicator's name, unit and group in the screen's language: the catalogue's English ones when
 * the screens are in English and the catalogue has them, else the Vietnamese ones as stored. The
 * catalogue is read once (GET /api/reporting/indicators) and only in English.
 */
export function useIndicatorText(): (indicator: { code: string; name: string; unit: string; group?: string }) => Texts {
  const { language } = useI18n();
  const catalogue = useQuery({
    queryKey: ['indicators', 'catalogue'],
    queryFn: ({ signal }) => call(reporting.listIndicators, {}, signal),
    enabled: language === 'en',
    staleTime: 10 * 60_000,
  });
  const data = catalogue.data;
  return useCallback(
    (indicator) => {
      const vi = { name: indicator.name, unit: indicator.unit, group: indicator.group ?? '' };
      if (language !== 'en') return vi;
      const entry = data?.indicators.find((i) => i.code === indicator.code);
      return {
        name: entry?.nameEn ?? vi.name,
        unit: entry?.unitEn ?? vi.unit,
        group: entry?.groupNameEn ?? vi.group,
      };
    },
    [language, data],
  );
}
