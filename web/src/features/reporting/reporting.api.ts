import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Abilities, Obligation } from '../../api/types';
import type { Board, ComplianceBoard, FocalOfficial, PeriodWithRates, PublicSpokesperson, Spokesperson, SubmissionView, TaskView } from './reporting.types';

export const submissionPath = (periodId: number, agencyId: number) => `/api/reporting/periods/${periodId}/agencies/${agencyId}/submission`;
export const submissionKey = (periodId: number, agencyId: number) => ['reporting', 'submission', periodId, agencyId] as const;

/** GET /api/reporting/periods — newest first; agency staff get only their own periods (with ownStatus). */
export function usePeriods(planId?: number | null) {
  return useQuery({
    queryKey: ['reporting', 'periods', planId ?? null],
    queryFn: ({ signal }) => api.get<{ periods: PeriodWithRates[]; abilities: Abilities }>('/api/reporting/periods', { planId: planId ?? undefined }, signal),
  });
}

/** One agency's report for a period, as the form shows it. */
export function useSubmission(periodId: number, agencyId: number) {
  return useQuery({
    queryKey: submissionKey(periodId, agencyId),
    queryFn: ({ signal }) => api.get<SubmissionView>(submissionPath(periodId, agencyId), undefined, signal),
    enabled: periodId > 0 && agencyId > 0,
    staleTime: 0,
  });
}

/** What the agency owes in the period's plan on the due date: the role and "why" of each task. */
export function useOwedTasks(agencyId: number, planId: number | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['reporting', 'owes', agencyId, planId, asOf],
    queryFn: ({ signal }) => api.get<{ agency: { name: string }; owes: Obligation[] }>(`/api/agencies/${agencyId}`, { planId, asOf }, signal),
    enabled: agencyId > 0 && !!planId && !!asOf,
    staleTime: 5 * 60_000,
  });
}

export function useBoard(periodId: number) {
  return useQuery({
    queryKey: ['reporting', 'board', periodId],
    queryFn: ({ signal }) => api.get<Board>(`/api/reporting/periods/${periodId}/board`, undefined, signal),
    enabled: periodId > 0,
  });
}

export function useTaskView(periodId: number, taskId: number) {
  return useQuery({
    queryKey: ['reporting', 'task', periodId, taskId],
    queryFn: ({ signal }) => api.get<TaskView>(`/api/reporting/periods/${periodId}/tasks/${taskId}`, undefined, signal),
    enabled: periodId > 0 && taskId > 0,
  });
}

export function useContacts() {
  return useQuery({
    queryKey: ['reporting', 'contacts'],
    queryFn: ({ signal }) => api.get<{ focalOfficials: FocalOfficial[]; spokespersons: Spokesperson[]; abilities: Abilities }>('/api/reporting/contacts', undefined, signal),
  });
}

export function useCompliance() {
  return useQuery({
    queryKey: ['reporting', 'compliance'],
    queryFn: ({ signal }) => api.get<ComplianceBoard & { abilities: Abilities }>('/api/reporting/compliance', undefined, signal),
  });
}

export function usePublicSpokespersons() {
  return useQuery({
    queryKey: ['reporting', 'public-spokespersons'],
    queryFn: ({ signal }) => api.get<{ asOf: string; spokespersons: PublicSpokesperson[] }>('/api/reporting/spokespersons/public', undefined, signal),
  });
}
