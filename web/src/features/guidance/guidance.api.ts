import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as g from '@common/contracts/guidance';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

/** A note as the screens receive it (inferred from the contract). */
export type GuidanceNote = Wire<typeof g.GuidanceView>;
/** A register line. */
export type GuidanceLine = Wire<typeof g.GuidanceSummary>;
/** The register's filter, kept in the URL. */
export type GuidanceListFilter = { status?: 'pending' | 'unread' | 'complete'; q?: string };

/** The register (notes addressed to the reader's agency, or all for province readers). */
export function useGuidanceList(filter: GuidanceListFilter) {
  return useQuery({
    queryKey: ['guidance', 'list', filter],
    queryFn: ({ signal }) => call(g.listGuidance, { query: filter }, signal),
  });
}

/** One note. */
export function useGuidanceNote(id: number) {
  return useQuery({
    queryKey: ['guidance', 'one', id],
    queryFn: ({ signal }) => call(g.getGuidance, { params: { id } }, signal),
  });
}

/** The issue form's choices. */
export function useGuidanceOptions() {
  return useQuery({
    queryKey: ['guidance', 'options'],
    queryFn: ({ signal }) => call(g.getGuidanceOptions, {}, signal),
    staleTime: 5 * 60_000,
  });
}

/** Issue, open (the read receipt) and acknowledge; each refreshes the register. */
export function useGuidanceMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['guidance'] });
  return {
    issue: useMutation({ mutationFn: (body: g.GuidanceInput) => call(g.issueGuidance, { body }), onSuccess: refresh }),
    open: useMutation({ mutationFn: (id: number) => call(g.openGuidance, { params: { id } }), onSuccess: refresh }),
    acknowledge: useMutation({
      mutationFn: ({ id, note }: { id: number; note: string }) =>
        call(g.acknowledgeGuidance, { params: { id }, body: { note } }),
      onSuccess: refresh,
    }),
  };
}
