/**
 * The consolidation as a workbook for the lead department's own checks: figures by agency, every
 * agency's task lines, who reported when, and the implausible entries found before the draft.
 */

import ExcelJS from 'exceljs';
import { isoParts } from '../../../common/calendar/iso-date.js';
import type { ConsolidationCheck } from './checks/plausibility-checks.js';
import type { Consolidation } from './consolidate.js';
import { statusText, vnDate } from './consolidation-docx.js';
import { translate } from '../../../common/i18n/translate.js';
import { breakdownLabel } from './narrative.js';

/** Sheet names (Excel allows 31 characters, none of []:*?/\). */
export const XLSX_SHEETS = {
  indicators: 'Chỉ tiêu theo cơ quan',
  tasks: 'Tổng hợp nhiệm vụ',
  timeliness: 'Tình hình nộp báo cáo',
  checks: 'Cần xem trước khi trình ký',
} as const;

const FONT = { name: 'Times New Roman', size: 12 };

/** Labels of check kinds in the workbook. */
const CHECK_LABELS: Record<ConsolidationCheck['kind'], string> = {
  'prose-figure': 'Số liệu trong lời văn khác số liệu chỉ tiêu',
  'same-totals': 'Hai chỉ tiêu cùng đếm nhưng khác nhau',
  remit: 'Ngoài chức năng của cơ quan',
  territory: 'Địa danh ngoài địa bàn tỉnh trong kỳ',
  'far-above': 'Cao bất thường so với cùng kỳ',
  'lead-missing': 'Cơ quan chủ trì chưa báo cáo',
  reference: 'Thiếu căn cứ',
};

/** Renders the sheets of a consolidation (the checks' sheet when it comes with them) as XLSX bytes. */
export async function renderConsolidationXlsx(c: Consolidation & { checks?: ConsolidationCheck[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.plan.issuer ?? 'TTĐN';
  wb.title = `Tổng hợp ${c.period.label}`;
  indicatorSheet(wb, c);
  taskSheet(wb, c);
  timelinessSheet(wb, c);
  if (c.checks) checksSheet(wb, c.checks);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function addSheet(wb: ExcelJS.Workbook, name: string, columns: Array<Partial<ExcelJS.Column>>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
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
  ws.columns = columns;
  const header = ws.getRow(1);
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return ws;
}

function styleBody(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.font = FONT;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
}

function indicatorSheet(wb: ExcelJS.Workbook, c: Consolidation): void {
  // One column per indicator, then one per breakdown key of it ("… – tiếng Anh").
  const cols = c.indicators.flatMap((i) => {
    const perAgency = new Map(i.byAgency.map((a) => [a.agencyId, a]));
    return [
      { header: `${i.name} (${i.unit})`, total: i.total, get: (agencyId: number) => perAgency.get(agencyId)?.value },
      ...i.byBreakdown.map((b) => ({
        header: `${i.name} – ${breakdownLabel(b.key)} (${i.unit})`,
        total: b.value,
        get: (agencyId: number) => perAgency.get(agencyId)?.byBreakdown[b.key],
      })),
    ];
  });
  const ws = addSheet(wb, XLSX_SHEETS.indicators, [
    { header: 'TT', key: 'n', width: 6 },
    { header: 'Cơ quan, đơn vị', key: 'agency', width: 45 },
    ...cols.map((col, k) => ({ header: col.header, key: `i${k}`, width: 16 })),
  ]);
  ws.getRow(1).height = 60;
  const reporting = c.agencies.filter((a) => a.counted);
  for (const [n, a] of reporting.entries()) {
    ws.addRow([n + 1, a.agencyName, ...cols.map((col) => col.get(a.agencyId) ?? null)]);
  }
  const totals = ws.addRow(['', 'Tổng cộng', ...cols.map((col) => col.total)]);
  styleBody(ws);
  totals.font = { ...FONT, bold: true };
  for (let k = 0; k < cols.length; k++) ws.getColumn(k + 3).numFmt = '#,##0.##';
}

function taskSheet(wb: ExcelJS.Workbook, c: Consolidation): void {
  const ws = addSheet(wb, XLSX_SHEETS.tasks, [
    { header: 'Mã', key: 'code', width: 9 },
    { header: 'Nhiệm vụ', key: 'task', width: 50 },
    { header: 'Cơ quan, đơn vị', key: 'agency', width: 36 },
    { header: 'Trạng thái', key: 'status', width: 18 },
    { header: 'Nội dung đã thực hiện', key: 'done', width: 60 },
    { header: 'Kết quả', key: 'results', width: 40 },
    { header: 'Minh chứng', key: 'evidence', width: 30 },
  ]);
  for (const t of c.tasks) {
    if (t.lines.length === 0)
      ws.addRow({ code: t.code, task: t.title, agency: '', status: '', done: '', results: '', evidence: '' });
    for (const l of t.lines) {
      ws.addRow({
        code: t.code,
        task: t.title,
        agency: l.agencyName,
        status: translate('vi', `reporting.lineStatus.${l.status}`),
        done: l.doneText,
        results: l.resultsText,
        evidence: l.evidenceLinks.join('\n'),
      });
    }
  }
  styleBody(ws);
}

function timelinessSheet(wb: ExcelJS.Workbook, c: Consolidation): void {
  const ws = addSheet(wb, XLSX_SHEETS.timeliness, [
    { header: 'TT', key: 'n', width: 6 },
    { header: 'Cơ quan, đơn vị', key: 'agency', width: 45 },
    { header: 'Tình trạng', key: 'status', width: 28 },
    { header: 'Ngày gửi', key: 'date', width: 14 },
    { header: 'Đúng hạn?', key: 'onTime', width: 12 },
  ]);
  c.agencies.forEach((a, n) => {
    ws.addRow({
      n: n + 1,
      agency: a.obligated ? a.agencyName : `${a.agencyName} (không thuộc diện phải báo cáo)`,
      status: statusText(a),
      date: a.submittedAt ? utcDate(vnDate(a.submittedAt)) : null,
      onTime: a.timeliness === 'on-time' ? 'Có' : a.timeliness === 'late' ? 'Không' : '',
    });
  });
  styleBody(ws);
  ws.getColumn('date').numFmt = 'dd/mm/yyyy';
  ws.getColumn('date').alignment = { vertical: 'top', horizontal: 'center' };
  ws.getColumn('onTime').alignment = { vertical: 'top', horizontal: 'center' };
}

function checksSheet(wb: ExcelJS.Workbook, checks: readonly ConsolidationCheck[]): void {
  const ws = addSheet(wb, XLSX_SHEETS.checks, [
    { header: 'TT', key: 'n', width: 6 },
    { header: 'Loại', key: 'kind', width: 28 },
    { header: 'Cơ quan, đơn vị', key: 'agency', width: 32 },
    { header: 'Nhiệm vụ', key: 'task', width: 10 },
    { header: 'Nội dung', key: 'message', width: 70 },
    { header: 'Cơ quan viết', key: 'source', width: 60 },
    { header: 'Đã bỏ qua', key: 'dismissed', width: 11 },
  ]);
  for (const [n, k] of checks.entries()) {
    ws.addRow({
      n: n + 1,
      kind: CHECK_LABELS[k.kind],
      agency: k.agencyName ?? '',
      task: k.taskCode ?? '',
      message: k.message,
      source: k.source ?? '',
      dismissed: k.dismissed ? 'Có' : '',
    });
  }
  styleBody(ws);
}

/** Excel stores dates as serials from UTC midnight; a UTC Date avoids a day shift. */
function utcDate(iso: string): Date {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day));
}
