import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { type Database, openPglite, openPostgres, createPglite } from './db/client.js';
import { verifyAuditChain } from './features/audit/verify-audit-chain.js';

// Crash safety, measured: a real server process takes 500 concurrent writes (calendar days, each
// with its audit row and the rescheduling of open periods, one transaction each) and is killed with
// SIGKILL in the middle. After a restart every acknowledged write is there, and nothing is half
// written: each stored day has its audit row and the audit chain verifies.
const WRITES = 500;
const KILL_AFTER_ACKS = 150;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A database the child can open: the demo image in a data folder, or a copy of the demo template. */
async function prepareDatabase(): Promise<{
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}> {
  const templates = inject('pgTemplates');
  if (templates) {
    const name = `ttdn_crash_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: templates.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${templates.demo}`);
    await admin.end();
    const url = new URL(templates.url);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      open: () => openPostgres(url.toString()),
      drop: async () => {
        const cleanup = new pg.Client({ connectionString: templates.url });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-crash-'));
  const image = readFileSync(inject('pgliteImages').demo);
  const seed = await createPglite(join(dir, 'pglite'), { loadDataDir: new Blob([image]) });
  await seed.close();
  return { env: { TTDN_DATA_DIR: dir, DATABASE_URL: '' }, open: () => openPglite(dir), drop: async () => {} };
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/ttdn.mjs', 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', TTDN_TODAY: '2025-06-01', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${stderr}`);
}

/** The i-th write's day: distinct days of 2031, so no write touches another's row. */
const dayOf = (i: number) => new Date(Date.UTC(2031, 0, 1 + i)).toISOString().slice(0, 10);

describe('crash safety', () => {
  it(`kill -9 during ${WRITES} concurrent writes: every acknowledged write survives, none is half written`, async () => {
    const database = await prepareDatabase();
    const port = await freePort();
    const child = await startServer(database.env, port);
    try {
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'dieuphoi', password: 'demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const acked: string[] = [];
      const writes = Array.from({ length: WRITES }, (_, i) =>
        fetch(`${base}/api/calendar/entries`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ date: dayOf(i), name: `Ngày thử ${i}`, kind: 'holiday' }),
        }).then(
          (r) => {
            if (r.status === 200) acked.push(dayOf(i));
            if (acked.length === KILL_AFTER_ACKS) child.kill('SIGKILL');
            return r.status;
          },
          () => 0, // the connection died with the server
        ),
      );
      const statuses = await Promise.all(writes);
      expect(child.signalCode ?? 'SIGKILL').toBe('SIGKILL');
      await new Promise((r) =>
        child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r(null),
      );
      // Nothing but 200 or a dropped connection: no write failed for another reason.
      expect(statuses.filter((s) => s !== 200 && s !== 0)).toEqual([]);
      expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(acked.length).toBeLessThan(WRITES);

      // Restart: open the database as the next server would (PGlite takes over the dead process's lock).
      const reopened = await database.open();
      try {
        const stored = (
          await reopened.db.execute(sql`SELECT date::text AS date FROM calendar_entries WHERE date >= '2031-01-01'`)
        ).rows.map((r) => String(r.date));
        const audited = new Set(
          (
            await reopened.db.execute(
              sql`SELECT subject_id FROM audit_events WHERE action = 'calendar.set' AND subject_id >= '2031-01-01'`,
            )
          ).rows.map((r) => String(r.subject_id)),
        );
        const lost = acked.filter((d) => !stored.includes(d));
        const halfWritten = stored.filter((d) => !audited.has(d));
        console.log(
          `crash safety (${reopened.kind}): ${acked.length} acknowledged, ${stored.length} stored, ${lost.length} lost, ${halfWritten.length} half written`,
        );
        expect(lost).toEqual([]);
        expect(halfWritten).toEqual([]);
        expect([...audited].filter((d) => !stored.includes(d))).toEqual([]);
        expect((await verifyAuditChain(reopened.db)).problems).toEqual([]);
      } finally {
        await reopened.close();
      }
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await database.drop();
    }
  }, 300_000);
});
