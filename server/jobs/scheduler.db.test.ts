import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../db/client.js';
import { jobRuns, notifications, outboxEmails } from '../db/schema/reporting.js';
import { buildObligedAgency, buildPeriod, fakeClock } from '../features/reminders/reminders.test-support.js';
import { createMemoryMailer } from '../mail/mailer.js';
import { createTestDatabase, usingPostgres } from '../test/test-db.js';
import { DELIVER_OUTBOX } from './deliver-outbox.job.js';
import { claimRun, createScheduler, daily, finishRun, type JobDefinition } from './scheduler.js';
import { SEND_DAILY_DIGEST } from './send-daily-digest.job.js';
import { SEND_REPORT_REMINDERS } from './send-report-reminders.job.js';

let database: Database;
/** A second, independent handle: another connection pool on PostgreSQL; the same database on PGlite. */
let other: Database;
beforeAll(async () => {
  database = await createTestDatabase('demo');
  if (usingPostgres()) {
    const pool = (database.db as unknown as { $client: { options: { connectionString: string } } }).$client;
    other = await openPostgres(pool.options.connectionString);
  } else {
    other = database;
  }
});
afterAll(async () => {
  if (other && other !== database) await other.close();
  await database?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A daily job that counts its runs and takes a while, so two instances overlap. */
function countingJob(name: string, counter: { n: number }, options: { fail?: () => boolean } = {}): JobDefinition {
  return {
    name,
    runKeyAt: daily(7),
    async run() {
      counter.n++;
      await sleep(30);
      if (options.fail?.()) throw new Error('Lỗi thử');
      return { n: counter.n };
    },
  };
}

describe(`two scheduler instances on one database (${usingPostgres() ? 'PostgreSQL, two connection pools' : 'PGlite, two scheduler objects'})`, () => {
  it('run each job once per run key however often both poll', async () => {
    const counters = { a: { n: 0 }, b: { n: 0 } };
    const jobs = [countingJob('count-a', counters.a), countingJob('count-b', counters.b)];
    const clock = fakeClock('2025-06-02T07:05:00+07:00');
    const one = createScheduler({ db: database.db, clock, jobs, instanceId: 'instance-1', log: () => {} });
    const two = createScheduler({ db: other.db, clock, jobs, instanceId: 'instance-2', log: () => {} });
    // A tick asked for while one runs shares it, so the first two results are the whole story.
    const [fromOne, fromTwo] = await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
    await Promise.all([one.tick(), two.tick()]);
    const entries = [...fromOne!, ...fromTwo!];
    expect(counters.a.n).toBe(1);
    expect(counters.b.n).toBe(1);
    expect(entries.filter((e) => e.outcome === 'ran')).toHaveLength(2);
    expect(entries.filter((e) => e.outcome === 'held-elsewhere')).toHaveLength(2);
    const rows = await database.db.select().from(jobRuns).where(like(jobRuns.name, 'count-%'));
    expect(rows.map((r) => [r.name, r.runKey, r.status])).toEqual(
      expect.arrayContaining([
        ['count-a', '2025-06-02', 'done'],
        ['count-b', '2025-06-02', 'done'],
      ]),
    );
    expect(rows).toHaveLength(2);
    // The next day is a new run.
    clock.set('2025-06-03T07:00:00+07:00');
    await Promise.all([one.tick(), two.tick()]);
    expect([counters.a.n, counters.b.n]).toEqual([2, 2]);
  });

  it('send one reminder and one digest e-mail per recipient with the real jobs', async () => {
    const period = await buildPeriod(database.db, {
      dueOn: '2025-06-13',
      label: '06 tháng đầu năm 2025 (thử lập lịch)',
    });
    const agency = await buildObligedAgency(database.db, period.id, 'Sở Y tế (thử lập lịch)');
    const clock = fakeClock('2025-06-12T07:30:00+07:00'); // before-1 of a period due Fri 13/6/2025
    const jobs = [SEND_REPORT_REMINDERS, SEND_DAILY_DIGEST, DELIVER_OUTBOX];
    const mailers = [createMemoryMailer(), createMemoryMailer()];
    const one = createScheduler({
      db: database.db,
      clock,
      jobs,
      instanceId: 'web-1',
      mailer: mailers[0],
      log: () => {},
    });
    const two = createScheduler({ db: other.db, clock, jobs, instanceId: 'web-2', mailer: mailers[1], log: () => {} });
    for (let minute = 0; minute < 3; minute++) {
      await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
      clock.advance(60_000);
    }
    const inbox = await database.db.select().from(notifications).where(eq(notifications.userId, agency.officerUserId));
    expect(inbox.map((n) => n.dedupeKey)).toEqual([
      `reminder:${period.id}:${agency.agency.id}:before-1:${agency.officerUserId}`,
    ]);
    const sent = mailers.flatMap((m) => m.sent);
    expect(sent.map((m) => m.to)).toEqual([agency.officerEmail]);
    expect(sent[0]!.subject).toBe('[TTĐN] Nhắc việc ngày 12/06/2025: 1 báo cáo chưa gửi');
    const [mail] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, agency.officerEmail));
    expect(mail).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

describe('restart: a run left running by a dead instance', () => {
  it('is taken over only after the timeout, by one instance, and the dead one cannot overwrite it', async () => {
    const counter = { n: 0 };
    const jobs = [countingJob('count-stale', counter)];
    const clock = fakeClock('2025-06-04T09:00:00+07:00');
    const [dead] = await database.db
      .insert(jobRuns)
      .values({
        name: 'count-stale',
        runKey: '2025-06-04',
        status: 'running',
        claimedBy: 'dead-instance',
        startedAt: new Date(clock.now().getTime() - 10 * 60_000),
      })
      .returning();
    const options = { jobs, clock, staleAfterMs: 30 * 60_000, log: () => {} };
    const one = createScheduler({ ...options, db: database.db, instanceId: 'restarted-1' });
    const two = createScheduler({ ...options, db: other.db, instanceId: 'restarted-2' });
    expect((await one.tick())[0]?.outcome).toBe('held-elsewhere');
    expect(counter.n).toBe(0);
    clock.advance(25 * 60_000); // started 35 minutes ago: stale
    const entries = (await Promise.all([one.tick(), two.tick()])).flat();
    expect(entries.map((e) => e.outcome).sort()).toEqual(['held-elsewhere', 'took-over']);
    expect(counter.n).toBe(1);
    const [row] = await database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.name, 'count-stale'), eq(jobRuns.runKey, '2025-06-04')));
    expect(row).toMatchObject({ id: dead!.id, status: 'done' });
    expect(['restarted-1', 'restarted-2']).toContain(row!.claimedBy);
    // The "dead" instance wakes up and tries to record its end: nothing changes.
    expect(await finishRun(database.db, dead!.id, 'dead-instance', clock.now(), { ok: false, error: 'late' })).toBe(
      false,
    );
    expect((await database.db.select().from(jobRuns).where(eq(jobRuns.id, dead!.id)))[0]?.status).toBe('done');
  });

  it('retries a failed run after the retry delay, not before', async () => {
    const counter = { n: 0 };
    let failing = true;
    const clock = fakeClock('2025-06-05T08:00:00+07:00');
    const scheduler = createScheduler({
      db: database.db,
      clock,
      jobs: [countingJob('count-fail', counter, { fail: () => failing })],
      retryFailedAfterMs: 5 * 60_000,
      log: () => {},
    });
    expect((await scheduler.tick())[0]).toMatchObject({ outcome: 'failed', error: 'Lỗi thử' });
    expect((await scheduler.tick())[0]?.outcome).toBe('held-elsewhere');
    failing = false;
    clock.advance(6 * 60_000);
    expect((await scheduler.tick())[0]?.outcome).toBe('took-over');
    expect(counter.n).toBe(2);
  });

  it('claims with a plain insert, and a fresh running claim is not stolen', async () => {
    const now = new Date('2025-06-06T01:00:00Z');
    const opts = { staleAfterMs: 60_000, retryFailedAfterMs: 60_000 };
    expect(await claimRun(database.db, 'manual', 'k', 'a', now, opts)).toMatchObject({ takenOver: false });
    expect(await claimRun(other.db, 'manual', 'k', 'b', now, opts)).toBeNull();
    expect(await claimRun(other.db, 'manual', 'k', 'b', new Date(now.getTime() + 61_000), opts)).toMatchObject({
      takenOver: true,
    });
  });

  it('does not run a daily job before its hour', async () => {
    const counter = { n: 0 };
    const scheduler = createScheduler({
      db: database.db,
      clock: fakeClock('2025-06-09T06:59:00+07:00'),
      jobs: [countingJob('count-early', counter)],
      log: () => {},
    });
    expect(await scheduler.tick()).toEqual([]);
  });
});
