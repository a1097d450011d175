import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as plans from '@common/contracts/plans';
import { call } from '../../api/client';
import type { PlanFilters } from './plan-filters';

/** GET /api/plans — newest year first. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: ({ signal }) => call(plans.listPlans, {}, signal),
  });
}

/** GET /api/plans/:id with the page's filters; keeps the previous tree on screen while refiltering. */
export function usePlanTree(planId: number, filters: PlanFilters) {
  return useQuery({
    queryKey: ['plans', 'tree', planId, filters],
    queryFn: ({ signal }) =>
      call(
        plans.getPlan,
        {
          params: { id: planId },
          query: {
            agencyId: filters.agencyId,
            role: filters.role,
            timeframe: filters.timeframe,
            q: filters.q,
            asOf: filters.asOf,
          },
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled: Number.isInteger(planId) && planId > 0,
  });
}
