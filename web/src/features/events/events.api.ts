import { useMutation, useQuery } from '@tanstack/react-query';
import * as e from '@common/contracts/calendar-events';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

/** A milestone as the screen receives it. */
export type MilestoneView = Wire<typeof e.Milestone>;

/** The year's milestones. */
export function useMilestones(year: number) {
  return useQuery({
    queryKey: ['events', 'milestones', year],
    queryFn: ({ signal }) => call(e.listMilestones, { query: { year } }, signal),
  });
}

/** A new secret calendar link (shown once). */
export function useFeedToken() {
  return useMutation({ mutationFn: (scope: 'user' | 'agency') => call(e.createFeedToken, { body: { scope } }) });
}
