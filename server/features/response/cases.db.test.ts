import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { notifications } from '../../db/schema/reporting.js';
import { responseReferrals } from '../../db/schema/response.js';
import { auditEvents, users } from '../../db/schema/system.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { createUser } from '../users/create-user.js';
import { escalateLapsedReferrals } from './escalate-referrals.js';

let t: TestApp;
let coordinator: Session;
let otherCoordinator: Session;
let viewer: Session;
let ngoaiVu: Session;
let congAn: Session;
let admin: Session;
let ngoaiVuId: number;
let congAnId: number;
let server: Server;
let base: string;
const system = (today: string): RequestContext => ({
  db: t.database.db,
  clock: createClock(today),
  actor: { kind: 'system', name: 'test' },
});

beforeAll(async () => {
  // 01/07/2026, a Wednesday.
  t = await buildTestApp({ today: '2026-07-01', captureAllowPrivate: true });
  const agencyRows = await t.database.db.select().from(agencies);
  ngoaiVuId = agencyRows.find((a) => a.name === 'Sở Ngoại vụ')!.id;
  congAnId = agencyRows.find((a) => a.name === 'Công an tỉnh')!.id;
  const make = (username: string, role: 'coordinator' | 'agency-officer', agencyId: number | null) =>
    createUser(
      system('2026-07-01'),
      { username, displayName: username, password: 'demo', role, agencyId },
      { demoPassword: true },
    );
  await make('dieuphoi2', 'coordinator', null);
  await make('congan', 'agency-officer', congAnId);
  coordinator = await signIn(t.app, 'dieuphoi');
  otherCoordinator = await signIn(t.app, 'dieuphoi2');
  viewer = await signIn(t.app, 'lanhdao');
  ngoaiVu = await signIn(t.app, 'songoaivu');
  congAn = await signIn(t.app, 'congan');
  admin = await signIn(t.app, 'admin');
  server = createServer((req, res) => {
    res.writeHead(req.url === '/gone' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><title>Tin đồn sạt lở</title></head><body><p>Cả thôn bị vùi lấp</p></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

const post = (s: Session, url: string, payload: object = {}) => s.inject({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });

describe('a case from a URL to its closure', () => {
  it('opens, verifies, refers, answers, acts, captures evidence and closes; every illegal step is refused', async () => {
    const opened = await post(coordinator, '/api/response/cases', {
      kind: 'misinformation',
      title: 'Tin đồn sạt lở vùi lấp thôn Nà Luông',
      intake: 'url',
      sourceUrl: `${base}/post/1`,
      sourceArticleId: 'article-42',
      severity: 'critical',
    });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().case.id as number;
    expect(opened.json().case).toMatchObject({
      status: 'open',
      sourceArticleId: 'article-42',
      posts: [{ url: `${base}/post/1`, seenOn: '2026-07-01' }],
      members: [{ role: 'coordinator', displayName: 'Nguyễn Thu Hà (Sở VHTTDL)' }],
      canManage: true,
    });

    expect(
      (await post(coordinator, `/api/response/cases/${id}/transition`, { action: 'close', outcome: 'x' })).json(),
    ).toMatchObject({
      error: { code: 'RESPONSE_TRANSITION_REFUSED', params: { record: 'case', action: 'close', status: 'open' } },
    });
    expect(
      (await post(coordinator, `/api/response/cases/${id}/transition`, { action: 'verify' })).json().case.status,
    ).toBe('verifying');
    expect((await post(coordinator, `/api/response/cases/${id}/transition`, { action: 'verify' })).statusCode).toBe(
      409,
    );

    // Referred on Wednesday 01/07 with 3 working days: Thursday, Friday, Monday.
    const referred = await post(coordinator, `/api/response/cases/${id}/referrals`, {
      agencyId: ngoaiVuId,
      request: 'Đề nghị xác minh thông tin với đoàn khách nước ngoài.',
      workingDays: 3,
    });
    expect(referred.json().case.referrals).toEqual([
      expect.objectContaining({
        agencyName: 'Sở Ngoại vụ',
        sentOn: '2026-07-01',
        dueOn: '2026-07-06',
        isLapsed: false,
        canAnswer: false,
      }),
    ]);
    expect(referred.json().case.firstResponseAt).not.toBeNull();
    const referralId = referred.json().case.referrals[0].id as number;

    // The referred agency sees this case only, answers once, and cannot change the case.
    const seen = (await get(ngoaiVu, '/api/response/cases')).json().cases as Array<{ id: number }>;
    expect(seen.map((c) => c.id)).toEqual([id]);
    expect((await get(ngoaiVu, `/api/response/cases/${id}`)).json().case).toMatchObject({
      canManage: false,
      referrals: [expect.objectContaining({ canAnswer: true })],
    });
    expect((await post(ngoaiVu, `/api/response/cases/${id}/transition`, { action: 'respond' })).json().error.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await post(congAn, `/api/response/referrals/${referralId}/answer`, { answer: 'Không phải việc của chúng tôi' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await post(ngoaiVu, `/api/response/referrals/${referralId}/answer`, {
          answer: 'Đã xác minh: không có đoàn khách.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await post(ngoaiVu, `/api/response/referrals/${referralId}/answer`, { answer: 'Lần nữa' })).statusCode,
    ).toBe(409);
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'response-referral'));
    expect(notice?.link).toBe(`/response/cases/${id}`);

    const withAction = await post(coordinator, `/api/response/cases/${id}/actions`, {
      kind: 'rebuttal',
      title: 'Bài phản bác trên Báo và PT-TH Tuyên Quang',
      ownerName: 'Báo và PT-TH Tuyên Quang',
      dueOn: '2026-07-02',
    });
    const actionId = withAction.json().case.actions[0].id as number;
    expect(
      (await post(coordinator, `/api/response/actions/${actionId}/complete`, { outcome: 'Đã đăng bài' })).json().case
        .actions[0],
    ).toMatchObject({
      status: 'done',
      doneOn: '2026-07-01',
    });
    expect((await post(coordinator, `/api/response/actions/${actionId}/complete`, { outcome: 'Lại' })).statusCode).toBe(
      409,
    );

    // Evidence: the same URL twice gives versions 1 and 2; a vanished page is recorded as failed.
    await post(coordinator, `/api/response/cases/${id}/evidence`, { url: `${base}/post/1` });
    await post(coordinator, `/api/response/cases/${id}/evidence`, {
      url: `${base}/post/1`,
      note: 'Chụp lại sau khi bài bị sửa',
    });
    const evidence = (await post(coordinator, `/api/response/cases/${id}/evidence`, { url: `${base}/gone` })).json()
      .case.evidence;
    expect(
      evidence.map((e: { version: number; outcome: string; title: string | null }) => [e.version, e.outcome, e.title]),
    ).toEqual([
      [1, 'captured', 'Tin đồn sạt lở'],
      [2, 'captured', 'Tin đồn sạt lở'],
      [1, 'failed', null],
    ]);
    expect(evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await post(coordinator, `/api/response/cases/${id}/evidence`, { url: 'ftp://x' })).statusCode).toBe(400);

    expect(
      (await post(coordinator, `/api/response/cases/${id}/transition`, { action: 'close' })).json().error.code,
    ).toBe('CASE_CLOSE_NEEDS_OUTCOME');
    const closed = await post(coordinator, `/api/response/cases/${id}/transition`, {
      action: 'close',
      outcome: 'Đã phản bác; bài gốc bị gỡ',
      label: 'tin-sai-su-that',
    });
    expect(closed.json().case).toMatchObject({ status: 'closed', closedOn: '2026-07-01', label: 'tin-sai-su-that' });
    expect((await post(coordinator, `/api/response/cases/${id}/transition`, { action: 'respond' })).statusCode).toBe(
      409,
    );
    expect(
      (
        await post(coordinator, `/api/response/cases/${id}/actions`, {
          kind: 'rebuttal',
          title: 'Thêm',
          ownerName: 'Ai đó',
          dueOn: '2026-07-02',
        })
      ).statusCode,
    ).toBe(409);

    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'response-case'), eq(auditEvents.subjectId, String(id))))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => a.action)).toEqual([
      'response-case.open',
      'response-case.verify',
      'response-case.refer',
      'response-action.add',
      'response-action.complete',
      'response-evidence.capture',
      'response-evidence.capture',
      'response-evidence.capture',
      'response-case.close',
    ]);
  });
});

describe('who sees and changes what', () => {
  it('a need-to-know case is visible only to the people named on it, and every view is audited', async () => {
    const [leader] = await t.database.db.select().from(users).where(eq(users.username, 'lanhdao'));
    const opened = await post(coordinator, '/api/response/cases', {
      kind: 'sensitive-coverage',
      title: 'Bài viết nhạy cảm của báo nước ngoài',
      intake: 'manual',
      severity: 'high',
      isSensitive: true,
      memberUserIds: [leader!.id],
    });
    const id = opened.json().case.id as number;
    for (const outsider of [otherCoordinator, admin]) {
      expect((await get(outsider, `/api/response/cases/${id}`)).statusCode).toBe(404);
      expect(
        ((await get(outsider, '/api/response/cases')).json().cases as Array<{ id: number }>).some((c) => c.id === id),
      ).toBe(false);
      expect((await post(outsider, `/api/response/cases/${id}/transition`, { action: 'verify' })).statusCode).toBe(404);
    }
    // The province leader is named: reads it, changes nothing.
    expect((await get(viewer, `/api/response/cases/${id}`)).json().case.canManage).toBe(false);
    expect((await post(viewer, `/api/response/cases/${id}/transition`, { action: 'verify' })).statusCode).toBe(403);
    await get(coordinator, `/api/response/cases/${id}`);
    const views = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'response-case.view'), eq(auditEvents.subjectId, String(id))));
    expect(views.map((v) => v.actorName)).toEqual(['lanhdao', 'dieuphoi']);
  });

  it('people are named on a case later and taken off it: audited, access gained and lost at once', async () => {
    const [other] = await t.database.db.select().from(users).where(eq(users.username, 'dieuphoi2'));
    const [me] = await t.database.db.select().from(users).where(eq(users.username, 'dieuphoi'));
    const id = (
      await post(coordinator, '/api/response/cases', {
        kind: 'sensitive-coverage',
        title: 'Bài báo nước ngoài về vấn đề nhạy cảm',
        intake: 'manual',
        severity: 'medium',
        isSensitive: true,
      })
    ).json().case.id as number;
    const members = `/api/response/cases/${id}/members`;
    expect((await get(otherCoordinator, `/api/response/cases/${id}`)).statusCode).toBe(404);
    const added = await post(coordinator, members, { userId: other!.id });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().case.members.map((m: { userId: number; role: string }) => [m.userId, m.role])).toContainEqual([
      other!.id,
      'member',
    ]);
    // Named as a member: reads the case at once, but changes nothing on it.
    expect((await get(otherCoordinator, `/api/response/cases/${id}`)).json().case.canManage).toBe(false);
    expect((await post(otherCoordinator, members, { userId: other!.id, role: 'coordinator' })).statusCode).toBe(403);
    // The last coordinator cannot leave or be made a plain member.
    const lastOut = await coordinator.inject({ method: 'DELETE', url: `${members}/${me!.id}` });
    expect(lastOut.json().error).toMatchObject({ code: 'CASE_LAST_COORDINATOR' });
    expect((await post(coordinator, members, { userId: me!.id, role: 'member' })).statusCode).toBe(409);
    // Taken off: the next request already answers NOT_FOUND, as for anyone never named.
    const removed = await coordinator.inject({ method: 'DELETE', url: `${members}/${other!.id}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await get(otherCoordinator, `/api/response/cases/${id}`)).statusCode).toBe(404);
    expect((await coordinator.inject({ method: 'DELETE', url: `${members}/${other!.id}` })).statusCode).toBe(404);
    const trail = await t.database.db
      .select({ action: auditEvents.action, actor: auditEvents.actorName })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'response-case'), eq(auditEvents.subjectId, String(id))))
      .orderBy(asc(auditEvents.id));
    expect(trail.map((e) => e.action).filter((a) => a.startsWith('response-case.member'))).toEqual([
      'response-case.member-add',
      'response-case.member-remove',
    ]);
  });

  it('leaders read the response work and change nothing; agency staff without a referral see nothing', async () => {
    expect((await get(viewer, '/api/response/cases')).statusCode).toBe(200);
    expect((await get(viewer, '/api/response/board?year=2026')).statusCode).toBe(200);
    expect(
      (
        await post(viewer, '/api/response/cases', {
          kind: 'misinformation',
          title: 'Thử',
          intake: 'manual',
          severity: 'low',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await post(viewer, '/api/response/press-conferences', {
          kind: 'regular',
          title: 'Họp báo',
          heldOn: '2026-07-10',
        })
      ).statusCode,
    ).toBe(403);
    const demoReferred = (await get(congAn, '/api/response/cases')).json().cases as Array<{ title: string }>;
    // The demo referred the globe and the game to Công an tỉnh; nothing else is theirs.
    expect(demoReferred.map((c) => c.title).sort()).toEqual([
      'Quả địa cầu thể hiện “đường lưỡi bò” bày bán tại phường Minh Xuân',
      'Trò chơi điện tử hiển thị sai đường biên giới quốc gia',
    ]);
  });
});

describe('escalation of referrals past their deadline', () => {
  it('stamps each lapsed referral once and tells the coordinators', async () => {
    // The demo's game-app referral (03/06/2026, 10 working days) was never answered.
    const escalated = await escalateLapsedReferrals(system('2026-07-01'));
    expect(escalated).toBeGreaterThanOrEqual(1);
    expect(await escalateLapsedReferrals(system('2026-07-01'))).toBe(0);
    const stamped = await t.database.db
      .select()
      .from(responseReferrals)
      .where(eq(responseReferrals.agencyId, congAnId));
    expect(stamped.find((r) => r.dueOn === '2026-06-17')?.escalatedAt).not.toBeNull();
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'response-escalation'));
    expect(notices.some((n) => n.title.includes('Trò chơi điện tử'))).toBe(true);
    expect((await post(viewer, '/api/response/referrals/escalate')).statusCode).toBe(403);
  });
});
