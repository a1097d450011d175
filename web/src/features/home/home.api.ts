import * as home from '@common/contracts/home';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';
import { isMessageKey, type MessageKey } from '@common/i18n/translate';

export type HomeView = Wire<typeof home.HomeView>;
export type WorkItem = Wire<typeof home.WorkItem>;
export type TrackView = Wire<typeof home.TrackView>;

/** GET /api/home — the reader's own work, by role. */
export function useHome() {
  return useQuery({
    queryKey: ['home'],
    queryFn: ({ signal }) => call(home.getHome, {}, signal),
  });
}

/** Where a work item is dealt with: the agency's report of that period. */
export function workLink(item: Pick<WorkItem, 'periodId' | 'agencyId'>): string {
  return `/reporting/periods/${item.periodId}/agencies/${item.agencyId}`;
}

/** A rate (0–100) as "87,5 %" in Vietnamese, "87.5%" in English; "—" when there is nothing to rate. */
export function formatPercent(rate: number | null, language: 'vi' | 'en'): string {
  if (rate === null) return '—';
  const text = rate.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return language === 'vi' ? `${text} %` : `${text}%`;
}

/** Change from last year as "+12 %" / "−5 %", or null when there is no last year to compare with. */
export function changeFromLastYear(total: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return Math.round(((total - previous) / previous) * 100);
}

/**
 * A period's name in the screen's language: its stored (Vietnamese) label, or in English the kind
 * and year ("Annual report 2026"), since the label is Vietnamese text the system wrote.
 */
export function periodName(
  t: (key: MessageKey) => string,
  language: 'vi' | 'en',
  period: { label: string; kind: string; year: number },
): string {
  const key = `plan.deadline.${period.kind}`;
  return language === 'en' && isMessageKey(key) ? `${t(key)} ${period.year}` : period.label;
}
