import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { multipart } from '../../test/multipart.js';
import { agencyIdByName } from '../reporting/reporting.test-support.js';

let t: TestApp;
let officer: Session;
let bao: number;
let template: ExcelJS.Workbook;
let templateBytes: Buffer;
let taskCode: string;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  officer = await signIn(t.app, 'baotuyenquang');
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  const response = await officer.inject({ method: 'GET', url: '/api/activities/template.xlsx' });
  expect(response.statusCode).toBe(200);
  templateBytes = response.rawPayload;
  template = new ExcelJS.Workbook();
  await template.xlsx.load(templateBytes as unknown as ArrayBuffer);
  taskCode = String(template.getWorksheet('Danh mục')!.getRow(2).getCell(1).value);
});
afterAll(() => t.close());

/** The template with rows typed into it, as the upload body. */
async function filled(rows: unknown[][]) {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(templateBytes as unknown as ArrayBuffer);
  const ws = copy.getWorksheet('Hoạt động')!;
  for (const row of rows) ws.addRow(row);
  const bytes = Buffer.from((await copy.xlsx.writeBuffer()) as ArrayBuffer);
  return { agencyId: bao, file: { filename: 'hoat-dong.xlsx', bytes } };
}
/** The filled workbook as the browser sends it: a form with the agency and the file. */
const form = (body: { agencyId: number; file: { filename: string; bytes: Buffer } }) =>
  multipart({ agencyId: body.agencyId }, body.file);
const count = async () =>
  (await officer.inject({ method: 'GET', url: `/api/activities?agencyId=${bao}&from=2000-01-01` })).json().activities
    .length as number;

describe('bulk entry from the Excel template', () => {
  it('hands out the template with the agency’s tasks and reads it back: every row an activity', async () => {
    expect(template.getWorksheet('Hoạt động')!.getRow(1).getCell(4).value).toBe('Từ ngày (dd/mm/yyyy)');
    const before = await count();
    const body = await filled([
      [
        taskCode,
        'Sự kiện, lễ hội',
        'Lễ hội Thành Tuyên',
        '02/10/2026',
        '04/10/2026',
        'Tuyên Quang',
        500,
        '120.000.000',
        'EVENTS',
        '',
        1,
      ],
      [
        taskCode,
        'article',
        'Loạt bài tiếng Anh',
        new Date(Date.UTC(2026, 9, 12)),
        '',
        '',
        '',
        '',
        'NEWS_BY_LANGUAGE',
        'en',
        4,
      ],
      [],
      [taskCode, '', 'Ghi chép không có kết quả', '2026-10-20'],
    ]);
    const response = await officer.inject({ method: 'POST', url: '/api/activities/import', ...(await form(body)) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().created).toBe(3);
    expect(await count()).toBe(before + 3);
    const list = (await officer.inject({ method: 'GET', url: '/api/activities?from=2026-10-01&to=2026-10-31' })).json();
    const festival = list.activities.find((a: { title: string }) => a.title === 'Lễ hội Thành Tuyên');
    expect(festival).toMatchObject({ kind: 'event', endsOn: '2026-10-04', participants: 500, costDong: 120_000_000 });
    const english = list.activities.find((a: { title: string }) => a.title === 'Loạt bài tiếng Anh');
    expect(english).toMatchObject({
      startsOn: '2026-10-12',
      outputs: [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 4 }],
    });
  });

  it('refuses the whole file naming each bad cell by row and column; nothing is recorded', async () => {
    const before = await count();
    const body = await filled([
      [taskCode, 'Sự kiện, lễ hội', 'Hàng tốt', '01/10/2026', '', '', '', '', 'EVENTS', '', 2],
      ['99.99', 'Sự kiện, lễ hội', 'Nhiệm vụ không có', '01/10/2026'],
      [taskCode, 'phim', 'Loại lạ', '31/02/2026'],
      [taskCode, 'event', 'Ngày lùi', '05/10/2026', '01/10/2026', '', '1,5', '12,5', 'NEWS_BY_LANGUAGE', '', 'ba'],
    ]);
    const response = await officer.inject({ method: 'POST', url: '/api/activities/import', ...(await form(body)) });
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('ACTIVITY_IMPORT_INVALID');
    expect(error.details.cells).toEqual([
      { row: 3, column: 'A', problem: 'unknownTask' },
      { row: 4, column: 'B', problem: 'unknownKind' },
      { row: 4, column: 'D', problem: 'invalidDate' },
      { row: 5, column: 'E', problem: 'dateRange' },
      { row: 5, column: 'G', problem: 'notWholeNumber' },
      { row: 5, column: 'H', problem: 'notWholeNumber' },
      { row: 5, column: 'J', problem: 'unknownBreakdown' },
      { row: 5, column: 'K', problem: 'notNumber' },
    ]);
    expect(error.message).toContain('A3, B4, D4, E5');
    expect(await count()).toBe(before);
  });

  it('refuses another agency’s import, a damaged file and a request that is not a form upload', async () => {
    const other = await signIn(t.app, 'songoaivu');
    const body = await filled([[taskCode, 'event', 'Hộ cơ quan khác', '01/10/2026']]);
    expect(
      (await other.inject({ method: 'POST', url: '/api/activities/import', ...(await form(body)) })).statusCode,
    ).toBe(403);
    const damaged = await officer.inject({
      method: 'POST',
      url: '/api/activities/import',
      ...(await multipart({ agencyId: bao }, { filename: 'hoat-dong.xlsx', bytes: Buffer.from('không phải Excel') })),
    });
    expect([damaged.statusCode, damaged.json().error.code]).toEqual([422, 'DOCUMENT_DAMAGED']);
    const json = await officer.inject({
      method: 'POST',
      url: '/api/activities/import',
      payload: { agencyId: bao, filename: 'hoat-dong.xlsx', contentBase64: 'AAAA' },
    });
    expect([json.statusCode, json.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });
});
