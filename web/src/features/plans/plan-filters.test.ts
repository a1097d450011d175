import { describe, expect, it } from 'vitest';
import { readPlanFilters, writePlanFilters } from './plan-filters';

describe('plan filters in the URL', () => {
  it('round-trip through search params', () => {
    const filters = { agencyId: 12, role: 'lead' as const, timeframe: 'continuous', q: 'ngoai vu', asOf: '2025-06-01' };
    const params = writePlanFilters(filters);
    expect(params.toString()).toBe('agency=12&role=lead&timeframe=continuous&q=ngoai+vu&asOf=2025-06-01');
    expect(readPlanFilters(params)).toEqual(filters);
  });
  it('drop values the API would refuse', () => {
    expect(readPlanFilters(new URLSearchParams('agency=x&role=boss&timeframe=weekly&asOf=2025-02-30&q=%20'))).toEqual({
      agencyId: undefined,
      role: undefined,
      timeframe: undefined,
      q: undefined,
      asOf: undefined,
    });
  });
});
