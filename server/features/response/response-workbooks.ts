/**
 * The cases register and the press-conference list as Excel workbooks: the same rows the screens
 * show (a need-to-know case only for its people), dates as real dates shown dd/mm/yyyy, words from
 * the catalogue in Vietnamese, a frozen header and a filter, so the office can sort and print.
 */

import ExcelJS from 'exceljs';
import { XLSX_TYPE } from '../../../common/contracts/endpoint.js';
import { translate } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import { listCases } from './cases.queries.js';
import { listPressConferences } from './press-conferences.queries.js';

type Column = { header: string; key: string; width: number; date?: boolean };
const vi = translate.bind(null, 'vi');
/** An ISO date as the UTC midnight Excel shows as that day. */
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function render(sheetName: string, title: string, columns: Column[], rows: Array<Record<string, unknown>>) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TTĐN';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, columns.length);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.date) column.numFmt = 'dd/mm/yyyy';
  });
  for (const row of rows)
    sheet.addRow(columns.map((c) => row[c.key] ?? null)).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The cases register: every case the actor may see, oldest first. */
export async function casesWorkbook(ctx: RequestContext) {
  const cases = (await listCases(ctx)).sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id - b.id);
  const columns: Column[] = [
    { header: 'STT', key: 'n', width: 6 },
    { header: 'Số hồ sơ', key: 'id', width: 9 },
    { header: 'Tên vụ việc', key: 'title', width: 50 },
    { header: 'Loại', key: 'kind', width: 30 },
    { header: 'Mức độ', key: 'severity', width: 12 },
    { header: 'Kết luận', key: 'label', width: 18 },
    { header: 'Trạng thái', key: 'status', width: 16 },
    { header: 'Cơ quan chủ trì', key: 'lead', width: 28 },
    { header: 'Ngày tiếp nhận', key: 'openedOn', width: 14, date: true },
    { header: 'Ngày đóng', key: 'closedOn', width: 14, date: true },
    { header: 'Số ngày', key: 'ageDays', width: 9 },
    { header: 'Văn bản quá hạn', key: 'lapsed', width: 10 },
    { header: 'Hạn chế tiếp cận', key: 'sensitive', width: 10 },
  ];
  const rows = cases.map((c, i) => ({
    n: i + 1,
    id: c.id,
    title: c.title,
    kind: vi(`response.kind.${c.kind}`),
    severity: vi(`response.severity.${c.severity}`),
    label: c.label ? vi(`response.label.${c.label}`) : null,
    status: vi(`response.status.${c.status}`),
    lead: c.leadAgencyName,
    openedOn: asDate(c.openedOn),
    closedOn: asDate(c.closedOn),
    ageDays: c.ageDays,
    lapsed: c.lapsedReferrals,
    sensitive: c.isSensitive ? 'Có' : null,
  }));
  const today = ctx.clock.today();
  return {
    bytes: await render(
      'Vụ việc',
      `SỔ THEO DÕI VỤ VIỆC XỬ LÝ THÔNG TIN (đến ngày ${today.split('-').reverse().join('/')})`,
      columns,
      rows,
    ),
    filename: `so-vu-viec-${today}.xlsx`,
    contentType: XLSX_TYPE,
  };
}

/** The press conferences of a year, by date. */
export async function conferencesWorkbook(ctx: RequestContext, year: number) {
  const { conferences } = await listPressConferences(ctx, year);
  const columns: Column[] = [
    { header: 'STT', key: 'n', width: 6 },
    { header: 'Ngày họp báo', key: 'heldOn', width: 14, date: true },
    { header: 'Tên cuộc họp báo', key: 'title', width: 45 },
    { header: 'Hình thức', key: 'kind', width: 12 },
    { header: 'Trạng thái', key: 'status', width: 14 },
    { header: 'Cơ quan chủ trì', key: 'host', width: 28 },
    { header: 'Người phát ngôn', key: 'spokesperson', width: 24 },
    { header: 'Địa điểm', key: 'place', width: 24 },
    { header: 'Chủ đề', key: 'topics', width: 40 },
    { header: 'Cơ quan báo chí được mời', key: 'outlets', width: 36 },
    { header: 'Số phóng viên dự', key: 'attendance', width: 10 },
    { header: 'Số câu hỏi', key: 'questions', width: 10 },
    { header: 'Nội dung từ vụ việc', key: 'points', width: 40 },
  ];
  const rows = conferences.map((c, i) => ({
    n: i + 1,
    heldOn: asDate(c.heldOn),
    title: c.title,
    kind: vi(`response.conf.kind.${c.kind}`),
    status: vi(`response.conf.status.${c.status}`),
    host: c.hostAgencyName,
    spokesperson: c.spokespersonName,
    place: c.place || null,
    topics: c.topics.join('; ') || null,
    outlets: c.invitedOutlets.join('; ') || null,
    attendance: c.attendance,
    questions: c.questions.length,
    points: c.talkingPoints.map((p) => p.title).join('; ') || null,
  }));
  return {
    bytes: await render('Họp báo', `DANH SÁCH HỌP BÁO NĂM ${year}`, columns, rows),
    filename: `hop-bao-${year}.xlsx`,
    contentType: XLSX_TYPE,
  };
}
