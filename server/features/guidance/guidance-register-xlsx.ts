import ExcelJS from 'exceljs';
import type { GuidanceFilter } from '../../../common/contracts/guidance.js';
import type { RequestContext } from '../../context.js';
import { listGuidance } from './guidance.queries.js';

const COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: 'TT', key: 'n', width: 5 },
  { header: 'Số, ký hiệu', key: 'number', width: 18 },
  { header: 'Ngày ban hành', key: 'issuedOn', width: 14 },
  { header: 'Trích yếu', key: 'title', width: 60 },
  { header: 'Hạn xác nhận', key: 'acknowledgeBy', width: 14 },
  { header: 'Số cơ quan nhận', key: 'recipients', width: 12 },
  { header: 'Đã đọc', key: 'read', width: 10 },
  { header: 'Đã xác nhận', key: 'acknowledged', width: 12 },
  { header: 'Quá hạn', key: 'overdue', width: 10 },
];

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The register as the reader sees it (same filter), as an XLSX sheet for the văn thư's books. */
export async function renderGuidanceRegisterXlsx(ctx: RequestContext, filter: GuidanceFilter) {
  const notes = await listGuidance(ctx, filter);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TTĐN';
  const ws = wb.addWorksheet('Sổ định hướng', { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = COLUMNS;
  ws.getRow(1).font = { name: 'Times New Roman', bold: true, size: 12 };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  notes.forEach((note, i) => {
    const row = ws.addRow({
      n: i + 1,
      number: note.number,
      issuedOn: asDate(note.issuedOn),
      title: note.title,
      acknowledgeBy: asDate(note.acknowledgeBy),
      recipients: note.recipients,
      read: note.read,
      acknowledged: note.acknowledged,
      overdue: note.overdue ? 'x' : '',
    });
    row.font = { name: 'Times New Roman', size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
  });
  for (const key of ['issuedOn', 'acknowledgeBy']) ws.getColumn(key).numFmt = 'dd/mm/yyyy';
  const data = await wb.xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(data as ArrayBuffer),
    filename: `Sổ định hướng tuyên truyền ${ctx.clock.today()}.xlsx`,
  };
}
