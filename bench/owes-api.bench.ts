// Benchmark: "what does X owe as of D" and both plan-page variants on the synthetic national
// dataset, beside an empty Fastify route, at 64 connections. Every party is its own process: the
// app's server(s) (`node bin/ttdn.mjs serve`, compiled), the empty route's server, the optional
// round-robin proxy, and the load generator (autocannon's CLI). Run: npm run bench -- owes
//   BENCH_PROVINCES (34)  provinces, each a tenant of 250 agencies × 5 years × 40 tasks
//   BENCH_SECONDS (10)    seconds per route, after a 3 s warm-up
//   BENCH_INSTANCES (1)   app servers behind a local round-robin proxy (PostgreSQL only)
//   BENCH_DATABASE_URL    a PostgreSQL server (a fresh database is created on it); else PGlite
//   BENCH_DATABASE_NAME   that database's name (ttdn_bench_<provinces>p); never a database others use
//   BENCH_ACCEPT_ENCODING  sent by the load generator as a browser does ('gzip, deflate, br'); none when absent
//   BENCH_REVALIDATE (0)  1: send each answer's ETag in If-None-Match, as a browser revalidating its copy
//   BENCH_PROFILE_DIR     the app server writes a CPU profile there (node --cpu-prof) when it stops
//   BENCH_REUSE (0)       1: reuse the PostgreSQL database and sample a previous run left (no generation)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createClock } from '../server/context.js';
import { type Database, openPglite, openPostgres } from '../server/db/client.js';
import { createUser } from '../server/features/users/create-user.js';
import { generateNationalDataset, NATIONAL, type ProvinceSample } from './national-dataset.js';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = 64;
const PROVINCES = Number(process.env.BENCH_PROVINCES ?? NATIONAL.provinces);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const DATABASE_URL = process.env.BENCH_DATABASE_URL;
const DATABASE_NAME = process.env.BENCH_DATABASE_NAME ?? `ttdn_bench_${PROVINCES}p`;
const REUSE = process.env.BENCH_REUSE === '1';
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING;
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const REVALIDATE = process.env.BENCH_REVALIDATE === '1';
const TODAY = '2025-09-01';
// Long enough for the password policy (server/features/auth/password-policy.ts).
const BENCH_PASSWORD = 'Đo-tốc-độ 2025 trên dữ liệu toàn quốc';
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child process that prints its port on its first line of output. */
function startPrintingPort(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn('node', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ child, port: Number(String(chunk).trim()) }));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** Starts one app server (`ttdn serve`) and waits until /api/health answers. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn('node', [...profile, 'bin/ttdn.mjs', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', TTDN_TODAY: TODAY, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`ttdn serve exited with ${child.exitCode}`);
    if (waited > 60_000) throw new Error('ttdn serve did not answer within a minute');
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, port };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
  '2xx': number;
  '3xx': number;
  /** CPU time the answering server spent per request (µs): comparable across a shared machine's loads. */
  cpuPerRequest?: number;
};

/** Runs autocannon's CLI as a child process and reads its JSON summary. */
function autocannon(url: string, seconds: number, cookie?: string, etag?: string): Promise<Result> {
  const args = ['node_modules/autocannon/autocannon.js', '-j', '-c', String(CONNECTIONS), '-d', String(seconds)];
  if (cookie) args.push('-H', `cookie=${cookie}`);
  if (etag) args.push('-H', `if-none-match=${etag}`);
  if (ACCEPT_ENCODING) args.push('-H', `accept-encoding=${ACCEPT_ENCODING}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn('node', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
    });
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Result) : reject(new Error(out))));
  });
}

const ROUNDS = 3;

/** Sums rounds of one route: requests per second and p50 averaged, the worst p99, all errors. */
function combine(rounds: Result[]): Result {
  const mean = (f: (r: Result) => number) => rounds.reduce((n, r) => n + f(r), 0) / rounds.length;
  return {
    requests: { average: mean((r) => r.requests.average), total: rounds.reduce((n, r) => n + r.requests.total, 0) },
    latency: { p50: Math.round(mean((r) => r.latency.p50)), p99: Math.max(...rounds.map((r) => r.latency.p99)) },
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    '2xx': rounds.reduce((n, r) => n + r['2xx'], 0),
    '3xx': rounds.reduce((n, r) => n + r['3xx'], 0),
    cpuPerRequest:
      rounds.reduce((n, r) => n + (r.cpuPerRequest ?? 0) * r.requests.total, 0) /
      Math.max(
        1,
        rounds.reduce((n, r) => n + r.requests.total, 0),
      ),
  };
}

/** Failed requests: transport errors and any answer but 2xx, or 304 when revalidating. */
const errorsOf = (r: Result) => r.errors + r.non2xx - (REVALIDATE ? r['3xx'] : 0);

/** The route's line, in the form runs are compared by. */
function print(title: string, r: Result): void {
  console.log(
    `${title.padEnd(36)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(5)} ms   errors ${errorsOf(r)}   server cpu ${(r.cpuPerRequest ?? 0).toFixed(0)} µs/req`,
  );
}

/**
 * Warms every route up (caches, JIT), then measures them in ROUNDS interleaved rounds of
 * SECONDS / ROUNDS each: the machine is shared, and its load moves between the routes otherwise.
 */
async function measureAll(
  targets: ReadonlyArray<{ title: string; url: string; cookie?: string; etag?: string; pids: number[] }>,
) {
  for (const t of targets) await autocannon(t.url, 2, t.cookie, t.etag);
  const rounds = targets.map(() => [] as Result[]);
  const slice = Math.max(2, Math.round(SECONDS / ROUNDS));
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, t] of targets.entries()) {
      const before = cpuMicrosOf(t.pids);
      const result = await autocannon(t.url, slice, t.cookie, t.etag);
      result.cpuPerRequest = (cpuMicrosOf(t.pids) - before) / Math.max(1, result.requests.total);
      rounds[i]!.push(result);
    }
  return rounds.map(combine);
}

/** The bytes of one answer as they travel (compressed when the headers ask for it). */
function bytesOf(url: string, headers: Record<string, string>): Promise<{ bytes: number; etag?: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve({ bytes, etag: response.headers.etag }));
    }).once('error', reject);
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** User and system CPU time processes have spent, in µs (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMicrosOf(pids: number[]): number {
  let micros = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
    micros += (Number(fields[11]) + Number(fields[12])) * 10_000;
  }
  return micros;
}

function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

/** A fresh database on the given PostgreSQL server (dropped first if a run left it). */
async function freshPostgres(url: string): Promise<string> {
  const name = DATABASE_NAME;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_NAME ${name}: lowercase letters, digits, _`);
  if (REUSE) return databaseUrl(url, name);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return databaseUrl(url, name);
}

function databaseUrl(server: string, name: string): string {
  const target = new URL(server);
  target.pathname = `/${name}`;
  return target.toString();
}

// What a generated dataset is asked about, kept beside it so that BENCH_REUSE=1 can skip generating.
const SAMPLE_FILE = join(tmpdir(), `${DATABASE_NAME}.sample.json`);

try {
  if (INSTANCES > 1 && !DATABASE_URL)
    throw new Error('BENCH_INSTANCES > 1 needs BENCH_DATABASE_URL (PGlite is one process)');
  const started = performance.now();
  let database: Database;
  let serverEnv: Record<string, string>;
  if (DATABASE_URL) {
    const url = await freshPostgres(DATABASE_URL);
    database = await openPostgres(url);
    serverEnv = { DATABASE_URL: url };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-bench-'));
    database = await openPglite(dir);
    serverEnv = { TTDN_DATA_DIR: dir, DATABASE_URL: '' };
  }
  const reused = REUSE && DATABASE_URL !== undefined;
  const sample = reused
    ? (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as ProvinceSample[])
    : await generateNationalDataset(database, PROVINCES);
  const target = sample[Math.min(17, sample.length - 1)]!;
  if (!reused) {
    await database.withProvince(target.provinceId, (db) =>
      createUser(
        { db, clock: createClock(TODAY), actor: { kind: 'system', name: 'bench' } },
        { username: 'bench', displayName: 'Bench', password: BENCH_PASSWORD, role: 'coordinator' },
      ),
    );
    if (DATABASE_URL) writeFileSync(SAMPLE_FILE, JSON.stringify(sample));
  }
  const kind = database.kind;
  await database.close();
  console.log(
    `dataset${reused ? ' (reused)' : ''}: ${PROVINCES} provinces × ${NATIONAL.agenciesPerProvince} agencies × ${NATIONAL.years.length} years × ${NATIONAL.tasksPerPlan} tasks on ${kind}, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const servers: Array<{ child: ChildProcess; port: number }> = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(serverEnv));
  const proxy =
    INSTANCES > 1
      ? await startPrintingPort(['bench/processes/round-robin-proxy.mjs', ...servers.map((s) => String(s.port))])
      : null;
  const base = `http://127.0.0.1:${proxy?.port ?? servers[0]!.port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: BENCH_PASSWORD }),
  });
  if (!login.ok) throw new Error(`bench sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const empty = await startPrintingPort(['bench/processes/empty-server.mjs']);
  // The scheduler's first tick (every province's reminders and digest) runs at start: let it pass.
  await new Promise((resolve) => setTimeout(resolve, 5_000));

  console.log(
    `connections ${CONNECTIONS}, ${SECONDS} s each, ${INSTANCES} instance(s)${proxy ? ' behind a round-robin proxy' : ''}${ACCEPT_ENCODING ? `, accept-encoding: ${ACCEPT_ENCODING}` : ''}${REVALIDATE ? ', if-none-match: the answer’s ETag (304)' : ''}, Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const routes = [
    [
      'GET /api/owes (X as of D)',
      `/api/owes?name=${encodeURIComponent(target.agencyName)}&planYear=2025&asOf=${TODAY}`,
    ],
    ['GET /api/plans/:id (agency filter)', `/api/plans/${target.planIds[3]}?agencyId=${target.agencyId}&asOf=${TODAY}`],
    ['GET /api/plans/:id (whole tree)', `/api/plans/${target.planIds[3]}?asOf=${TODAY}`],
  ] as const;
  const sizes = [];
  const etags: Array<string | undefined> = [];
  for (const [title, path] of routes) {
    const plain = await bytesOf(`${base}${path}`, { cookie });
    const sent = ACCEPT_ENCODING
      ? (await bytesOf(`${base}${path}`, { cookie, 'accept-encoding': ACCEPT_ENCODING })).bytes
      : plain.bytes;
    etags.push(REVALIDATE ? plain.etag : undefined);
    sizes.push(
      `${title.split(' (')[1]?.replace(')', '') ?? title} ${kb(plain.bytes)}${sent === plain.bytes ? '' : ` (${kb(sent)} sent)`}`,
    );
  }
  console.log(`answer sizes: ${sizes.join(', ')}`);
  const results = await measureAll([
    { title: 'empty Fastify route', url: `http://127.0.0.1:${empty.port}/empty`, pids: [empty.child.pid!] },
    // Behind the proxy: the app servers' CPU together (the proxy's is not counted).
    ...routes.map(([title, path], i) => ({
      title,
      url: `${base}${path}`,
      cookie,
      etag: etags[i],
      pids: servers.map((s) => s.child.pid!),
    })),
  ]);
  const ceiling = results[0]!;
  print('empty Fastify route', ceiling);
  for (const [i, [title]] of routes.entries()) print(title, results[i + 1]!);
  const shares = routes.map(
    ([title], i) =>
      `${title.split(' (')[1]?.replace(')', '') ?? title} ${((100 * results[i + 1]!.requests.average) / ceiling.requests.average).toFixed(0)} %`,
  );
  console.log(`share of the empty route: ${shares.join(', ')}`);
  console.log(
    `rss ${servers.map((s) => `${rssOf(s.child.pid!).toFixed(0)} MB`).join(' + ')} (server${INSTANCES > 1 ? 's' : ''}, ${kind}), load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
} finally {
  for (const child of children.reverse()) {
    if (child.exitCode !== null) continue;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
