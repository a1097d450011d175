/**
 * A stored plan as a spreadsheet of assignments: one row per task, role and agency, so that a
 * clerk can filter by agency or role in Excel. Tasks without agencies (group headings) keep one row.
 */

import ExcelJS from 'exceljs';
import { isoParts } from '../../../common/calendar/iso-date.js';
import { ROLE_FIELDS, type PlanJson, type TaskRoleKind } from '../../../common/contracts/plan-json.js';

/** Vietnamese role names in the order the plan lists them. */
export const ROLE_LABELS: Record<TaskRoleKind, string> = {
  lead: 'Chủ trì',
  coordinator: 'Phối hợp',
  implementer: 'Thực hiện',
  guide: 'Chỉ đạo, hướng dẫn',
};
const ROLE_ORDER: TaskRoleKind[] = ['lead', 'coordinator', 'implementer', 'guide'];
/** Sheet names are limited to 31 characters and may not contain []:*?/\. */
export const PLAN_SHEET_NAME = 'Phân công nhiệm vụ';

const COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: 'Mã', key: 'code', width: 9 },
  { header: 'Nhiệm vụ', key: 'task', width: 60 },
  { header: 'Vai trò', key: 'role', width: 18 },
  { header: 'Cơ quan', key: 'agency', width: 40 },
  { header: 'Thời gian', key: 'timeframe', width: 22 },
  { header: 'Hạn', key: 'due', width: 12 },
];

/** One spreadsheet row. */
export interface PlanAssignmentRow {
  code: string;
  task: string;
  role: string;
  agency: string;
  timeframe: string;
  due: Date | null;
}

/** The assignment rows of a plan, in task order then role order. */
export function planAssignmentRows(plan: PlanJson): PlanAssignmentRow[] {
  const rows: PlanAssignmentRow[] = [];
  for (const t of plan.tasks) {
    const base = {
      code: t.code,
      task: t.title,
      timeframe: t.timeframe.text ?? '',
      due: t.timeframe.due ? utcDate(t.timeframe.due) : null,
    };
    const before = rows.length;
    for (const role of ROLE_ORDER) {
      for (const agency of t[ROLE_FIELDS[role]]) rows.push({ ...base, role: ROLE_LABELS[role], agency });
    }
    if (rows.length === before) rows.push({ ...base, role: '', agency: '' });
  }
  return rows;
}

/** Renders the plan's assignments as an XLSX workbook. */
export async function renderPlanXlsx(plan: PlanJson): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.document.issuer ?? 'TTĐN';
  wb.title = plan.document.title ?? 'Kế hoạch';
  const ws = wb.addWorksheet(PLAN_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  ws.columns = COLUMNS;
  const header = ws.getRow(1);
  header.font = { name: 'Times New Roman', bold: true, size: 12 };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 22;
  for (const r of planAssignmentRows(plan)) {
    const row = ws.addRow(r);
    row.font = { name: 'Times New Roman', size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  ws.getColumn('due').numFmt = 'dd/mm/yyyy';
  ws.getColumn('due').alignment = { vertical: 'top', horizontal: 'center' };
  ws.getColumn('code').alignment = { vertical: 'top', horizontal: 'left' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Excel stores dates as serials from UTC midnight; building the Date in UTC avoids a day shift. */
function utcDate(iso: string): Date {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day));
}
