/**
 * Money in whole đồng: amounts are bigint from the database to the answer, so no sum or percentage
 * ever passes through a float (a float adds 0.1 + 0.2 wrongly and loses units above 2^53).
 */

/** Amounts above this are refused at the door: ten thousand billion đồng, far beyond any province's budget. */
export const MAX_DONG = 10_000_000_000_000n;

/** The sum of amounts in đồng. */
export function sumDong(amounts: Iterable<bigint>): bigint {
  let total = 0n;
  for (const a of amounts) total += a;
  return total;
}

/**
 * Spent over allocated in basis points (10 000 = 100 %), rounded half up in integers; null when
 * nothing is allocated (a percentage of zero means nothing).
 */
export function executionBasisPoints(spent: bigint, allocated: bigint): number | null {
  if (allocated <= 0n) return null;
  return Number((spent * 10_000n + allocated / 2n) / allocated);
}

/** A bigint amount as a JSON number, refusing one that a number cannot hold exactly. */
export function dongToNumber(amount: bigint): number {
  const n = Number(amount);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${amount} is beyond exact JSON numbers`);
  return n;
}

/** A typed amount as bigint: only a non-negative whole number of đồng up to MAX_DONG. */
export function toDong(value: number | bigint): bigint {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError('not whole đồng');
  const amount = BigInt(value);
  if (amount < 0n || amount > MAX_DONG) throw new RangeError('amount out of range');
  return amount;
}

/** An amount as Vietnamese write it: 1.250.000 đồng. */
export function formatDong(amount: bigint): string {
  const digits = (amount < 0n ? -amount : amount).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0n ? '-' : ''}${grouped} đồng`;
}

/** Basis points as a Vietnamese percentage with one decimal: 8534 → "85,3%". */
export function formatBasisPoints(bp: number | null): string {
  if (bp === null) return '—';
  const tenths = Math.round(bp / 10);
  return `${Math.trunc(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ''}%`;
}

/** One line of the budget: an allocation and what was spent from it. */
export type AllocationFigures = {
  id: number;
  taskId: number;
  agencyId: number;
  source: string;
  amountDong: bigint;
  spent: bigint[];
};

/** Totals of a set of allocations: allocated, spent, remaining and execution (per source and overall). */
export function budgetTotals(lines: AllocationFigures[]) {
  const bySource = new Map<string, { allocated: bigint; spent: bigint }>();
  for (const line of lines) {
    const s = bySource.get(line.source) ?? { allocated: 0n, spent: 0n };
    s.allocated += line.amountDong;
    s.spent += sumDong(line.spent);
    bySource.set(line.source, s);
  }
  const allocated = sumDong(lines.map((l) => l.amountDong));
  const spent = sumDong(lines.map((l) => sumDong(l.spent)));
  return {
    allocated,
    spent,
    remaining: allocated - spent,
    executionBasisPoints: executionBasisPoints(spent, allocated),
    bySource: [...bySource].map(([source, s]) => ({
      source,
      allocated: s.allocated,
      spent: s.spent,
      remaining: s.allocated - s.spent,
      executionBasisPoints: executionBasisPoints(s.spent, s.allocated),
    })),
  };
}
