import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME, planAssignmentRows, renderPlanXlsx } from './plan-xlsx.js';
import { seedLikePlan } from './seed-plan.fixture.js';

describe('renderPlanXlsx', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderPlanXlsx(seedLikePlan)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(PLAN_SHEET_NAME)!;

  it('has a bold, frozen header with the Vietnamese column names', () => {
    expect(ws).toBeDefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Mã',
      'Nhiệm vụ',
      'Vai trò',
      'Cơ quan',
      'Thời gian',
      'Hạn',
    ]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
  });

  it('writes one row per task, role and agency', () => {
    const expected = planAssignmentRows(seedLikePlan).length;
    expect(ws.actualRowCount).toBe(expected + 1);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const task232 = rows.filter((r) => r[1] === '2.3.2');
    expect(task232.map((r) => [r[3], r[4]])).toEqual([
      ['Chủ trì', 'Sở Ngoại vụ'],
      ['Phối hợp', 'Ban Chỉ đạo Nhân quyền tỉnh'],
      ['Phối hợp', 'Công an tỉnh'],
      ['Phối hợp', 'Sở Thông tin và Truyền thông'],
      ['Phối hợp', 'các cơ quan có liên quan'],
    ]);
    const guided = rows.filter((r) => r[1] === '3.1').map((r) => r[3]);
    expect(guided).toEqual(expect.arrayContaining(['Chỉ đạo, hướng dẫn', 'Thực hiện']));
    // A group heading without agencies keeps a single row.
    expect(rows.filter((r) => r[1] === '2').length).toBe(1);
  });

  it('stores deadlines as dates shown dd/mm/yyyy, without a time-zone shift', () => {
    const row = ws.getSheetValues().find((r) => Array.isArray(r) && r[1] === '5.2') as unknown[];
    const due = row[6] as Date;
    expect(due.toISOString().slice(0, 10)).toBe('2025-06-30');
    expect(ws.getColumn(6).numFmt).toBe('dd/mm/yyyy');
    expect(row[5]).toBe('Quý II/2025');
  });
});
