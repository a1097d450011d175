import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Milestone } from '../../../common/contracts/calendar-events.js';
import { and, eq, like } from 'drizzle-orm';
import { isoDateInVietnam } from '../../../common/calendar/index.js';
import { createClock } from '../../context.js';
import { notifications } from '../../db/schema/reporting.js';
import { auditEvents } from '../../db/schema/system.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { agencyIdByName } from '../reporting/reporting.test-support.js';
import { sendMilestoneReminders } from './send-milestone-reminders.js';

let t: TestApp;
let coordinator: Session;
let officer: Session;
let bao: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-03-20' });
  coordinator = await signIn(t.app, 'dieuphoi');
  officer = await signIn(t.app, 'baotuyenquang');
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
});
afterAll(() => t.close());

/** Parses iCal text with ical.js (an independent RFC 5545 parser) into its events. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: event.endDate,
      description: event.description,
    };
  });
}

describe('the events calendar', () => {
  it('lists the year’s anniversaries, a lunar festival and a campaign with its expected outputs', async () => {
    const festival = await coordinator.inject({
      method: 'POST',
      url: '/api/events/festivals',
      payload: { name: 'Lễ hội Thử nghiệm âm lịch', calendar: 'lunar', month: 3, day: 10, place: 'Tuyên Quang' },
    });
    expect(festival.statusCode, festival.body).toBe(201);
    const campaign = await coordinator.inject({
      method: 'POST',
      url: '/api/events/campaigns',
      payload: {
        title: 'Đợt tuyên truyền thử 50 năm giải phóng miền Nam',
        anniversaryKey: 'liberation',
        startsOn: '2025-04-01',
        endsOn: '2025-04-30',
        outputs: [{ agencyId: bao, code: 'NEWS_BY_LANGUAGE', expected: 20 }],
      },
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    const refused = await officer.inject({
      method: 'POST',
      url: '/api/events/festivals',
      payload: { name: 'Không được phép', calendar: 'solar', month: 1, day: 1 },
    });
    expect(refused.statusCode).toBe(403);
    const list = (await officer.inject({ method: 'GET', url: '/api/events/milestones?year=2025' })).json()
      .milestones as Milestone[];
    expect(list.find((m) => m.key === 'anniversary:liberation:2025')).toMatchObject({
      years: 50,
      round: true,
      decade: true,
    });
    expect(list.find((m) => m.title === 'Lễ hội Thử nghiệm âm lịch')).toMatchObject({
      date: '2025-04-07',
      lunar: '10/3 âm lịch',
    });
    const c = list.find((m) => m.kind === 'campaign' && m.title.includes('thử 50 năm'))!;
    expect(c.outputs).toEqual([
      expect.objectContaining({ agency: 'Báo và Phát thanh, Truyền hình Tuyên Quang', expected: 20 }),
    ]);
  });

  it('counts what a campaign’s agency did within the campaign’s dates against what was expected', async () => {
    const created = await coordinator.inject({
      method: 'POST',
      url: '/api/events/campaigns',
      payload: {
        title: 'Đợt tuyên truyền thử tháng Ba',
        startsOn: '2025-03-01',
        endsOn: '2025-03-31',
        outputs: [{ agencyId: bao, code: 'NEWS_BY_LANGUAGE', expected: 10 }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const options = (await officer.inject({ method: 'GET', url: '/api/activities/options' })).json();
    const record = async (startsOn: string, outputs: { code: string; breakdownKey?: string; value: number }[]) => {
      const r = await officer.inject({
        method: 'POST',
        url: '/api/activities',
        payload: {
          agencyId: bao,
          taskId: options.tasks[0].id,
          kind: 'article',
          title: `Tin ${startsOn}`,
          startsOn,
          outputs,
        },
      });
      expect(r.statusCode, r.body).toBe(201);
    };
    await record('2025-03-05', [
      { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 3 },
      { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'zh', value: 2 },
    ]);
    await record('2025-03-18', [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 1 }]);
    await record('2025-02-27', [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 7 }]);
    const list = (await officer.inject({ method: 'GET', url: '/api/events/milestones?year=2025' })).json()
      .milestones as Milestone[];
    const campaign = list.find((m) => m.title === 'Đợt tuyên truyền thử tháng Ba')!;
    expect(campaign.outputs).toEqual([expect.objectContaining({ expected: 10, actual: 6 })]);
    // A campaign nobody has worked on yet shows 0, not a missing figure.
    const april = list.find((m) => m.kind === 'campaign' && m.title.includes('thử 50 năm'))!;
    expect(april.outputs[0]!.actual).toBe(0);
  });

  it('lets the coordinator correct and remove a festival or a campaign, refusing a stale version', async () => {
    const created = await coordinator.inject({
      method: 'POST',
      url: '/api/events/festivals',
      payload: { name: 'Lễ hội gõ sai ngày', calendar: 'solar', month: 9, day: 12, place: 'Hàm Yên' },
    });
    const id = created.json().id as number;
    const read = async () =>
      (
        (await officer.inject({ method: 'GET', url: '/api/events/milestones?year=2025' })).json()
          .milestones as Milestone[]
      )
        .filter((m) => m.festival?.id === id)
        .map((m) => m.festival!);
    expect(await read()).toEqual([expect.objectContaining({ version: 1, day: 12, place: 'Hàm Yên' })]);
    const change = (version: number, day: number) =>
      coordinator.inject({
        method: 'PUT',
        url: `/api/events/festivals/${id}`,
        payload: { name: 'Lễ hội đã sửa ngày', calendar: 'solar', month: 9, day, place: 'Hàm Yên', version },
      });
    const first = await change(1, 21);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ id, version: 2 });
    const stale = await change(1, 22);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', params: { currentVersion: 2 } });
    expect(await read()).toEqual([expect.objectContaining({ version: 2, day: 21, name: 'Lễ hội đã sửa ngày' })]);
    const notAllowed = await officer.inject({ method: 'DELETE', url: `/api/events/festivals/${id}?version=2` });
    expect(notAllowed.statusCode).toBe(403);
    expect(
      (await coordinator.inject({ method: 'DELETE', url: `/api/events/festivals/${id}?version=1` })).statusCode,
    ).toBe(409);
    const removed = await coordinator.inject({ method: 'DELETE', url: `/api/events/festivals/${id}?version=2` });
    expect(removed.json()).toEqual({ removed: 1 });
    expect(await read()).toEqual([]);
    const gone = await change(2, 23);
    expect(gone.statusCode).toBe(404);

    const campaign = await coordinator.inject({
      method: 'POST',
      url: '/api/events/campaigns',
      payload: {
        title: 'Đợt tuyên truyền sẽ sửa',
        startsOn: '2025-05-01',
        endsOn: '2025-05-31',
        outputs: [{ agencyId: bao, code: 'NEWS_BY_LANGUAGE', expected: 5 }],
      },
    });
    const campaignId = campaign.json().id as number;
    const edited = await coordinator.inject({
      method: 'PUT',
      url: `/api/events/campaigns/${campaignId}`,
      payload: {
        title: 'Đợt tuyên truyền đã sửa',
        startsOn: '2025-05-10',
        endsOn: '2025-06-10',
        outputs: [{ agencyId: bao, code: 'NEWS_BY_LANGUAGE', expected: 12 }],
        version: 1,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const list = (await officer.inject({ method: 'GET', url: '/api/events/milestones?year=2025' })).json()
      .milestones as Milestone[];
    const shown = list.find((m) => m.campaign?.id === campaignId)!;
    expect(shown).toMatchObject({ title: 'Đợt tuyên truyền đã sửa', date: '2025-05-10', endsOn: '2025-06-10' });
    expect(shown.campaign!.outputs).toEqual([{ agencyId: bao, code: 'NEWS_BY_LANGUAGE', expected: 12 }]);
    const inverted = await coordinator.inject({
      method: 'PUT',
      url: `/api/events/campaigns/${campaignId}`,
      payload: { title: 'Đợt tuyên truyền đã sửa', startsOn: '2025-06-10', endsOn: '2025-05-10', version: 2 },
    });
    expect(inverted.json().error.code).toBe('DATE_RANGE_INVERTED');
    expect(
      (await coordinator.inject({ method: 'DELETE', url: `/api/events/campaigns/${campaignId}?version=2` })).statusCode,
    ).toBe(200);
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          like(auditEvents.action, '%.%'),
          eq(auditEvents.subjectType, 'campaign'),
          eq(auditEvents.subjectId, String(campaignId)),
        ),
      );
    expect(audit.map((a) => a.action).sort()).toEqual(['campaign.create', 'campaign.delete', 'campaign.update']);
  });

  it('serves an iCal feed behind a secret link, without a cookie, that a parser reads', async () => {
    const created = await officer.inject({
      method: 'POST',
      url: '/api/events/feed-tokens',
      payload: { scope: 'agency' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { path } = created.json() as { path: string };
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const events = parseEvents(feed.body);
    const party = events.find((e) => e.uid === 'anniversary:party:2025@ttdn')!;
    expect(party.summary).toBe('★ Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)');
    expect(party.start.isDate).toBe(true);
    expect(party.start.toString()).toBe('2025-02-03');
    expect(party.end.toString()).toBe('2025-02-04');
    // Next year's are there too, not round ones without the star.
    expect(events.find((e) => e.uid === 'anniversary:party:2026@ttdn')!.summary.startsWith('★')).toBe(false);
    expect(events.some((e) => e.uid.startsWith('festival:'))).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    const wrong = await t.app.inject({ method: 'GET', url: `/api/events/feed/ttdncal_${'x'.repeat(32)}` });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('CALENDAR_FEED_INVALID');

    // The owner lists the link (used once now) and revokes it: it stops at once; nobody else can revoke it.
    const mine = (await officer.inject({ method: 'GET', url: '/api/events/feed-tokens' })).json().tokens;
    expect(mine[0]).toMatchObject({ scope: 'agency', lastUsedAt: expect.any(String) });
    const someoneElse = await coordinator.inject({ method: 'DELETE', url: `/api/events/feed-tokens/${mine[0].id}` });
    expect(someoneElse.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    const revoked = await officer.inject({ method: 'DELETE', url: `/api/events/feed-tokens/${mine[0].id}` });
    expect(revoked.json()).toEqual({ revoked: 1 });
    const after = await t.app.inject({ method: 'GET', url: path });
    expect(after.statusCode).toBe(401);
    expect((await officer.inject({ method: 'GET', url: '/api/events/feed-tokens' })).json().tokens).toEqual(
      mine.slice(1),
    );
  });

  it('reminds the coordinators 10 and 3 working days before a round anniversary, once', async () => {
    const ctxAt = (today: string) => ({
      db: t.database.db,
      clock: createClock(today),
      actor: { kind: 'system' as const, name: 'test' },
    });
    for (let d = 1; d <= 29; d++) {
      const today = `2025-04-${String(d).padStart(2, '0')}`;
      await sendMilestoneReminders(ctxAt(today));
      expect((await sendMilestoneReminders(ctxAt(today))).reminders).toBe(0);
    }
    const sent = await t.database.db
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, 'milestone:anniversary:liberation:2025:%'));
    // 30/4/2025 (Wed): 10 working days before is Thu 17/04; 3 before is Sat 26/04, the Saturday worked in
    // exchange for Fri 02/05 (domain facts §5.3).
    const days = new Map(sent.map((n) => [n.dedupeKey.split(':')[5], isoDateInVietnam(n.createdAt)]));
    expect(Object.fromEntries(days)).toEqual({ '10': '2025-04-17', '3': '2025-04-26' });
    expect(sent[0]!.title).toContain('50 năm');
  });
});
