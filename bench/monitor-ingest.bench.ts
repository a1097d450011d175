/**
 * Press ingest end to end (a plain script, not a test):
 *   node --import tsx bench/monitor-ingest.bench.ts [articles=5000] [batch=500] [full|summary] [stored=0]
 *   BENCH_DATABASE_URL=postgres://… node --import tsx bench/monitor-ingest.bench.ts …   (PostgreSQL)
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/monitor-ingest.bench.ts   (profile)
 * Articles of press length built from the labelled corpus (a lead article, then sentences of
 * articles on the same subject with a quarter of their words replaced; one in ten a syndicated copy
 * of an earlier one), dated over ninety days, written as RSS documents of `batch` items from six
 * outlets; each document goes the real way: parse the feed, analyse and store (one transaction per
 * document, as a poll does). Prints articles/s by wall time and by this process's CPU time (the
 * machine is shared; the database of PGlite runs in this process, PostgreSQL's does not).
 * `stored` articles, dated before the measured ones at the same rate a day, go in first and are not
 * measured: a running system's table is not empty, and a growing table is analysed at every 10 % of
 * its growth, so an empty one pays for far more analyses per article than one holding months of news.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { addDays } from '../common/calendar/iso-date.js';
import { createClock } from '../server/context.js';
import { openDatabase } from '../server/db/client.js';
import { maintainTables } from '../server/db/maintenance.js';
import { inTransaction } from '../server/db/transaction.js';
import { loadCorpus } from '../server/features/monitoring/analysis/corpus.js';
import { DEFAULT_PATHS } from '../server/features/monitoring/analysis/defaults.js';
import { type FeedArticle, rssOf } from '../server/features/monitoring/demo/rss-writer.js';
import { parseFeedText } from '../server/features/monitoring/ingest/extract.js';
import { provinceAnalyzer } from '../server/features/monitoring/province-analyzer.js';
import { storeArticles } from '../server/features/monitoring/store-articles.js';

const COUNT = Number(process.argv[2] ?? 5000);
const BATCH = Number(process.argv[3] ?? 500);
// "full": items carry the whole article (~2.5 KB, as some outlets' feeds and every single-URL page do);
// "summary": the title and the first two sentences (~0.4 KB, as most Vietnamese outlets' RSS items carry).
const ITEMS = process.argv[4] === 'summary' ? 'summary' : 'full';
const summaryOf = (body: string) =>
  body
    .split(/(?<=[.!?])\s+/)
    .slice(0, 2)
    .join(' ');
const WARM = Number(process.argv[5] ?? 0);
const baseUrl = process.env.BENCH_DATABASE_URL;

async function freshPostgres(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop database if exists ttdn_bench_ingest with (force)');
  await admin.query('create database ttdn_bench_ingest');
  await admin.end();
  const target = new URL(url);
  target.pathname = '/ttdn_bench_ingest';
  return target.toString();
}

/** CPU seconds (user + system) of the database server's backends serving `database`, by pid. */
async function serverCpu(url: string, database: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [database],
  );
  await client.end();
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // /proc/<pid>/stat: fields 14 and 15 (after the parenthesised name) are utime and stime in ticks.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The server is elsewhere or the backend ended: its CPU is not counted (reported as 0).
    }
  }
  return ticks;
}

const corpus = loadCorpus(DEFAULT_PATHS.corpus);
const vocabulary = [...new Set(corpus.flatMap((a) => (a.body ?? '').split(' ')))];
let seed = 7;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
const pools = new Map<string, string[]>();
for (const a of corpus) {
  const key = `${a.labels.relevant}:${a.labels.topics[0] ?? ''}`;
  pools.set(key, [...(pools.get(key) ?? []), ...(a.body ?? '').split(/(?<=[.!?])\s+/)]);
}
const perturb = (s: string) =>
  s
    .split(' ')
    .map((w) => (rand() < 0.25 ? pick(vocabulary) : w))
    .join(' ');
const today = '2026-12-06';
const articles: FeedArticle[] = [];
for (let i = 0; i < WARM + COUNT; i++) {
  const day = addDays(today, -89 + Math.floor(((i - WARM) / COUNT) * 90));
  const publishedAt = `${day}T${String(6 + (i % 14)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+07:00`;
  if (i % 10 === 9) {
    const earlier = articles[i - 1 - Math.floor(rand() * Math.min(i - 1, 30))]!;
    articles.push({
      ...earlier,
      id: `c${i}`,
      url: `https://copy.example.vn/${i}`,
      publishedAt,
      body: ITEMS === 'summary' ? earlier.body : earlier.body.slice(0, 1500),
    });
    continue;
  }
  const lead = corpus[i % corpus.length]!;
  const pool = pools.get(`${lead.labels.relevant}:${lead.labels.topics[0] ?? ''}`)!;
  const body = [lead.body ?? '', ...Array.from({ length: 18 }, () => perturb(pick(pool)))].join('\n');
  articles.push({
    id: `a${i}`,
    url: `https://example.vn/tin-${i}.html`,
    publishedAt,
    title: lead.title ?? '',
    body: ITEMS === 'summary' ? summaryOf(body) : body,
  });
}
const outlets = ['Báo Tuyên Quang', 'Báo Nhân Dân', 'VnExpress', 'Dân Trí', 'Tuổi Trẻ', 'Lao Động'];
const feedsOf = (from: number, to: number) => {
  const out: Array<{ outlet: string; xml: string }> = [];
  for (let i = from; i < to; i += BATCH) {
    const outlet = outlets[Math.floor(i / BATCH) % outlets.length]!;
    out.push({ outlet, xml: rssOf(outlet, articles.slice(i, Math.min(i + BATCH, to))) });
  }
  return out;
};
const warmFeeds = feedsOf(0, WARM);
const feeds = feedsOf(WARM, WARM + COUNT);
const kb = feeds.reduce((s, f) => s + f.xml.length, 0) / COUNT / 1024;
console.log(
  `${COUNT} articles (${ITEMS} items, ${kb.toFixed(1)} KB of feed each) in ${feeds.length} feeds of ${BATCH}${WARM ? `, after ${WARM} stored first` : ''}`,
);

const benchUrl = baseUrl ? await freshPostgres(baseUrl) : undefined;
const database = await openDatabase({
  databaseUrl: benchUrl,
  dataDir: mkdtempSync(join(tmpdir(), 'ttdn-ingest-')),
});
const ctx = (db: typeof database.db) =>
  ({ db, clock: createClock(today), actor: { kind: 'system' as const, name: 'bench' } }) as never;
let stored = 0;
let relevant = 0;
let maintainedAt = 0;
let maintenance = 0;
/** CPU of the maintenance passes (app and database): a running system pays it once per 10 % of growth. */
let maintenanceS = 0;

/** Parses, analyses and stores each feed, one transaction each, as polls do. */
async function ingest(list: Array<{ outlet: string; xml: string }>): Promise<void> {
  await database.withProvince(database.defaultProvinceId, async (db) => {
    for (const feed of list) {
      const url = `https://bench.invalid/${encodeURIComponent(feed.outlet)}.xml`;
      const items = parseFeedText(feed.xml, url).items;
      const result = await inTransaction(db, (tx) =>
        storeArticles(tx, ctx(db), { id: null, name: feed.outlet }, items),
      );
      stored += result.stored;
      relevant += result.relevant;
      // A running system's statistics are fresh (autovacuum on a server, the maintain-tables job on
      // the embedded database); a table never analysed gets plans no deployment sees after its first
      // minutes. The job's pass runs here every 1,000 articles, its CPU counted.
      if (stored >= maintainedAt + 1000) {
        const before = benchUrl ? await serverCpu(benchUrl, 'ttdn_bench_ingest') : new Map<number, number>();
        const appBefore = process.cpuUsage();
        maintenance += (await maintainTables(database.db)).analysed.length;
        const appUsed = process.cpuUsage(appBefore);
        maintenanceS += (appUsed.user + appUsed.system) / 1e6;
        if (benchUrl)
          for (const [pid, after] of await serverCpu(benchUrl, 'ttdn_bench_ingest'))
            maintenanceS += after - (before.get(pid) ?? 0);
        maintainedAt = stored;
      }
    }
  });
}

// The pool's connections are open by now (migrations, the first scope): their CPU is read before and after.
// The analyser is compiled once per process (profile and model, ~0.7 s), as a server does at its first poll.
const startup = performance.now();
await database.withProvince(database.defaultProvinceId, (db) => provinceAnalyzer(db, database.defaultProvinceId));
console.log(`analyser start-up ${((performance.now() - startup) / 1000).toFixed(2)} s (not counted below)`);
if (WARM) {
  await ingest(warmFeeds);
  console.log(`${stored} articles stored first (not measured)`);
  stored = 0;
  relevant = 0;
  maintainedAt = 0;
  maintenance = 0;
  maintenanceS = 0;
}
const serverBefore = benchUrl ? await serverCpu(benchUrl, 'ttdn_bench_ingest') : new Map<number, number>();
const wall = performance.now();
const cpu = process.cpuUsage();
await ingest(feeds);
const wallS = (performance.now() - wall) / 1000;
const used = process.cpuUsage(cpu);
const cpuS = (used.user + used.system) / 1e6;
console.log(
  `ingest on ${database.kind}: ${stored} stored (${relevant} relevant) in ${wallS.toFixed(1)} s: ${Math.round(stored / wallS)} articles/s wall, ${Math.round(stored / cpuS)} articles/s per core of this process's CPU (${cpuS.toFixed(2)} s); ${maintenance} tables analysed on the way (${maintenanceS.toFixed(2)} s of CPU)`,
);
if (benchUrl) {
  const serverAfter = await serverCpu(benchUrl, 'ttdn_bench_ingest');
  let dbS = 0;
  for (const [pid, after] of serverAfter) dbS += after - (serverBefore.get(pid) ?? 0);
  console.log(
    `database server backends: ${dbS.toFixed(2)} s CPU (${serverAfter.size} backends); app + database ${(cpuS + dbS).toFixed(2)} s: ${Math.round(stored / (cpuS + dbS))} articles/s per core; without the maintenance passes ${Math.round(stored / (cpuS + dbS - maintenanceS))} articles/s per core`,
  );
}
await database.close();
