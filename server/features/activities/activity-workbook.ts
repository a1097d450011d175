/**
 * Bulk entry of activities from Excel: the app hands out a template (one activity per row, one
 * output per row, the agency's tasks and the catalogue on a second sheet) and reads it back,
 * refusing the whole file with every bad cell named by row and column.
 */
import ExcelJS from 'exceljs';
import { isIsoDate, tryParseDateVi } from '../../../common/calendar/iso-date.js';
import { ACTIVITY_KINDS, type ActivityInput, type ActivityKind } from '../../../common/contracts/activities.js';
import { AppError } from '../../../common/errors.js';
import { translate } from '../../../common/i18n/translate.js';
import { figureProblem } from '../../../common/reporting/figures.js';

/** The template's columns, in order (letters A…K). */
export const COLUMNS = [
  { key: 'task', header: 'Mã nhiệm vụ', width: 12 },
  { key: 'kind', header: 'Loại hoạt động', width: 30 },
  { key: 'title', header: 'Nội dung hoạt động', width: 50 },
  { key: 'startsOn', header: 'Từ ngày (dd/mm/yyyy)', width: 16 },
  { key: 'endsOn', header: 'Đến ngày', width: 14 },
  { key: 'place', header: 'Địa điểm', width: 20 },
  { key: 'participants', header: 'Số người tham dự', width: 12 },
  { key: 'cost', header: 'Kinh phí (đồng)', width: 16 },
  { key: 'indicator', header: 'Mã chỉ tiêu', width: 22 },
  { key: 'breakdown', header: 'Phân loại', width: 12 },
  { key: 'value', header: 'Số lượng', width: 10 },
] as const;
type Field = (typeof COLUMNS)[number]['key'];
const SHEET = 'Hoạt động';

/** What the template lists and the reader checks against. */
export type WorkbookChoices = {
  tasks: Array<{ id: number; code: string; title: string }>;
  indicators: Array<{
    code: string;
    name: string;
    isInteger: boolean;
    minValue: number;
    maxValue: number | null;
    breakdownKeys: string[];
  }>;
};

/** One refused cell: its row and column as Excel shows them, and why. */
export type CellProblem = { row: number; column: string; problem: string };

const kindLabel = (kind: ActivityKind) => translate('vi', `activities.kind.${kind}`);

/** The template workbook for an agency: an empty activity sheet and the lists to fill it from. */
export async function renderActivityTemplate(choices: WorkbookChoices): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TTĐN';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  const lists = wb.addWorksheet('Danh mục');
  lists.columns = [
    { header: 'Mã nhiệm vụ', key: 'a', width: 12 },
    { header: 'Nhiệm vụ', key: 'b', width: 60 },
    { header: 'Loại hoạt động', key: 'c', width: 34 },
    { header: 'Mã chỉ tiêu', key: 'd', width: 24 },
    { header: 'Chỉ tiêu', key: 'e', width: 60 },
    { header: 'Phân loại', key: 'f', width: 30 },
  ];
  lists.getRow(1).font = { bold: true };
  const rows = Math.max(choices.tasks.length, ACTIVITY_KINDS.length, choices.indicators.length);
  for (let i = 0; i < rows; i++) {
    const task = choices.tasks[i];
    const kind = ACTIVITY_KINDS[i];
    const indicator = choices.indicators[i];
    lists.addRow({
      a: task?.code ?? '',
      b: task?.title ?? '',
      c: kind ? kindLabel(kind) : '',
      d: indicator?.code ?? '',
      e: indicator?.name ?? '',
      f: indicator?.breakdownKeys.join(', ') ?? '',
    });
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return String(value).normalize('NFC').trim();
}

function readDate(text: string): string | null {
  if (isIsoDate(text)) return text;
  return tryParseDateVi(text);
}

function readNumber(text: string): number | null {
  const raw = text.replace(/[\s\u00a0]/g, '');
  if (raw === '') return null;
  const normal = raw.includes(',')
    ? raw.replace(/\./g, '').replace(',', '.')
    : /^\d{1,3}(\.\d{3})+$/.test(raw)
      ? raw.replace(/\./g, '')
      : raw;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/**
 * Reads a filled template into activity inputs for one agency, or throws ACTIVITY_IMPORT_INVALID
 * naming every bad cell (details: the list of CellProblem). Empty rows are skipped.
 */
export async function readActivityWorkbook(
  bytes: Uint8Array,
  agencyId: number,
  choices: WorkbookChoices,
): Promise<ActivityInput[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('DOCUMENT_DAMAGED', { format: 'XLSX', detail: (error as Error).message.slice(0, 200) });
  }
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) throw new AppError('DOCUMENT_EMPTY');
  const taskByCode = new Map(choices.tasks.map((t) => [t.code, t]));
  const indicatorByCode = new Map(choices.indicators.map((i) => [i.code, i]));
  const kindByText = new Map<string, ActivityKind>();
  for (const k of ACTIVITY_KINDS) {
    kindByText.set(k, k);
    kindByText.set(kindLabel(k).toLowerCase(), k);
  }
  const problems: CellProblem[] = [];
  const inputs: ActivityInput[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const text = Object.fromEntries(COLUMNS.map((c, i) => [c.key, cellText(row.getCell(i + 1).value)])) as Record<
      Field,
      string
    >;
    if (Object.values(text).every((v) => v === '')) continue;
    const refuse = (field: Field, problem: string) =>
      problems.push({ row: r, column: String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === field)), problem });
    const task = taskByCode.get(text.task.replace(/\.$/, ''));
    if (!task) refuse('task', text.task ? 'unknownTask' : 'required');
    const kind = kindByText.get(text.kind.toLowerCase()) ?? (text.kind === '' ? 'other' : undefined);
    if (!kind) refuse('kind', 'unknownKind');
    if (text.title.length < 3) refuse('title', 'required');
    const startsOn = readDate(text.startsOn);
    if (!startsOn) refuse('startsOn', text.startsOn ? 'invalidDate' : 'required');
    const endsOn = text.endsOn ? readDate(text.endsOn) : null;
    if (text.endsOn && !endsOn) refuse('endsOn', 'invalidDate');
    else if (endsOn && startsOn && endsOn < startsOn) refuse('endsOn', 'dateRange');
    const participants = readNumber(text.participants);
    if (participants !== null && !(Number.isInteger(participants) && participants >= 0))
      refuse('participants', 'notWholeNumber');
    const cost = readNumber(text.cost);
    if (cost !== null && !(Number.isInteger(cost) && cost >= 0)) refuse('cost', 'notWholeNumber');
    const outputs: Array<{ code: string; breakdownKey: string; value: number }> = [];
    if (text.indicator || text.value) {
      const indicator = indicatorByCode.get(text.indicator.toUpperCase());
      const value = readNumber(text.value);
      if (!indicator) refuse('indicator', text.indicator ? 'unknownIndicator' : 'required');
      else if (
        indicator.breakdownKeys.length ? !indicator.breakdownKeys.includes(text.breakdown) : text.breakdown !== ''
      )
        refuse('breakdown', 'unknownBreakdown');
      if (value === null || Number.isNaN(value)) refuse('value', value === null ? 'required' : 'notNumber');
      else if (indicator && figureProblem(value, indicator)) refuse('value', figureProblem(value, indicator)!);
      if (indicator && value !== null && !Number.isNaN(value))
        outputs.push({ code: indicator.code, breakdownKey: text.breakdown, value });
    }
    if (task && kind && startsOn && text.title.length >= 3)
      inputs.push({
        agencyId,
        taskId: task.id,
        kind,
        title: text.title,
        startsOn,
        endsOn,
        place: text.place,
        participants: participants !== null && Number.isInteger(participants) ? participants : null,
        costDong: cost !== null && Number.isInteger(cost) ? cost : null,
        outputs,
      });
  }
  if (problems.length) {
    const cells = problems.map((p) => `${p.column}${p.row}`);
    throw new AppError('ACTIVITY_IMPORT_INVALID', {
      count: problems.length,
      cells: cells.slice(0, 12).join(', ') + (cells.length > 12 ? ', …' : ''),
    }).with({ cells: problems });
  }
  if (inputs.length === 0) throw new AppError('DOCUMENT_EMPTY');
  return inputs;
}
