// Load: simulated users with a mixed workload against the real app on the demo data — reading the
// board and the home page, autosaving a draft (with its version, as the web does), submitting it
// (the agency's leader approves and submits, the coordinator returns it so the cycle can go on),
// downloading the plan as DOCX. Each user loops: pick an action by weight, send it, record the latency per route.
// Run: BENCH_DATABASE_URL=postgres://… BENCH_USERS=300 BENCH_SECONDS=600 [BENCH_THINK_MS=2000] npm run bench -- load
// (defaults 300 users for 60 s; embedded PGlite when no URL). Errors: 5xx, dropped connections and
// 4xx other than 409 (a version conflict is the designed answer to two autosaves of one draft).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { parsePlanFile } from '../server/cli.js';
import { createClock } from '../server/context.js';
import { openDatabase } from '../server/db/client.js';
import { loadDemo } from '../server/demo/load-demo.js';

const USERS = Number(process.env.BENCH_USERS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
/** A person's pause between two actions, ms (uniform 0 … 2×); 0 makes every user a tight loop. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 2000);

const database = await openDatabase({
  databaseUrl: process.env.BENCH_DATABASE_URL,
  dataDir: mkdtempSync(join(tmpdir(), 'ttdn-load-')),
});
const clock = createClock('2025-05-02');
await loadDemo({ db: database.db, clock, actor: { kind: 'system', name: 'bench' } }, parsePlanFile);
const app = await buildApp({ database, clock });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

type Session = { cookie: string; csrf: string };
async function signIn(username: string): Promise<Session> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status}`);
  return {
    cookie: r.headers.get('set-cookie')!.split(';')[0]!,
    csrf: ((await r.json()) as { csrfToken: string }).csrfToken,
  };
}
// A few sessions shared by the simulated users: the sign-in limiter (rightly) refuses 300 sign-ins from one address.
const coordinator = await signIn('dieuphoi');
const leader = await signIn('lanhdao');
const officer = await signIn('songoaivu');
const agencyLeader = await signIn('lanhdaongoaivu');
const [target] = (
  await database.db.execute(sql`
    SELECT p.id AS period, u.agency_id AS agency, p.plan_id AS plan FROM reporting_periods p
    JOIN obligations o ON o.period_id = p.id JOIN users u ON u.agency_id = o.agency_id AND u.username = 'songoaivu'
    WHERE p.kind = 'semiannual' ORDER BY p.id LIMIT 1`)
).rows as Array<{ period: number; agency: number; plan: number }>;
if (!target) throw new Error('the demo has no semiannual period for songoaivu');
const submissionPath = `/api/reporting/periods/${target.period}/agencies/${target.agency}/submission`;

const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
let conflicts = 0;
type Answer = { status: number; body: string };
async function send(label: string, session: Session, path: string, init: RequestInit = {}): Promise<Answer | null> {
  const started = performance.now();
  try {
    const r = await fetch(base + path, {
      ...init,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    });
    const body = Buffer.from(await r.arrayBuffer()).toString('utf8');
    (latencies.get(label) ?? latencies.set(label, []).get(label)!).push(performance.now() - started);
    if (r.status === 409) conflicts++;
    else if (r.status >= 400) errors.set(label, (errors.get(label) ?? 0) + 1);
    return { status: r.status, body };
  } catch {
    errors.set(label, (errors.get(label) ?? 0) + 1);
    return null;
  }
}

const ACTIONS: Array<[number, () => Promise<unknown>]> = [
  [35, () => send('GET board', coordinator, `/api/reporting/periods/${target.period}/board`)],
  [20, () => send('GET home', [coordinator, leader, officer][Math.floor(Math.random() * 3)]!, '/api/home')],
  [
    30,
    async () => {
      const r = await send('GET submission', officer, submissionPath);
      let version: { submission?: { version?: number } } | null = null;
      try {
        version = r?.status === 200 ? JSON.parse(r.body) : null;
      } catch {
        version = null;
      }
      await send('PUT autosave draft', officer, submissionPath, {
        method: 'PUT',
        body: JSON.stringify({ version: version?.submission?.version ?? 0, difficulties: `Khó khăn ${Math.random()}` }),
      });
    },
  ],
  [
    5,
    async () => {
      // Approve, submit, return: each step may meet another user's (409, a designed answer).
      const r = await send('GET submission', agencyLeader, submissionPath);
      const id = r?.status === 200 ? (JSON.parse(r.body) as { submission?: { id?: number } }).submission?.id : null;
      if (!id) return;
      const at = `/api/reporting/submissions/${id}`;
      await send('POST approve', agencyLeader, `${at}/approve`, { method: 'POST', body: '{}' });
      await send('POST submit', agencyLeader, `${at}/submit`, { method: 'POST', body: '{}' });
      await send('POST return', coordinator, `${at}/return`, { method: 'POST', body: '{"reason":"Bổ sung số liệu"}' });
    },
  ],
  [10, () => send('GET plan export.docx', leader, `/api/plans/${target.plan}/export.docx`)],
];
const TOTAL = ACTIONS.reduce((n, [w]) => n + w, 0);

const deadline = Date.now() + SECONDS * 1000;
async function user(): Promise<void> {
  while (Date.now() < deadline) {
    let pick = Math.random() * TOTAL;
    const action =
      ACTIONS.find(([w]) => {
        pick -= w;
        return pick < 0;
      }) ?? ACTIONS[0]!;
    await action[1]();
    if (THINK_MS > 0) await new Promise((r) => setTimeout(r, Math.random() * 2 * THINK_MS));
  }
}
console.log(
  `load: ${USERS} users for ${SECONDS} s, think ${THINK_MS} ms, on ${database.kind}, Node ${process.version}`,
);
await Promise.all(Array.from({ length: USERS }, user));

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!.toFixed(0);
let total = 0;
for (const [label, xs] of [...latencies].sort()) {
  xs.sort((a, b) => a - b);
  total += xs.length;
  console.log(
    `${label.padEnd(22)} ${String(xs.length).padStart(7)} req   p50 ${pct(xs, 50).padStart(5)} ms   p99 ${pct(xs, 99).padStart(5)} ms   errors ${errors.get(label) ?? 0}`,
  );
}
const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
console.log(
  `total ${total} requests (${(total / SECONDS).toFixed(0)}/s), errors ${errorCount}, version conflicts ${conflicts}`,
);
await app.close();
await database.close();
process.exit(errorCount === 0 ? 0 : 1);
