// Benchmark: "what does X owe as of D" and the plan-page API on a national-scale dataset, side by
// side with an empty Fastify route, at 64 connections. Run: npm run bench -- owes
// (BENCH_DATABASE_URL=postgres://… to run on a PostgreSQL server instead of embedded PGlite).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../server/app.js';
import { createClock } from '../server/context.js';
import { openDatabase } from '../server/db/client.js';
import { createUser } from '../server/features/auth/create-user.js';
import { generateNationalDataset, NATIONAL } from './national-dataset.js';

const CONNECTIONS = 64;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function measure(title: string, url: string, headers: Record<string, string>) {
  await autocannon({ url, connections: CONNECTIONS, duration: 3, headers }); // warm-up: caches, JIT
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const line = `${title.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(5)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   errors ${result.errors + result.non2xx}`;
  console.log(line);
  return result;
}

const started = Date.now();
const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: mkdtempSync(join(tmpdir(), 'ttdn-bench-')) });
const sample = await generateNationalDataset(database.db);
console.log(`dataset: ${NATIONAL.provinces} provinces × ${NATIONAL.agenciesPerProvince} agencies × ${NATIONAL.years.length} years × ${NATIONAL.tasksPerPlan} tasks on ${database.kind}, generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const clock = createClock('2025-09-01');
await createUser({ db: database.db, clock, actor: { kind: 'system', name: 'bench' } }, { username: 'bench', displayName: 'Bench', password: 'bench-password', role: 'coordinator' });
const app = await buildApp({ database, clock });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'bench-password' }) });
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

const empty = Fastify();
empty.get('/empty', async () => ({ ok: true }));
await empty.listen({ port: 0, host: '127.0.0.1' });
const emptyUrl = `http://127.0.0.1:${(empty.server.address() as { port: number }).port}/empty`;

const target = sample[17]!;
console.log(`connections ${CONNECTIONS}, ${DURATION} s each, Node ${process.version}`);
await measure('empty Fastify route', emptyUrl, {});
await measure('GET /api/owes (X as of D)', `${base}/api/owes?name=${encodeURIComponent(target.agencyName)}&planYear=2025&asOf=2025-09-01`, { cookie });
await measure('GET /api/plans/:id (agency filter)', `${base}/api/plans/${target.planIds[3]}?agencyId=${target.agencyId}&asOf=2025-09-01`, { cookie });
await measure('GET /api/plans/:id (whole tree)', `${base}/api/plans/${target.planIds[3]}?asOf=2025-09-01`, { cookie });
console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
await empty.close();
await app.close();
await database.close();
