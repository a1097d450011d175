import { describe, expect, it } from 'vitest';
import { type BudgetSummary, budgetAppendix, budgetReportText, withBudgetLines } from './budget-report.js';

const summary: BudgetSummary = {
  year: 2026,
  through: '2026-11-30',
  allocated: 820_000_000,
  bySource: [
    { source: 'provincial', allocated: 590_000_000, spent: 298_000_000 },
    { source: 'central', allocated: 150_000_000, spent: 0 },
    { source: 'other', allocated: 80_000_000, spent: 35_000_000 },
  ],
  spent: 333_000_000,
  requests: { decided: 2, granted: 90_000_000, approved: 1, refused: 1, pending: 2 },
};

describe('the budget lines of the consolidated report', () => {
  it('words the year’s money in whole đồng with the execution rate', () => {
    expect(budgetReportText(summary)).toEqual([
      '- Kinh phí được giao năm 2026: 820.000.000 đồng (ngân sách tỉnh 590.000.000 đồng; ngân sách trung ương 150.000.000 đồng; nguồn hợp pháp khác 80.000.000 đồng); đã thực hiện đến ngày 30/11/2026: 333.000.000 đồng, đạt 40,6%.',
      '- Đề nghị bổ sung kinh phí ngoài dự toán: Ủy ban nhân dân tỉnh phê duyệt 1 đề nghị (90.000.000 đồng), không phê duyệt 1 đề nghị; 2 đề nghị đang thẩm định hoặc chờ quyết định.',
    ]);
  });

  it('comes under the next number of section II, and not at all without money', () => {
    const results = '1. Công tác chỉ đạo\n- nội dung\n7. Công tác xử lý thông tin sai sự thật\n- vụ việc';
    expect(withBudgetLines(results, summary).split('\n')[4]).toBe('8. Kinh phí thực hiện công tác thông tin đối ngoại');
    const none = {
      ...summary,
      allocated: 0,
      bySource: [],
      spent: 0,
      requests: { ...summary.requests, decided: 0, pending: 0 },
    };
    expect(withBudgetLines(results, none)).toBe(results);
    expect(withBudgetLines(results, null)).toBe(results);
  });
});

describe('the budget appendix', () => {
  it('prints every figure the lines quote', () => {
    const appendix = budgetAppendix(summary)!;
    const cells = appendix.blocks.flatMap((b) => (b.type === 'table' ? b.rows.flat() : []));
    expect(cells).toEqual(
      expect.arrayContaining(['820.000.000', '590.000.000', '333.000.000', '40,6', '90.000.000', '1', '2']),
    );
    expect(budgetAppendix(null)).toBeNull();
  });
});
