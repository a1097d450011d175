import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEmails, planAcknowledgements } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { buildFocal, firstPlanId } from '../reminders/reminders.test-support.js';
import { createNotifications } from './create-notifications.js';

let t: TestApp;
let coordinator: Session;
let officer: Session;
let otherOfficer: Session;
let planId: number;
let baoTqId: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-03-03' });
  [coordinator, officer, otherOfficer] = await Promise.all([
    signIn(t.app, 'dieuphoi'),
    signIn(t.app, 'baotuyenquang'),
    signIn(t.app, 'songoaivu'),
  ]);
  planId = await firstPlanId(t.database.db);
  const [u] = await t.database.db.select().from(users).where(eq(users.username, 'baotuyenquang'));
  baoTqId = u!.agencyId!;
  await buildFocal(t.database.db, baoTqId, 'officer', 'tran.minh.duc@baotuyenquang.vn', 'Trần Minh Đức');
  await buildFocal(t.database.db, baoTqId, 'leader', 'tongbientap@baotuyenquang.vn', 'Tổng Biên tập');
});
afterAll(async () => {
  await t?.close();
});

describe('plan issued → notice of duties', () => {
  it('is for coordinators only', async () => {
    const response = await officer.inject({ method: 'POST', url: `/api/plans/${planId}/notify-duties`, payload: {} });
    expect(response.statusCode).toBe(403);
  });

  it('notifies every agency that owes tasks, in-app and by e-mail, and records who must acknowledge', async () => {
    const response = await coordinator.inject({
      method: 'POST',
      url: `/api/plans/${planId}/notify-duties`,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.agencies.length).toBeGreaterThan(5);
    const bao = body.agencies.find((a: { agencyId: number }) => a.agencyId === baoTqId);
    expect(bao).toMatchObject({ newlyNotified: true });
    expect(bao.duties).toBeGreaterThan(0);
    const mail = await t.database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.dedupeKey, `plan-duties:${planId}:${baoTqId}:%`));
    // The demo's own focal officials get it too; every address once.
    const addresses = mail.map((m) => m.toAddress);
    expect(addresses).toEqual(
      expect.arrayContaining(['tongbientap@baotuyenquang.vn', 'tran.minh.duc@baotuyenquang.vn']),
    );
    expect(new Set(addresses).size).toBe(addresses.length);
    const first = mail.find((m) => m.toAddress === 'tran.minh.duc@baotuyenquang.vn')!;
    expect(first.subject).toBe(
      // The demo's 2025 plan carries a number (server/demo/demo-history.ts), so the subject cites it.
      `[TTĐN] Thông báo nhiệm vụ: Nhiệm vụ của ${bao.name} theo Kế hoạch số 08/KH-UBND`,
    );
    expect(first.body).toMatch(/- Nhiệm vụ \d+(\.\d+)* \((chủ trì|phối hợp|thực hiện|chỉ đạo, hướng dẫn)\): /);
    expect(first.body.split('\n').filter((l) => l.startsWith('- Nhiệm vụ '))).toHaveLength(bao.duties);
    // Repeating notifies nobody twice.
    const again = (
      await coordinator.inject({ method: 'POST', url: `/api/plans/${planId}/notify-duties`, payload: {} })
    ).json();
    expect(again.notifications).toBe(0);
    expect(again.emails).toBe(0);
    expect(again.agencies.every((a: { newlyNotified: boolean }) => !a.newlyNotified)).toBe(true);
  });

  it('lets the agency acknowledge, and lists who has not', async () => {
    const before = (
      await coordinator.inject({ method: 'GET', url: `/api/plans/${planId}/acknowledgements?pending=true` })
    ).json();
    expect(before.items.some((i: { agencyId: number }) => i.agencyId === baoTqId)).toBe(true);
    expect((await coordinator.inject({ method: 'POST', url: `/api/plans/${planId}/acknowledge` })).statusCode).toBe(
      403,
    );
    const ack = await officer.inject({ method: 'POST', url: `/api/plans/${planId}/acknowledge` });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ agencyId: baoTqId, alreadyAcknowledged: false });
    expect(
      (await officer.inject({ method: 'POST', url: `/api/plans/${planId}/acknowledge` })).json().alreadyAcknowledged,
    ).toBe(true);
    const after = (
      await coordinator.inject({ method: 'GET', url: `/api/plans/${planId}/acknowledgements?pending=true` })
    ).json();
    expect(after.items.some((i: { agencyId: number }) => i.agencyId === baoTqId)).toBe(false);
    expect(after.pendingCount).toBe(before.pendingCount - 1);
    // Agency staff see only their own agency's row.
    const own = (await officer.inject({ method: 'GET', url: `/api/plans/${planId}/acknowledgements` })).json();
    const scope = (await t.database.db.select().from(users).where(eq(users.username, 'songoaivu')))[0]!.agencyId;
    expect(own.items.map((i: { agencyId: number }) => i.agencyId)).toContain(baoTqId);
    expect(own.items.map((i: { agencyId: number }) => i.agencyId)).not.toContain(scope);
    expect(own.items.length).toBeLessThan(before.items.length);
    const [row] = await t.database.db
      .select()
      .from(planAcknowledgements)
      .where(eq(planAcknowledgements.agencyId, baoTqId));
    expect(row!.acknowledgedBy).not.toBeNull();
  });
});

describe('notification centre', () => {
  it('asks for a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('lists the actor’s own notifications with the unread count, and marks them read', async () => {
    const list = (await officer.inject({ method: 'GET', url: '/api/notifications' })).json();
    expect(list.items.some((n: { title: string }) => n.title.startsWith('Nhiệm vụ của Báo'))).toBe(true);
    expect(list.unreadCount).toBe(list.items.length);
    const [first] = list.items;
    const read = await officer.inject({ method: 'POST', url: `/api/notifications/${first.id}/read` });
    expect(read.statusCode).toBe(200);
    expect((await officer.inject({ method: 'GET', url: '/api/notifications' })).json().unreadCount).toBe(
      list.unreadCount - 1,
    );
    // Somebody else's notification is not found, and stays unread.
    expect((await otherOfficer.inject({ method: 'POST', url: `/api/notifications/${first.id}/read` })).statusCode).toBe(
      404,
    );
    expect((await officer.inject({ method: 'POST', url: '/api/notifications/abc/read' })).statusCode).toBe(400);
  });

  it('marks all read', async () => {
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'baotuyenquang'));
    await createNotifications(
      t.database.db,
      t.clock,
      [1, 2, 3].map((n) => ({
        userId: u!.id,
        kind: 'test',
        title: `Thử ${n}`,
        body: 'Nội dung',
        dedupeKey: `test:${n}`,
      })),
    );
    const response = await officer.inject({ method: 'POST', url: '/api/notifications/read-all' });
    expect(response.json().marked).toBeGreaterThanOrEqual(3);
    expect((await officer.inject({ method: 'GET', url: '/api/notifications' })).json().unreadCount).toBe(0);
    expect((await officer.inject({ method: 'GET', url: '/api/notifications?unread=true' })).json().items).toEqual([]);
  });

  it('refuses a state change without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie: officer.cookie },
    });
    expect(response.statusCode).toBe(403);
  });
});
