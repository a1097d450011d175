import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../documents/read/index.js';
import { parsePlanText } from '../../documents/plan-parser/index.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let coordinator: Session;
const seedText = readFileSync('server/demo/documents/ke-hoach-ttdn-tuyen-quang-2025.txt', 'utf8');
const seedDocx = readFileSync('fixtures/plans/seed-tuyen-quang-2025.docx');

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-06-01' });
  coordinator = await signIn(t.app, 'dieuphoi');
});
afterAll(() => t.close());

const upload = (session: Session, bytes: Uint8Array | string, filename: string) =>
  session.inject({
    method: 'POST',
    url: '/api/plans/upload',
    headers: { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(filename) },
    payload: Buffer.from(bytes),
  });

describe('importing a plan document for review', () => {
  it('reads a DOCX, shows where values came from, resolves names and diffs against the current plan', async () => {
    const res = await upload(coordinator, seedDocx, 'Kế hoạch TTĐN 2025.docx');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.source).toBe('docx');
    expect(body.plan.tasks.map((x: { code: string }) => x.code)).toContain('2.3.2');
    const span = body.spans.find((s: { kind: string; code: string }) => s.kind === 'task' && s.code === '2.3.2');
    expect(body.text.slice(span.start, span.end)).toContain('Quản lý và hướng dẫn phóng viên');
    const ngoaiVu = body.names.find((n: { asPrinted: string }) => n.asPrinted === 'Sở Ngoại vụ');
    expect(ngoaiVu).toMatchObject({ status: 'resolved', match: { type: 'agency', name: 'Sở Ngoại vụ' } });
    // The demo registry has no agency for the provincial human-rights steering committee.
    const unresolved = body.names
      .filter((n: { status: string }) => n.status !== 'resolved')
      .map((n: { asPrinted: string }) => n.asPrinted);
    expect(unresolved).toEqual(['Ban Chỉ đạo Nhân quyền tỉnh']);
    // Nothing in the registry is close, so it is red (create or alias), not amber.
    expect(body.names.find((n: { asPrinted: string }) => n.asPrinted === 'Ban Chỉ đạo Nhân quyền tỉnh').status).toBe(
      'unknown',
    );
    expect(body.previous.diff).toMatchObject({ added: [], removed: [], changed: [] });
    expect(body.previous.diff.unchanged).toBe(body.plan.tasks.length);
  });

  it('shows a new version’s changes before anything is stored, then stores it with its source file', async () => {
    const edited = seedText
      .replace(/7\.5\. Giới thiệu[\s\S]*?c\) Thời gian thực hiện: Trong năm 2025\.\n/, '')
      .replace(
        '7.4. Tổ chức thông tin đối ngoại thông qua hoạt động kinh tế đối ngoại, xúc tiến đầu tư, xúc tiến thương mại, các diễn đàn song phương và đa phương.\na) Cơ quan chủ trì: Sở Ngoại vụ',
        '7.4. Tổ chức thông tin đối ngoại thông qua hoạt động kinh tế đối ngoại, xúc tiến đầu tư, xúc tiến thương mại, các diễn đàn song phương và đa phương.\na) Cơ quan chủ trì: Sở Công Thương',
      );
    const plansBefore = (await coordinator.inject({ method: 'GET', url: '/api/plans' })).json().plans.length;
    const res = await upload(coordinator, edited, 'ke-hoach-sua-doi.txt');
    expect(res.statusCode).toBe(200);
    const { previous, plan, attachmentId } = res.json();
    expect(previous.diff.removed.map((x: { code: string }) => x.code)).toEqual(['7.5']);
    expect(previous.diff.changed).toEqual([expect.objectContaining({ code: '7.4', fields: ['lead'] })]);
    expect((await coordinator.inject({ method: 'GET', url: '/api/plans' })).json().plans.length).toBe(plansBefore);

    const imported = await coordinator.inject({
      method: 'POST',
      url: '/api/plans/import',
      payload: { plan, attachmentId },
    });
    expect(imported.statusCode).toBe(201);
    const planId = imported.json().planId;
    const source = await coordinator.inject({ method: 'GET', url: `/api/plans/${planId}/source` });
    expect(source.statusCode).toBe(200);
    expect(source.body).toBe(edited);
    expect(String(source.headers['content-disposition'])).toContain("filename*=UTF-8''ke-hoach-sua-doi.txt");

    const draft = (await coordinator.inject({ method: 'GET', url: `/api/plans/${planId}` })).json().plan;
    const issued = await coordinator.inject({
      method: 'POST',
      url: `/api/plans/${planId}/issue`,
      payload: { version: draft.version },
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().archived).toHaveLength(1);
    // Issuing opens the reporting cycle: periods from the stated deadlines, and a notice of duties.
    expect(issued.json().periodsCreated).toBe(3);
    expect(issued.json().notice.agencies).toBeGreaterThan(30);
    const periods = (await coordinator.inject({ method: 'GET', url: `/api/reporting/periods?planId=${planId}` })).json()
      .periods;
    expect(periods.map((p: { kind: string }) => p.kind).sort()).toEqual(['agency-plan', 'annual', 'semiannual']);
  });

  it('exports a stored plan to the official DOCX and the export reads back to the same plan', async () => {
    const [plan] = (await coordinator.inject({ method: 'GET', url: '/api/plans' }))
      .json()
      .plans.filter((p: { status: string; year: number }) => p.status !== 'draft' && p.year === 2025);
    const res = await coordinator.inject({ method: 'GET', url: `/api/plans/${plan.id}/export.docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const read = await readDocument({ bytes: new Uint8Array(res.rawPayload), filename: 'export.docx' });
    const back = parsePlanText(read.text);
    const stored = (await coordinator.inject({ method: 'GET', url: `/api/plans/${plan.id}` })).json();
    expect(back.tasks.map((x) => x.code)).toEqual(stored.tasks.map((x: { code: string }) => x.code));
    const xlsx = await coordinator.inject({ method: 'GET', url: `/api/plans/${plan.id}/export.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers bad uploads with clear errors and stores nothing', async () => {
    const empty = await upload(coordinator, '', 'rong.txt');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.code).toBe('DOCUMENT_EMPTY');
    const garbage = await upload(
      coordinator,
      new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
      'rac.docx',
    );
    expect([415, 422]).toContain(garbage.statusCode);
    const letter = await upload(
      coordinator,
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nV/v mời họp\nKính gửi: Sở Ngoại vụ\nĐề nghị đồng chí dự họp.\n',
      'cong-van.txt',
    );
    expect(letter.statusCode).toBe(422);
    expect(letter.json().error.code).toBe('DOCUMENT_NOT_A_PLAN');
    const huge = await upload(coordinator, new Uint8Array(21 * 1024 * 1024), 'lon.pdf');
    expect(huge.statusCode).toBe(413);
    const officer = await signIn(t.app, 'songoaivu');
    expect((await upload(officer, seedText, 'x.txt')).statusCode).toBe(403);
  });
});

describe('open groups', () => {
  it('a coordinator names the members of "các cơ quan có liên quan" on a task, and they then owe it', async () => {
    const [plan] = (await coordinator.inject({ method: 'GET', url: '/api/plans' }))
      .json()
      .plans.filter((p: { status: string; year: number }) => p.status === 'issued' && p.year === 2025);
    const tree = (await coordinator.inject({ method: 'GET', url: `/api/plans/${plan.id}` })).json();
    const role = tree.tasks
      .find((x: { code: string }) => x.code === '2.3.2')
      .roles.find((r: { asPrinted: string }) => r.asPrinted === 'các cơ quan có liên quan');
    const tuPhap = (
      await coordinator.inject({ method: 'GET', url: '/api/agencies/resolve?name=S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p' })
    ).json().match.id;
    const before = (
      await coordinator.inject({ method: 'GET', url: `/api/plans/${plan.id}?agencyId=${tuPhap}&role=coordinator` })
    ).json();
    expect(
      before.tasks.filter((x: { isContext: boolean }) => !x.isContext).map((x: { code: string }) => x.code),
    ).not.toContain('2.3.2');
    const set = await coordinator.inject({
      method: 'PUT',
      url: `/api/task-roles/${role.id}/members`,
      payload: { agencyIds: [tuPhap] },
    });
    expect(set.statusCode).toBe(200);
    const after = (
      await coordinator.inject({ method: 'GET', url: `/api/plans/${plan.id}?agencyId=${tuPhap}&role=coordinator` })
    ).json();
    const owed = after.tasks.find((x: { code: string }) => x.code === '2.3.2');
    expect(owed.owed[0].via).toContain('các cơ quan có liên quan'.normalize('NFC').replace(/^c/, 'C'));
    const officer = await signIn(t.app, 'songoaivu');
    expect(
      (await officer.inject({ method: 'PUT', url: `/api/task-roles/${role.id}/members`, payload: { agencyIds: [] } }))
        .statusCode,
    ).toBe(403);
  });
});
