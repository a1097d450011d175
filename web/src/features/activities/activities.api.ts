import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as a from '@common/contracts/activities';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

/** An activity as the screens receive it (inferred from the contract). */
export type Activity = Wire<typeof a.ActivityView>;
/** What the form sends. */
export type ActivityBody = a.ActivityInput;
/** The list's filter, kept in the URL. */
export type ActivityListFilter = { from?: string; to?: string; agencyId?: number; indicator?: string };

/** Activities of the actor's agency (every agency for province readers), with their counts and sums. */
export function useActivities(filter: ActivityListFilter) {
  return useQuery({
    queryKey: ['activities', 'list', filter],
    queryFn: ({ signal }) => call(a.listActivities, { query: filter }, signal),
  });
}

/** One activity, for its edit form. */
export function useActivity(id: number | null) {
  return useQuery({
    queryKey: ['activities', 'one', id],
    queryFn: ({ signal }) => call(a.getActivity, { params: { id: id! } }, signal),
    enabled: id !== null,
  });
}

/** The tasks the actor's agency owes this year and the indicator catalogue, for the form. */
export function useActivityOptions() {
  return useQuery({
    queryKey: ['activities', 'options'],
    queryFn: ({ signal }) => call(a.getActivityOptions, {}, signal),
    staleTime: 5 * 60_000,
  });
}

/** Record, change and delete; each refreshes the lists. */
export function useActivityMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['activities'] });
  return {
    record: useMutation({ mutationFn: (body: ActivityBody) => call(a.recordActivity, { body }), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: ActivityBody & { version: number } }) =>
        call(a.updateActivity, { params: { id }, body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => call(a.deleteActivity, { params: { id } }),
      onSuccess: refresh,
    }),
  };
}

/** The report drafted from the activities of a period's data window (refreshed with the activity lists). */
export function useSubmissionActivityDraft(periodId: number, agencyId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['activities', 'draft', periodId, agencyId],
    queryFn: ({ signal }) => call(a.draftSubmissionFromActivities, { params: { periodId, agencyId } }, signal),
    enabled,
  });
}
