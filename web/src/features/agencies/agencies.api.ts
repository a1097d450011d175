import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Abilities, Agency, AgencyProfile } from '../../api/types';
import { compareNames } from '../../lib/labels';

export type AgencyListFilter = { q?: string; kind?: string; asOf?: string };

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
      const answer = await api.get<{ agencies: Agency[]; abilities: Abilities }>('/api/agencies', filter, signal);
      return { ...answer, agencies: [...answer.agencies].sort((a, b) => compareNames(a.name, b.name)) };
    },
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/agencies/:id — profile, names, history, groups and what it owes on a date. */
export function useAgencyProfile(id: number, asOf: string, planId?: number) {
  return useQuery({
    queryKey: agencyKeys.profile(id, asOf, planId),
    queryFn: ({ signal }) => api.get<AgencyProfile>(`/api/agencies/${id}`, { asOf, planId }, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
