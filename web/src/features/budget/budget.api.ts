import * as budget from '@common/contracts/budget';
import type { Endpoint, EndpointRequest } from '@common/contracts/endpoint';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

export type BudgetYearView = Wire<typeof budget.BudgetYearView>;
export type BudgetRequestView = Wire<typeof budget.BudgetRequestView>;
export type AllocationView = Wire<typeof budget.AllocationView>;
export type YearTrack = Wire<typeof budget.YearTrack>;

/** A year's budget as the reader may see it. */
export function useBudgetYear(year: number) {
  return useQuery({
    queryKey: ['budget', year],
    queryFn: ({ signal }) => call(budget.getBudgetYear, { query: { year } }, signal),
  });
}

/** A mutation of one budget endpoint that refreshes the budget screens (and the home page) on success. */
function useBudgetMutation<E extends Endpoint>(endpoint: E) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EndpointRequest<E>) => call(endpoint, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['budget'] }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]),
  });
}

/** Every change of the budget screen. */
export function useBudgetMutations() {
  return {
    draft: useBudgetMutation(budget.draftBudgetRequest),
    submit: useBudgetMutation(budget.submitBudgetRequest),
    appraise: useBudgetMutation(budget.appraiseBudgetRequest),
    decide: useBudgetMutation(budget.decideBudgetRequest),
  };
}

/** Whole đồng grouped the Vietnamese way (1.250.000), in integers only. */
export function formatDong(amount: number): string {
  return String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Basis points as a percentage with one decimal ("85,3 %" in Vietnamese, "85.3%" in English). */
export function formatExecution(bp: number | null, language: 'vi' | 'en'): string {
  if (bp === null) return '—';
  const tenths = Math.round(bp / 10);
  const text = `${Math.trunc(tenths / 10)}${tenths % 10 ? `${language === 'vi' ? ',' : '.'}${tenths % 10}` : ''}`;
  return language === 'vi' ? `${text} %` : `${text}%`;
}

/**
 * A typed amount as whole đồng, or null: a number from the field, or text grouped the Vietnamese
 * way ("1.250.000"); anything with a fraction, a sign or letters is not an amount.
 */
export function wholeDong(value: number | string): number | null {
  const n =
    typeof value === 'number'
      ? value
      : /^\d{1,3}(\.\d{3})*$|^\d+$/.test(value.trim())
        ? Number(value.trim().replaceAll('.', ''))
        : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
