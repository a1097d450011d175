import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate } from '@common/calendar/iso-date';
import { TASK_ROLES, TIMEFRAME_KINDS, type TaskRole } from '../../lib/labels';

/** The plan page's filters; they live in the URL so a filtered view can be bookmarked and shared. */
export type PlanFilters = {
  agencyId?: number;
  role?: TaskRole;
  timeframe?: string;
  q?: string;
  asOf?: string;
};

/** Reads the filters from URL search params, ignoring values the API would refuse. */
export function readPlanFilters(params: URLSearchParams): PlanFilters {
  const agency = Number(params.get('agency'));
  const role = params.get('role');
  const timeframe = params.get('timeframe');
  const q = params.get('q')?.trim();
  const asOf = params.get('asOf');
  return {
    agencyId: Number.isInteger(agency) && agency > 0 ? agency : undefined,
    role: role && (TASK_ROLES as readonly string[]).includes(role) ? (role as TaskRole) : undefined,
    timeframe: timeframe && (TIMEFRAME_KINDS as readonly string[]).includes(timeframe) ? timeframe : undefined,
    q: q ? q.slice(0, 200) : undefined,
    asOf: isIsoDate(asOf) ? asOf : undefined,
  };
}

/** Writes filters back as URL params (agency, role, timeframe, q, asOf); empty ones are left out. */
export function writePlanFilters(filters: PlanFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.agencyId) params.set('agency', String(filters.agencyId));
  if (filters.role) params.set('role', filters.role);
  if (filters.timeframe) params.set('timeframe', filters.timeframe);
  if (filters.q) params.set('q', filters.q);
  if (filters.asOf) params.set('asOf', filters.asOf);
  return params;
}

/** The filters of the current URL and a setter that merges a change into them. */
export function usePlanFilters(): [PlanFilters, (change: Partial<PlanFilters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readPlanFilters(params), [params]);
  const update = useCallback(
    (change: Partial<PlanFilters>) =>
      setParams((current) => writePlanFilters({ ...readPlanFilters(current), ...change }), { replace: true }),
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return [filters, update, clear];
}
