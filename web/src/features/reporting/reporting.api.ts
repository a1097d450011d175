import * as org from '@common/contracts/organisations';
import * as contacts from '@common/contracts/contacts';
import * as r from '@common/contracts/reporting';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const submissionKey = (periodId: number, agencyId: number) =>
  ['reporting', 'submission', periodId, agencyId] as const;

/** Reporting periods, newest first; agency staff get only their own periods (with ownStatus). */
export function usePeriods(planId?: number | null) {
  return useQuery({
    queryKey: ['reporting', 'periods', planId ?? null],
    queryFn: ({ signal }) => call(r.listPeriods, { query: { planId: planId ?? undefined } }, signal),
  });
}

/** One agency's report for a period, as the form shows it. */
export function useSubmission(periodId: number, agencyId: number) {
  return useQuery({
    queryKey: submissionKey(periodId, agencyId),
    queryFn: ({ signal }) => call(r.getSubmission, { params: { periodId, agencyId } }, signal),
    enabled: periodId > 0 && agencyId > 0,
    staleTime: 0,
  });
}

/** What the agency owes in the period's plan on the due date: the role and "why" of each task. */
export function useOwedTasks(agencyId: number, planId: number | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['reporting', 'owes', agencyId, planId, asOf],
    queryFn: ({ signal }) => call(org.getAgency, { params: { id: agencyId }, query: { planId, asOf } }, signal),
    enabled: agencyId > 0 && !!planId && !!asOf,
    staleTime: 5 * 60_000,
  });
}

export function useBoard(periodId: number) {
  return useQuery({
    queryKey: ['reporting', 'board', periodId],
    queryFn: ({ signal }) => call(r.getBoard, { params: { periodId } }, signal),
    enabled: periodId > 0,
  });
}

export function useTaskView(periodId: number, taskId: number) {
  return useQuery({
    queryKey: ['reporting', 'task', periodId, taskId],
    queryFn: ({ signal }) => call(r.getTaskView, { params: { periodId, taskId } }, signal),
    enabled: periodId > 0 && taskId > 0,
  });
}

export function useContacts() {
  return useQuery({
    queryKey: ['reporting', 'contacts'],
    queryFn: ({ signal }) => call(contacts.listContacts, { query: {} }, signal),
  });
}

export function useCompliance() {
  return useQuery({
    queryKey: ['reporting', 'compliance'],
    queryFn: ({ signal }) => call(contacts.getCompliance, {}, signal),
  });
}

export function usePublicSpokespersons() {
  return useQuery({
    queryKey: ['reporting', 'public-spokespersons'],
    queryFn: ({ signal }) => call(contacts.listPublicSpokespersons, { query: {} }, signal),
  });
}
