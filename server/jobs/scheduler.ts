import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Clock, ProvinceRunner, RequestContext } from '../context.js';
import type { Database, Db } from '../db/client.js';
import { listActiveProvinces } from '../features/provinces/provinces.queries.js';
import { jobRuns } from '../db/schema/reporting.js';
import type { Mailer } from '../mail/mailer.js';
import type { ReminderConfig } from '../features/reminders/reminder-schedule.js';

/** What a job receives: the usual context (system actor, injected clock) plus the mailer and settings. */
export type JobContext = RequestContext & {
  mailer: Mailer | null;
  log: (line: string) => void;
  reminderConfig?: ReminderConfig;
};

/** A named sweep: when it is due (its run key) and what it does. */
export type JobDefinition = {
  name: string;
  /** The key of the run due at this moment (e.g. the date), or null when nothing is due yet. */
  runKeyAt(now: Date, today: string): string | null;
  /** Wait until this job's run with the same key is done (the digest waits for the reminders). */
  after?: string;
  /** Runs once for each province, in its scope (reminders, digests); otherwise once for the system. */
  perProvince?: boolean;
  run(ctx: JobContext): Promise<unknown>;
};

/** How the scheduler reaches each province: the list of provinces and a way into one's scope. */
export type ProvinceSweep = {
  list(): Promise<Array<{ id: number; code: string }>>;
  run: ProvinceRunner;
};

/** The sweep over a database's active provinces. */
export function sweepProvincesOf(database: Database): ProvinceSweep {
  return {
    list: () => listActiveProvinces(database.db),
    run: (provinceId, work) => database.withProvince(provinceId, work),
  };
}

/** Hour of the day in Vietnam (UTC+7, no daylight saving). */
export function hourInVietnam(now: Date): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCHours();
}

/** Run key of a daily job: today's date once the Vietnam clock has reached `atHour`. */
export function daily(atHour: number): JobDefinition['runKeyAt'] {
  return (now, today) => (hourInVietnam(now) >= atHour ? today : null);
}

/** Run key of a frequent job: the start of the current `minutes`-long slot, e.g. "2025-05-08T07:30". */
export function every(minutes: number): JobDefinition['runKeyAt'] {
  const slotMs = minutes * 60_000;
  return (now) => new Date(Math.floor(now.getTime() / slotMs) * slotMs).toISOString().slice(0, 16);
}

export type ClaimOptions = { staleAfterMs: number; retryFailedAfterMs: number };

/**
 * Claims the run (name, runKey) for `instanceId`. The insert wins for exactly one instance (unique
 * index). Otherwise the run can only be taken over when it was left 'running' longer than
 * staleAfterMs (its process died) or failed longer than retryFailedAfterMs ago; the conditional
 * UPDATE re-checks that condition under the row lock, so of two instances racing for a stale run
 * only one gets a row back.
 */
export async function claimRun(
  db: Db,
  name: string,
  runKey: string,
  instanceId: string,
  now: Date,
  options: ClaimOptions,
): Promise<{ id: number; takenOver: boolean } | null> {
  const inserted = await db
    .insert(jobRuns)
    .values({ name, runKey, status: 'running', claimedBy: instanceId, startedAt: now })
    .onConflictDoNothing({ target: [jobRuns.name, jobRuns.runKey] })
    .returning({ id: jobRuns.id });
  if (inserted[0]) return { id: inserted[0].id, takenOver: false };
  const staleBefore = new Date(now.getTime() - options.staleAfterMs);
  const failedBefore = new Date(now.getTime() - options.retryFailedAfterMs);
  const taken = await db
    .update(jobRuns)
    .set({ status: 'running', claimedBy: instanceId, startedAt: now, finishedAt: null })
    .where(
      and(
        eq(jobRuns.name, name),
        eq(jobRuns.runKey, runKey),
        or(
          and(eq(jobRuns.status, 'running'), lt(jobRuns.startedAt, staleBefore)),
          and(eq(jobRuns.status, 'failed'), lt(jobRuns.finishedAt, failedBefore)),
        ),
      ),
    )
    .returning({ id: jobRuns.id });
  return taken[0] ? { id: taken[0].id, takenOver: true } : null;
}

/** Records the end of a run, only if this instance still holds it (a taken-over zombie writes nothing). */
export async function finishRun(
  db: Db,
  id: number,
  instanceId: string,
  now: Date,
  outcome: { ok: true; result: unknown } | { ok: false; error: string },
): Promise<boolean> {
  const rows = await db
    .update(jobRuns)
    .set(
      outcome.ok
        ? { status: 'done', finishedAt: now, result: (outcome.result ?? null) as never, lastError: null }
        : { status: 'failed', finishedAt: now, lastError: outcome.error.slice(0, 2000) },
    )
    .where(and(eq(jobRuns.id, id), eq(jobRuns.claimedBy, instanceId), eq(jobRuns.status, 'running')))
    .returning({ id: jobRuns.id });
  return rows.length > 0;
}

export type SchedulerOptions = {
  db: Db;
  clock: Clock;
  jobs: JobDefinition[];
  /** Distinguishes instances in job_runs.claimed_by; host:pid:random by default. */
  instanceId?: string;
  pollSeconds?: number;
  staleAfterMs?: number;
  retryFailedAfterMs?: number;
  mailer?: Mailer | null;
  reminderConfig?: ReminderConfig;
  log?: (line: string) => void;
  /** Where per-province jobs run; without it they run once on `db` (a single-province test). */
  provinces?: ProvinceSweep;
};

/** What one tick did for one job. */
export type TickEntry = {
  name: string;
  runKey: string;
  outcome: 'ran' | 'took-over' | 'failed' | 'held-elsewhere' | 'waiting';
  result?: unknown;
  error?: string;
};

/** The polling loop: start/stop for the server, tick() for tests and the CLI. */
export type Scheduler = { instanceId: string; tick(): Promise<TickEntry[]>; start(): void; stop(): Promise<void> };

/**
 * A database-backed scheduler: every `pollSeconds` it asks each job for its due run key and runs
 * the run only if this instance claims it in job_runs. Instances share nothing but the database,
 * so any number may poll one PostgreSQL and each run still happens once; a restart loses nothing
 * because a missed run is still unclaimed (or stale) at the next poll.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const claim: ClaimOptions = {
    staleAfterMs: options.staleAfterMs ?? 30 * 60_000,
    retryFailedAfterMs: options.retryFailedAfterMs ?? 5 * 60_000,
  };
  const log = options.log ?? ((line: string) => console.log(line));
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<TickEntry[]> | null = null;
  let stopped = true;

  async function isDone(name: string, runKey: string): Promise<boolean> {
    const [row] = await options.db
      .select({ status: jobRuns.status })
      .from(jobRuns)
      .where(and(eq(jobRuns.name, name), eq(jobRuns.runKey, runKey)));
    return row?.status === 'done';
  }

  async function runOnce(): Promise<TickEntry[]> {
    const entries: TickEntry[] = [];
    for (const job of options.jobs) {
      const runKey = job.runKeyAt(options.clock.now(), options.clock.today());
      if (runKey === null) continue;
      if (job.after && !(await isDone(job.after, runKey))) {
        entries.push({ name: job.name, runKey, outcome: 'waiting' });
        continue;
      }
      const claimed = await claimRun(options.db, job.name, runKey, instanceId, options.clock.now(), claim);
      if (!claimed) {
        entries.push({ name: job.name, runKey, outcome: 'held-elsewhere' });
        continue;
      }
      const ctx: JobContext = {
        db: options.db,
        clock: options.clock,
        actor: { kind: 'system', name: `job:${job.name}` },
        mailer: options.mailer ?? null,
        reminderConfig: options.reminderConfig,
        log,
      };
      try {
        const result = await runJob(job, ctx);
        await finishRun(options.db, claimed.id, instanceId, options.clock.now(), { ok: true, result });
        entries.push({ name: job.name, runKey, outcome: claimed.takenOver ? 'took-over' : 'ran', result });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await finishRun(options.db, claimed.id, instanceId, options.clock.now(), { ok: false, error: message });
        log(`Công việc ${job.name} (${runKey}) lỗi / job failed: ${message}`);
        entries.push({ name: job.name, runKey, outcome: 'failed', error: message });
      }
    }
    return entries;
  }

  // A province's failure does not stop the others; the run fails (and is retried) if any failed,
  // which is safe because the per-province jobs are idempotent per day.
  async function runJob(job: JobDefinition, ctx: JobContext): Promise<unknown> {
    const sweep = options.provinces;
    if (!job.perProvince || !sweep) return job.run(ctx);
    const results: Record<string, unknown> = {};
    const failures: string[] = [];
    for (const province of await sweep.list()) {
      try {
        results[province.code] = await sweep.run(province.id, (db) => job.run({ ...ctx, db }));
      } catch (error) {
        failures.push(`${province.code}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0) throw new Error(failures.join('; '));
    const values = Object.values(results);
    return values.length === 1 ? values[0] : results;
  }

  // A database outage must not kill the loop: log and poll again.
  const tickLogged = () =>
    tick().catch((error: unknown) =>
      log(`Lỗi bộ lập lịch / scheduler error: ${error instanceof Error ? error.message : String(error)}`),
    );

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => void tickLogged().finally(schedule), (options.pollSeconds ?? 30) * 1000);
    timer.unref();
  }

  // One tick at a time per instance; a tick asked for while one runs shares its result.
  function tick(): Promise<TickEntry[]> {
    current ??= runOnce().finally(() => {
      current = null;
    });
    return current;
  }

  return {
    instanceId,
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      void tickLogged().finally(schedule);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await current?.catch(() => {});
    },
  };
}

/** Deletes finished runs older than `keepDays` (frequent jobs write one row per slot). */
export async function pruneJobRuns(db: Db, now: Date, keepDays = 30): Promise<number> {
  const rows = await db
    .delete(jobRuns)
    .where(and(eq(jobRuns.status, 'done'), lt(jobRuns.startedAt, new Date(now.getTime() - keepDays * 86_400_000))))
    .returning({ id: jobRuns.id });
  return rows.length;
}
