import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import * as org from '@common/contracts/organisations';
import { call } from '../../api/client';
import { matchesFolded } from '../../lib/fold-filter';
import { compareNames } from '../../lib/labels';

export type AgencyListFilter = { q?: string; kind?: (typeof org.AGENCY_KINDS)[number]; asOf?: string };

export const agencyKeys = {
  all: ['agencies'] as const,
  list: (filter: AgencyListFilter) => ['agencies', 'list', filter] as const,
  profile: (id: number, asOf: string, planId?: number) => ['agencies', 'profile', id, asOf, planId ?? null] as const,
};

/** GET /api/agencies — sorted with Vietnamese collation. */
export function useAgencies(filter: AgencyListFilter = {}, enabled = true) {
  return useQuery({
    queryKey: agencyKeys.list(filter),
    queryFn: async ({ signal }) => {
      const answer = await call(org.listAgencies, { query: filter }, signal);
      return { ...answer, agencies: [...answer.agencies].sort((a, b) => compareNames(a.name, b.name)) };
    },
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** GET /api/agencies/:id — profile, names, history, groups and what it owes on a date. */
export function useAgencyProfile(id: number, asOf: string, planId?: number) {
  return useQuery({
    queryKey: agencyKeys.profile(id, asOf, planId),
    queryFn: ({ signal }) => call(org.getAgency, { params: { id }, query: { asOf, planId } }, signal),
    // Changing the date or plan keeps the page on screen while the new answer loads (not another agency's).
    placeholderData: (previous) => (previous?.agency.id === id ? previous : undefined),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/**
 * Agency search for the directory and admin lists: the server's `q` (which also matches aliases
 * such as "Sở VHTTDL") united with a word-by-word diacritic-free match on names done here, because
 * the server matches the folded query as one substring, so "van hoa the thao" misses
 * "Văn hóa, Thể thao" (the comma).
 */
export function useAgencySearch(q: string, kind?: AgencyListFilter['kind']) {
  const all = useAgencies({ kind });
  const server = useAgencies({ q, kind }, q.length > 0);
  const data = useMemo(() => {
    if (!all.data) return undefined;
    if (!q) return all.data.agencies;
    const byServer = new Set((server.data?.agencies ?? []).map((a) => a.id));
    return all.data.agencies.filter((a) => byServer.has(a.id) || matchesFolded(a.name, q));
  }, [all.data, server.data, q]);
  return {
    agencies: data,
    isLoading: all.isLoading,
    error: all.error ?? server.error,
    refetch: () => void all.refetch(),
  };
}
