import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { Agency } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { foldedOptionsFilter } from '../../lib/fold-filter';
import { useAgencies } from './agencies.api';

function useAgencyOptions() {
  const { t } = useI18n();
  const query = useAgencies();
  const options = useMemo(
    () =>
      (query.data?.agencies ?? []).map((a: Agency & { aliases?: string[] }) => ({
        value: String(a.id),
        label: a.validTo ? `${a.name} (${t('filters.closedOn', { date: formatDate(a.validTo) })})` : a.name,
        // Searched too: "UBND xã Mèo Vạc", "Sở VHTTDL", "Báo TQ".
        keywords: (a.aliases ?? []).join(' · '),
      })),
    [query.data, t],
  );
  return { options, isLoading: query.isLoading };
}

type SingleProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null;
  onChange: (id: number | null) => void;
};

/** Searchable agency picker (matches without diacritics, aliases and abbreviations), loaded from /api/agencies. */
export function AgencySelect({ value, onChange, ...props }: SingleProps) {
  const { options, isLoading } = useAgencyOptions();
  return (
    <Select
      searchable
      clearable
      limit={60}
      nothingFoundMessage="—"
      {...props}
      disabled={props.disabled || isLoading}
      data={options}
      filter={foldedOptionsFilter}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}

type MultiProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: number[];
  onChange: (ids: number[]) => void;
};

/** Several agencies at once (sources of a merge, targets of a split). */
export function AgencyMultiSelect({ value, onChange, ...props }: MultiProps) {
  const { options, isLoading } = useAgencyOptions();
  return (
    <MultiSelect
      searchable
      limit={60}
      nothingFoundMessage="—"
      {...props}
      disabled={props.disabled || isLoading}
      data={options}
      filter={foldedOptionsFilter}
      value={value.map(String)}
      onChange={(v) => onChange(v.map(Number))}
    />
  );
}
