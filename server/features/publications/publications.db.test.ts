import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PUBLICATION_FILES } from '../../../common/contracts/publications.js';
import { MAX_EVIDENCE_BYTES } from '../../../common/limits.js';
import { attachments } from '../../db/schema/system.js';
import { multipart } from '../../test/multipart.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { agencyIdByName } from '../reporting/reporting.test-support.js';

let t: TestApp;
let officer: Session;
let otherOfficer: Session;
let coordinator: Session;
let viewer: Session;
let bao: number;
let taskId: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  officer = await signIn(t.app, 'baotuyenquang');
  otherOfficer = await signIn(t.app, 'songoaivu');
  coordinator = await signIn(t.app, 'dieuphoi');
  viewer = await signIn(t.app, 'lanhdao');
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  taskId = (await officer.inject({ method: 'GET', url: '/api/activities/options?year=2026' })).json().tasks[0].id;
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: object = {}) => s.inject({ method: 'POST', url, payload });
const PDF = Buffer.from('%PDF-1.4');
/** One file attached as the web form sends it (multipart, part `file`). */
const attach = async (s: Session, id: number, file: { filename: string; bytes: Buffer }) =>
  s.inject({ method: 'POST', url: `/api/publications/${id}/files`, ...(await multipart({}, file)) });
const stored = async () => (await t.database.db.select({ n: count() }).from(attachments))[0]!.n;
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });

describe('publications', () => {
  it('a publication is recorded once, as an activity whose outputs reach the sums', async () => {
    const before = (await get(officer, '/api/activities?from=2026-11-01&to=2026-11-30')).json().summary;
    const created = await post(officer, '/api/publications', {
      agencyId: bao,
      taskId,
      title: 'Tuyên Quang – Điểm đến xanh (song ngữ Việt – Anh)',
      kind: 'leaflet',
      publishedOn: '2026-11-20',
      editions: [
        { language: 'vi', copies: 2_000 },
        { language: 'en', copies: 1_500 },
      ],
      distribution: ['Đại sứ quán Hàn Quốc', 'Cửa khẩu Thanh Thủy'],
      costDong: 45_000_000,
    });
    expect(created.statusCode).toBe(201);
    const attached = await attach(officer, created.json().publication.id, { filename: 'tờ gấp.pdf', bytes: PDF });
    expect(attached.statusCode).toBe(201);
    const publication = attached.json().publication;
    expect(publication.files.map((f: { filename: string }) => f.filename)).toEqual(['tờ gấp.pdf']);
    expect(publication).toMatchObject({ printRun: 3_500, costDong: 45_000_000, kind: 'leaflet' });
    const activity = (await get(officer, `/api/activities/${publication.activityId}`)).json().activity;
    expect(activity).toMatchObject({ kind: 'publication', costDong: 45_000_000, startsOn: '2026-11-20' });
    const after = (await get(officer, '/api/activities?from=2026-11-01&to=2026-11-30')).json().summary;
    const value = (
      s: { indicators: Array<{ code: string; breakdownKey: string; value: number }> },
      code: string,
      key: string,
    ) => s.indicators.find((i) => i.code === code && i.breakdownKey === key)?.value ?? 0;
    // One title (under its main language), copies per language, the cost once.
    expect(value(after, 'PUBLICATIONS', 'vi') - value(before, 'PUBLICATIONS', 'vi')).toBe(1);
    expect(value(after, 'PUBLICATIONS', 'en') - value(before, 'PUBLICATIONS', 'en')).toBe(0);
    expect(value(after, 'PUBLICATION_COPIES', 'en') - value(before, 'PUBLICATION_COPIES', 'en')).toBe(1_500);
    expect(after.costDong - before.costDong).toBe(45_000_000);

    const file = await get(viewer, `/api/publications/${publication.id}/files/${publication.files[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.toString()).toBe('%PDF-1.4');
    expect(
      (await get(otherOfficer, `/api/publications/${publication.id}/files/${publication.files[0].id}`)).statusCode,
    ).toBe(404);
    const others = (await get(otherOfficer, '/api/publications?year=2026')).json().publications;
    expect(others.some((p: { id: number }) => p.id === publication.id)).toBe(false);
    expect(
      (await get(viewer, '/api/publications?year=2026')).json().publications.map((p: { id: number }) => p.id),
    ).toContain(publication.id);
  });

  it('takes files one per multipart upload: 413 past the limit, another agency refused, at most five', async () => {
    const created = await post(officer, '/api/publications', {
      agencyId: bao,
      taskId,
      title: 'Album ảnh Tuyên Quang',
      kind: 'photo-book',
      publishedOn: '2026-11-22',
      editions: [{ language: 'vi', copies: 100 }],
    });
    const id = created.json().publication.id;
    const before = await stored();
    const big = await attach(officer, id, {
      filename: 'album.pdf',
      bytes: Buffer.concat([PDF, Buffer.alloc(MAX_EVIDENCE_BYTES, 0x20)]),
    });
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
    expect((await attach(otherOfficer, id, { filename: 'a.pdf', bytes: PDF })).json().error.code).toBe(
      'NOT_OWN_AGENCY',
    );
    expect(await stored()).toBe(before);
    for (let i = 0; i < MAX_PUBLICATION_FILES; i++) {
      expect((await attach(officer, id, { filename: `trang-${i}.pdf`, bytes: PDF })).statusCode).toBe(201);
    }
    const sixth = await attach(officer, id, { filename: 'trang-6.pdf', bytes: PDF });
    expect([sixth.statusCode, sixth.json().error]).toEqual([409, expect.objectContaining({ code: 'TOO_MANY_FILES' })]);
    expect(await stored()).toBe(before + MAX_PUBLICATION_FILES);
  });

  it('is refused for another agency, twice the same language, or by the coordinator', async () => {
    const body = {
      agencyId: bao,
      taskId,
      title: 'Ấn phẩm thử',
      kind: 'book',
      publishedOn: '2026-11-21',
      editions: [{ language: 'vi', copies: 10 }],
    };
    expect((await post(otherOfficer, '/api/publications', body)).json().error.code).toBe('NOT_OWN_AGENCY');
    expect((await post(coordinator, '/api/publications', body)).statusCode).toBe(403);
    const twice = {
      ...body,
      editions: [
        { language: 'vi', copies: 1 },
        { language: 'vi', copies: 2 },
      ],
    };
    expect((await post(officer, '/api/publications', twice)).statusCode).toBe(400);
  });
});

describe('contests', () => {
  it('the coordinator records Happy Vietnam, its rounds, the entries sent and their results', async () => {
    const created = await post(coordinator, '/api/contests', {
      name: 'Giải thưởng truyền thông Việt Nam hạnh phúc – Happy Vietnam',
      edition: '2026',
      organiser: 'Bộ VHTTDL',
      year: 2026,
      rounds: [
        { name: 'Tháng 10', closesOn: '2026-10-31' },
        { name: 'Chung khảo', closesOn: '2026-11-30' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().contest.id;
    const entry = {
      round: 'Tháng 10',
      title: 'Mùa vàng Hồng Thái',
      author: 'Nguyễn Văn A',
      category: 'Ảnh',
      sentOn: '2026-10-20',
    };
    const added = (await post(coordinator, `/api/contests/${id}/entries`, { ...entry, agencyId: bao })).json().contest;
    expect(added.entries).toHaveLength(1);
    expect((await post(coordinator, `/api/contests/${id}/entries`, { ...entry, round: 'Vòng lạ' })).statusCode).toBe(
      400,
    );
    const result = (
      await post(coordinator, `/api/contests/${id}/entries/${added.entries[0].id}/result`, { result: 'Giải Ba' })
    ).json().contest;
    expect(result).toMatchObject({ awarded: 1 });
    expect(result.entries[0]).toMatchObject({
      result: 'Giải Ba',
      agency: 'Báo và Phát thanh, Truyền hình Tuyên Quang',
    });
    expect((await post(officer, `/api/contests/${id}/entries`, entry)).statusCode).toBe(403);
    const list = (await get(officer, '/api/publications?year=2026')).json();
    expect(list.contests.some((c: { id: number }) => c.id === id)).toBe(true);
  });
});
