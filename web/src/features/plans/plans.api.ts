import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Abilities, PlanSummary, PlanTree } from '../../api/types';
import type { PlanFilters } from './plan-filters';

/** GET /api/plans — newest year first. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: ({ signal }) => api.get<{ plans: PlanSummary[]; abilities: Abilities }>('/api/plans', undefined, signal),
  });
}

/** GET /api/plans/:id with the page's filters; keeps the previous tree on screen while refiltering. */
export function usePlanTree(planId: number, filters: PlanFilters) {
  return useQuery({
    queryKey: ['plans', 'tree', planId, filters],
    queryFn: ({ signal }) =>
      api.get<PlanTree>(
        `/api/plans/${planId}`,
        { agencyId: filters.agencyId, role: filters.role, timeframe: filters.timeframe, q: filters.q, asOf: filters.asOf },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled: Number.isInteger(planId) && planId > 0,
  });
}
