/**
 * The budget lines of the province's consolidated report: the year's allocations by source, what
 * was spent by the end of the data window and the execution rate, and the requests beyond the
 * estimate — all summed in whole đồng before a word is written.
 */

import { and, eq, lte } from 'drizzle-orm';
import { formatDateVi } from '../../../common/calendar/index.js';
import type { Db, Tx } from '../../db/client.js';
import type { BodyBlock } from '../../documents/official-docx/index.js';
import { budgetAllocations, budgetRequests, budgetSpending } from '../../db/schema/budget.js';
import { dongToNumber, executionBasisPoints, formatBasisPoints, formatDong, sumDong } from './budget-arithmetic.js';

/** The period's money, as the report words it (exact đồng as safe integers: the report context is JSON). */
export type BudgetSummary = {
  year: number;
  through: string;
  allocated: number;
  bySource: Array<{ source: 'provincial' | 'central' | 'other'; allocated: number; spent: number }>;
  spent: number;
  requests: { decided: number; granted: number; approved: number; refused: number; pending: number };
};

const SOURCE_WORDS = { provincial: 'ngân sách tỉnh', central: 'ngân sách trung ương', other: 'nguồn hợp pháp khác' };

/** Sums the year's allocations, the spending up to the window's end and the requests of the year. */
export async function loadBudgetSummary(db: Db | Tx, year: number, to: string): Promise<BudgetSummary> {
  const allocations = await db.select().from(budgetAllocations).where(eq(budgetAllocations.year, year));
  const spending = await db
    .select({ amount: budgetSpending.amountDong, source: budgetAllocations.source })
    .from(budgetSpending)
    .innerJoin(budgetAllocations, eq(budgetAllocations.id, budgetSpending.allocationId))
    .where(and(eq(budgetAllocations.year, year), lte(budgetSpending.spentOn, to)));
  const requests = await db.select().from(budgetRequests).where(eq(budgetRequests.year, year));
  const decided = requests.filter((r) => r.decidedOn !== null && r.decidedOn <= to);
  return {
    year,
    through: to,
    allocated: dongToNumber(sumDong(allocations.map((a) => a.amountDong))),
    bySource: (['provincial', 'central', 'other'] as const)
      .map((source) => ({
        source,
        allocated: dongToNumber(sumDong(allocations.filter((a) => a.source === source).map((a) => a.amountDong))),
        spent: dongToNumber(sumDong(spending.filter((x) => x.source === source).map((x) => x.amount))),
      }))
      .filter((s) => s.allocated > 0),
    spent: dongToNumber(sumDong(spending.map((s) => s.amount))),
    requests: {
      decided: decided.length,
      granted: dongToNumber(sumDong(decided.map((r) => r.approvedAmountDong ?? 0n))),
      approved: decided.filter((r) => r.status === 'approved' || r.status === 'partial').length,
      refused: decided.filter((r) => r.status === 'refused').length,
      pending: requests.filter((r) => r.submittedOn !== null && r.submittedOn <= to && !decided.includes(r)).length,
    },
  };
}

/** The report's lines on the money (none when the year has no allocation and no request). */
export function budgetReportText(s: BudgetSummary): string[] {
  if (s.allocated === 0 && s.requests.decided + s.requests.pending === 0) return [];
  const sources = s.bySource.map((x) => `${SOURCE_WORDS[x.source]} ${formatDong(BigInt(x.allocated))}`).join('; ');
  const out = [
    `- Kinh phí được giao năm ${s.year}: ${formatDong(BigInt(s.allocated))}${sources ? ` (${sources})` : ''}; đã thực hiện đến ngày ${formatDateVi(s.through)}: ${formatDong(BigInt(s.spent))}, đạt ${formatBasisPoints(executionBasisPoints(BigInt(s.spent), BigInt(s.allocated)))}.`,
  ];
  if (s.requests.decided + s.requests.pending > 0) {
    out.push(
      `- Đề nghị bổ sung kinh phí ngoài dự toán: Ủy ban nhân dân tỉnh phê duyệt ${s.requests.approved} đề nghị (${formatDong(BigInt(s.requests.granted))}), không phê duyệt ${s.requests.refused} đề nghị; ${s.requests.pending} đề nghị đang thẩm định hoặc chờ quyết định.`,
    );
  }
  return out;
}

/** Appends the money under the next top-level number of section II (after the tasks and response work). */
export function withBudgetLines(results: string, summary: BudgetSummary | null | undefined): string {
  const lines = summary ? budgetReportText(summary) : [];
  if (lines.length === 0) return results;
  const numbers = results
    .split('\n')
    .map((line) => /^(\d+)\.\s/.exec(line)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const next = Math.max(0, ...numbers) + 1;
  return [results, `${next}. Kinh phí thực hiện công tác thông tin đối ngoại`, ...lines].join('\n');
}

const number = (n: number) => formatDong(BigInt(n)).replace(' đồng', '');

/** The appendix that prints every figure the budget lines quote (the report's text quotes only its tables). */
export function budgetAppendix(s: BudgetSummary | null | undefined): { subtitle: string; blocks: BodyBlock[] } | null {
  if (!s || budgetReportText(s).length === 0) return null;
  const rate = (spent: number, allocated: number) =>
    formatBasisPoints(executionBasisPoints(BigInt(spent), BigInt(allocated))).replace('%', '');
  const blocks: BodyBlock[] = [
    {
      type: 'table',
      title: `Kinh phí năm ${s.year} (đến ngày ${formatDateVi(s.through)})`,
      columns: [
        { header: 'Nguồn kinh phí', weight: 3 },
        { header: 'Được giao (đồng)', weight: 3, align: 'right' },
        { header: 'Đã thực hiện (đồng)', weight: 3, align: 'right' },
        { header: 'Tỷ lệ (%)', weight: 1.5, align: 'right' },
      ],
      rows: [
        ...s.bySource.map((x) => [
          SOURCE_WORDS[x.source].replace(/^./u, (c) => c.toUpperCase()),
          number(x.allocated),
          number(x.spent),
          rate(x.spent, x.allocated),
        ]),
        ['Cộng', number(s.allocated), number(s.spent), rate(s.spent, s.allocated)],
      ],
    },
  ];
  if (s.requests.decided + s.requests.pending > 0) {
    blocks.push({
      type: 'table',
      title: 'Đề nghị bổ sung kinh phí ngoài dự toán',
      columns: [
        { header: 'Được phê duyệt', align: 'right' },
        { header: 'Không phê duyệt', align: 'right' },
        { header: 'Đang thẩm định, chờ quyết định', align: 'right' },
        { header: 'Kinh phí được bổ sung (đồng)', weight: 2, align: 'right' },
      ],
      rows: [
        [
          String(s.requests.approved),
          String(s.requests.refused),
          String(s.requests.pending),
          number(s.requests.granted),
        ],
      ],
    });
  }
  return { subtitle: 'KINH PHÍ THỰC HIỆN CÔNG TÁC THÔNG TIN ĐỐI NGOẠI', blocks };
}
