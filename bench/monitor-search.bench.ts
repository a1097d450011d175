/**
 * Press search over generated articles (a plain script, not a test):
 *   BENCH_DATABASE_URL=postgres://postgres@localhost/postgres node --import tsx bench/monitor-search.bench.ts 1000000
 *   node --import tsx bench/monitor-search.bench.ts 100000          (embedded PGlite)
 * Generates the articles inside the database (titles of 8 and bodies of 60 words drawn from a
 * Vietnamese vocabulary with place names, common words far more frequent than rare ones), then
 * times the article list's own query function (listStories, in the province's scope) on a mix of
 * searches: common and rare words, with and without diacritics, a phrase, a misspelt name, the
 * filters alone and with words. Prints p50/p95 per search and over the mix. Target: p95 ≤ 50 ms
 * on PostgreSQL at 1,000,000.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { ArticleQuery } from '../common/contracts/monitoring.js';
import { createClock } from '../server/context.js';
import { openDatabase } from '../server/db/client.js';
import { listStories } from '../server/features/monitoring/monitoring.queries.js';
import { refreshSearchWords } from '../server/features/monitoring/search.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 40);
// BENCH_ONLY=generate: stop once the articles are in (to search them later with BENCH_REUSE=1).
const generateOnly = process.env.BENCH_ONLY === 'generate';
const baseUrl = process.env.BENCH_DATABASE_URL;

// BENCH_REUSE=1: search the articles a previous run generated (PostgreSQL) instead of generating again.
const reuse = process.env.BENCH_REUSE === '1' && Boolean(baseUrl);

async function freshPostgres(url: string): Promise<string> {
  const name = 'ttdn_bench_search';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (!reuse) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

const database = await openDatabase({
  databaseUrl: baseUrl ? await freshPostgres(baseUrl) : undefined,
  dataDir: mkdtempSync(join(tmpdir(), 'ttdn-search-')),
});
const { db } = database;

// Common words first: an index drawn as n·r³ picks the first words far more often than the last.
const vocabulary = [
  'Tuyên Quang',
  'tỉnh',
  'huyện',
  'xã',
  'người dân',
  'phát triển',
  'kinh tế',
  'du lịch',
  'văn hóa',
  'đồng bào',
  'dân tộc',
  'cán bộ',
  'chính quyền',
  'năm',
  'tháng',
  'ngày',
  'công trình',
  'dự án',
  'đầu tư',
  'nông nghiệp',
  'sản xuất',
  'hợp tác xã',
  'thu hút',
  'du khách',
  'lễ hội',
  'biên giới',
  'bộ đội',
  'đồn biên phòng',
  'giao thông',
  'đường',
  'cầu',
  'trường học',
  'học sinh',
  'bệnh viện',
  'y tế',
  'mưa lớn',
  'sạt lở',
  'lũ quét',
  'thiệt hại',
  'Hà Giang',
  'Đồng Văn',
  'Mèo Vạc',
  'Lũng Cú',
  'Mã Pí Lèng',
  'Yên Minh',
  'Quản Bạ',
  'Hoàng Su Phì',
  'Xín Mần',
  'Na Hang',
  'Lâm Bình',
  'Chiêm Hóa',
  'Hàm Yên',
  'Sơn Dương',
  'Yên Sơn',
  'Tân Trào',
  'Khâu Vai',
  'Bắc Mê',
  'Vị Xuyên',
  'chè Shan tuyết',
  'cam sành',
  'tam giác mạch',
  'thắng cảnh',
  'cao nguyên đá',
  'công viên địa chất',
  'homestay',
  'chương trình',
  'mục tiêu',
  'quốc gia',
  'giảm nghèo',
  'nhà ở',
  'hộ nghèo',
  'vốn',
  'ngân sách',
  'tỷ đồng',
  'hội nghị',
  'lãnh đạo',
  'chủ tịch',
  'ủy ban',
  'nhân dân',
  'chỉ đạo',
  'triển khai',
  'kế hoạch',
  'kiểm tra',
  'an ninh',
  'trật tự',
  'công an',
  'tội phạm',
  'ma túy',
  'bắt giữ',
  'điều tra',
  'tin giả',
  'xuyên tạc',
  'mạng xã hội',
  'tôn giáo',
  'tín ngưỡng',
  'nhân quyền',
  'hợp tác',
  'Trung Quốc',
  'cửa khẩu',
  'Thanh Thủy',
  'xuất khẩu',
  'hàng hóa',
  'rừng',
  'trồng rừng',
  'môi trường',
  'nước sạch',
  'điện',
  'viễn thông',
  'chuyển đổi số',
  'doanh nghiệp',
  'thuế',
  'giá',
  'thị trường',
  'lúa',
  'ngô',
  'trâu',
  'bò',
  'dê',
  'mật ong',
  'bạc hà',
  'rượu ngô',
  'thổ cẩm',
  'khèn',
  'chợ phiên',
  'chợ tình',
  'nhà trình tường',
  'dinh thự',
  'họ Vương',
  'cột cờ',
  'sông Nho Quế',
  'Tu Sản',
  'hẻm vực',
];
const n = vocabulary.length;
const words = sql.join(
  vocabulary.map((w) => sql`${w}`),
  sql`, `,
);
const started = performance.now();
const CHUNK = 50_000;
for (let from = 1; from <= (reuse ? 0 : COUNT); from += CHUNK) {
  const to = Math.min(COUNT, from + CHUNK - 1);
  await db.execute(sql`
    with v(words) as (select array[${words}]::text[])
    insert into monitor_articles (outlet, external_key, title, body, day, published_at, fetched_at, relevant, score,
      tone, topics, flags, analysis, signature, search_text, search, cluster_id)
    select o.outlet, 'bench:' || g, t.title, b.body, d.day, d.day + interval '8 hours', now(), g % 10 < 7, 0.9,
      (array['positive','neutral','neutral','negative'])[1 + g % 4],
      jsonb_build_array((array['tourism','agriculture','infrastructure','culture-festivals','security-order'])[1 + g % 5]),
      case when g % 97 = 0 then '["false-information"]'::jsonb else '[]'::jsonb end,
      '{}'::jsonb, '', ttdn_fold(t.title || ' ' || b.body), to_tsvector('simple', ttdn_fold(t.title || ' ' || b.body)),
      case when g % 8 = 0 then g - 1 else g end
    from generate_series(${from}::int, ${to}::int) as g
    cross join lateral (select (array['Báo Tuyên Quang','Báo Nhân Dân','VnExpress','Dân Trí','Tuổi Trẻ','Lao Động'])[1 + g % 6] as outlet) o
    cross join lateral (select (date '2026-12-06' - (g % 1095)) as day) d
    cross join lateral (select array_to_string(array(select (select words from v)[1 + floor(${n} * random() ^ 3)::int]
      from generate_series(1, 8) where g > 0), ' ') as title) t
    cross join lateral (select array_to_string(array(select (select words from v)[1 + floor(${n} * random() ^ 3)::int]
      from generate_series(1, 60) where g > 0), ' ') || '.' as body) b`);
  process.stdout.write(`\r${to} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
// A fresh database numbers the articles 1…N as generated: one in eight is a copy of the one before.
await db.execute(sql`analyze monitor_articles`);
console.log(
  `\ngenerated ${COUNT} articles on ${database.kind} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

if (generateOnly) {
  await database.close();
  process.exit(0);
}
// The hourly job's work: the word list that misspelt words are corrected against.
const wordsStarted = performance.now();
const { words: wordCount } = await database.withProvince(database.defaultProvinceId, (scoped) =>
  refreshSearchWords(scoped),
);
console.log(`word list: ${wordCount} words in ${((performance.now() - wordsStarted) / 1000).toFixed(1)} s`);
if (process.env.BENCH_ONLY === 'words') {
  await database.close();
  process.exit(0);
}
const searches: Array<[string, ArticleQuery]> = [
  ['common words, no diacritics', { q: 'tuyen quang' }],
  ['place name with diacritics', { q: 'Mèo Vạc' }],
  ['rare word', { q: 'Tu Sản' }],
  ['phrase', { q: '"cao nguyên đá"' }],
  ['misspelt name (trigrams)', { q: 'khau vay' }],
  ['two rare words', { q: 'dinh thự họ Vương' }],
  ['filters only (topic, tone)', { topic: 'tourism', tone: 'negative' }],
  ['words + tone + dates', { q: 'sat lo', tone: 'negative', from: '2026-09-01', to: '2026-12-06' }],
  ['flag', { flag: 'false-information' }],
  ['page 5 of a common word', { q: 'du lich', page: 5 }],
];
const ctx = (scoped: typeof db) => ({
  db: scoped,
  clock: createClock('2026-12-06'),
  actor: { kind: 'system' as const, name: 'bench' },
});
const run = (query: ArticleQuery) =>
  database.withProvince(database.defaultProvinceId, (scoped) => listStories(ctx(scoped) as never, query));
const pct = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.ceil((p / 100) * list.length) - 1]!;
const all: number[] = [];
for (const [, query] of searches) await run(query); // warm the caches once
for (const [label, query] of searches) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    total = (await run(query)).total;
    times.push(performance.now() - t0);
  }
  all.push(...times);
  console.log(
    `${label.padEnd(30)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p95 ${pct(times, 95).toFixed(1).padStart(6)} ms  matches ${total}`,
  );
}
console.log(
  `search over ${COUNT} articles on ${database.kind}: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms (${all.length} searches)`,
);
await database.close();
