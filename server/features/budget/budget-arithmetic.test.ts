import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar } from '../../../common/calendar/index.js';
import {
  budgetTotals,
  executionBasisPoints,
  formatBasisPoints,
  formatDong,
  MAX_DONG,
  sumDong,
  toDong,
} from './budget-arithmetic.js';
import {
  BUDGET_TRANSITIONS,
  type BudgetRequestAction,
  grantedAmount,
  nextBudgetStatus,
  nextDueOn,
} from './budget-workflow.js';
import type { BudgetRequestStatus } from '../../db/schema/budget.js';

const amount = fc.bigInt({ min: 0n, max: MAX_DONG });

describe('whole-đồng arithmetic', () => {
  it('sums exactly in any order, where floats drift', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (amounts) => {
        const total = sumDong(amounts);
        expect(sumDong([...amounts].reverse())).toBe(total);
        // Split the total into a part and the rest: they add back to it to the đồng.
        const half = sumDong(amounts.slice(0, amounts.length >> 1));
        expect(half + sumDong(amounts.slice(amounts.length >> 1))).toBe(total);
      }),
    );
    // The float trap the bigint avoids: 0.1 + 0.2 billion đồng in float millions is not 0.3.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDong([100_000_000n, 200_000_000n])).toBe(300_000_000n);
    expect(sumDong([9_007_199_254_740_993n, 1n])).toBe(9_007_199_254_740_994n);
  });

  it('totals by source add up to the overall totals, and remaining is allocated minus spent', () => {
    const line = fc.record({
      source: fc.constantFrom('provincial', 'central', 'other'),
      amountDong: fc.bigInt({ min: 0n, max: 10_000_000_000n }),
      spent: fc.array(fc.bigInt({ min: 0n, max: 1_000_000_000n }), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (raw) => {
        const lines = raw.map((l, i) => ({ ...l, id: i, taskId: 1, agencyId: 1 }));
        const t = budgetTotals(lines);
        expect(sumDong(t.bySource.map((s) => s.allocated))).toBe(t.allocated);
        expect(sumDong(t.bySource.map((s) => s.spent))).toBe(t.spent);
        expect(t.remaining).toBe(t.allocated - t.spent);
        expect(t.executionBasisPoints).toBe(executionBasisPoints(t.spent, t.allocated));
      }),
    );
  });

  it('execution rounds half up in basis points, within one basis point of the true ratio', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: MAX_DONG }),
        fc.bigInt({ min: 0n, max: 10n * MAX_DONG }),
        (allocated, raw) => {
          // Spending never passes its allocation by much (BUDGET_OVERSPENT); ten times covers any total.
          const spent = raw % (10n * allocated + 1n);
          const bp = BigInt(executionBasisPoints(spent, allocated)!);
          // |bp/10000 − spent/allocated| ≤ 1/20000, checked in integers.
          const diff = bp * allocated - spent * 10_000n;
          expect(2n * (diff < 0n ? -diff : diff) <= allocated).toBe(true);
        },
      ),
    );
    expect(executionBasisPoints(1n, 3n)).toBe(3333);
    expect(executionBasisPoints(2n, 3n)).toBe(6667);
    expect(executionBasisPoints(5n, 0n)).toBeNull();
    expect(formatBasisPoints(8534)).toBe('85,3%');
    expect(formatBasisPoints(10_000)).toBe('100%');
  });

  it('refuses fractions, negatives and absurd amounts, and writes amounts the Vietnamese way', () => {
    expect(() => toDong(1.5)).toThrow();
    expect(() => toDong(-1)).toThrow();
    expect(() => toDong(MAX_DONG + 1n)).toThrow();
    expect(toDong(1_250_000)).toBe(1_250_000n);
    expect(formatDong(1_250_000n)).toBe('1.250.000 đồng');
    expect(formatDong(0n)).toBe('0 đồng');
  });
});

describe('the request beyond the estimate', () => {
  const STATES: BudgetRequestStatus[] = ['draft', 'submitted', 'appraised', 'approved', 'partial', 'refused'];
  const ACTIONS = Object.keys(BUDGET_TRANSITIONS) as BudgetRequestAction[];

  it('allows exactly one state per action and nothing after a decision', () => {
    for (const status of STATES) {
      for (const action of ACTIONS) {
        const legal = BUDGET_TRANSITIONS[action].from === status;
        if (legal) expect(nextBudgetStatus(status, action)).toBe(BUDGET_TRANSITIONS[action].to);
        else expect(() => nextBudgetStatus(status, action)).toThrow(/BUDGET_TRANSITION_REFUSED/);
      }
    }
    for (const final of ['approved', 'partial', 'refused'] as const) {
      expect(ACTIONS.filter((a) => BUDGET_TRANSITIONS[a].from === final)).toEqual([]);
    }
  });

  it('grants all, a strict part, or nothing', () => {
    expect(grantedAmount('approve', 500n, null)).toBe(500n);
    expect(() => grantedAmount('approve', 500n, 400n)).toThrow(/BUDGET_DECISION_AMOUNT_INVALID/);
    expect(grantedAmount('partial', 500n, 300n)).toBe(300n);
    for (const wrong of [null, 0n, 500n, 600n]) {
      expect(() => grantedAmount('partial', 500n, wrong)).toThrow(/BUDGET_DECISION_AMOUNT_INVALID/);
    }
    expect(grantedAmount('refuse', 500n, 999n)).toBe(0n);
  });

  it('counts deadlines in working days over holidays', () => {
    // Sent on Thursday 26/03/2026: ten working days skip two weekends and Giỗ Tổ (10/3 âm lịch = 26/04/2026, a Sunday).
    expect(nextDueOn(defaultWorkingCalendar, 'submit', '2026-03-26')).toBe('2026-04-09');
    // Sent before Tết 2026 (17/02): the holiday days do not count.
    const due = nextDueOn(defaultWorkingCalendar, 'appraise', '2026-02-12')!;
    expect(due > '2026-02-20').toBe(true);
    expect(defaultWorkingCalendar.workingDaysBetween('2026-02-12', due)).toBe(5);
    expect(nextDueOn(defaultWorkingCalendar, 'approve', '2026-02-12')).toBeNull();
  });
});
