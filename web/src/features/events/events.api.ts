import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scope: 'user' | 'agency') => call(e.createFeedToken, { body: { scope } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['events', 'feed-tokens'] }),
  });
}

/** The reader's calendar links still in force. */
export function useFeedTokens() {
  return useQuery({
    queryKey: ['events', 'feed-tokens'],
    queryFn: ({ signal }) => call(e.listFeedTokens, {}, signal),
  });
}

/** Revokes one of the reader's calendar links: it stops working at once. */
export function useRevokeFeedToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(e.revokeFeedToken, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['events', 'feed-tokens'] }),
  });
}
