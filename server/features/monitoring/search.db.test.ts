import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { createClock } from '../../context.js';
import { createScheduler, sweepProvincesOf } from '../../jobs/index.js';
import { REFRESH_MONITOR_WORDS } from '../../jobs/monitoring.job.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { searchTextOf, searchVectorOf } from './search-text.js';
import {
  fullTextMatch,
  matchesTsQuery,
  matchesTsQueryByWalking,
  queryTerms,
  tsQueryFromTerms,
  tsQueryOf,
} from './search.js';

let t: TestApp;
let coordinator: Session;
let leader: Session;

const paste = async (outlet: string, title: string, body: string, publishedAt: string) => {
  const response = await coordinator.inject({
    method: 'POST',
    url: '/api/monitoring/articles/pasted',
    payload: { outlet, title, body, publishedAt },
  });
  expect(response.statusCode, response.body).toBe(201);
};
const search = async (query: Record<string, string>) => {
  const response = await coordinator.inject({
    method: 'GET',
    url: `/api/monitoring/articles?${new URLSearchParams(query)}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    stories: Array<{ title: string; tone: string }>;
    total: number;
    totalCapped: boolean;
    approximate: boolean;
  };
};
const titles = async (query: Record<string, string>) => (await search(query)).stories.map((s) => s.title).sort();

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-10-30' });
  coordinator = await signIn(t.app, 'dieuphoi');
  leader = await signIn(t.app, 'lanhdao');
  await paste(
    'Báo Tuyên Quang',
    'Mùa hoa tam giác mạch trên cao nguyên đá Đồng Văn',
    'Những ngày này, hoa tam giác mạch nở rộ khắp cao nguyên đá Đồng Văn, tỉnh Tuyên Quang, thu hút hàng nghìn lượt du khách. Đèo Mã Pí Lèng đông khách dịp cuối tuần.',
    '2025-10-20T08:00:00+07:00',
  );
  await paste(
    'Báo Nhân Dân',
    'Mèo Vạc khai mạc phiên chợ tình Khâu Vai',
    'Huyện Mèo Vạc, tỉnh Tuyên Quang khai mạc lễ hội chợ tình Khâu Vai, thu hút đông đảo đồng bào dân tộc Mông và du khách gần xa.',
    '2025-10-25T09:00:00+07:00',
  );
  await paste(
    'Báo Lao Động',
    'Sạt lở đất làm hư hỏng nhà dân tại Tuyên Quang',
    'Mưa lớn kéo dài gây sạt lở đất tại xã Lũng Cú, tỉnh Tuyên Quang; chính quyền đã di dời các hộ dân đến nơi an toàn. Lèng Mã Pí là tên một con dốc khác.',
    '2025-10-28T10:00:00+07:00',
  );
  // The hourly job builds the word list that misspelt words are corrected against.
  const scheduler = createScheduler({
    db: t.database.db,
    clock: createClock('2025-10-30'),
    jobs: [REFRESH_MONITOR_WORDS],
    provinces: sweepProvincesOf(t.database),
    instanceId: 'test',
    log: () => {},
  });
  await scheduler.tick();
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('press search (PostgreSQL full text with unaccent and pg_trgm)', () => {
  it('finds the same stories with and without diacritics', async () => {
    const accented = await titles({ q: 'Mèo Vạc' });
    expect(accented).toEqual(['Mèo Vạc khai mạc phiên chợ tình Khâu Vai']);
    expect(await titles({ q: 'meo vac' })).toEqual(accented);
    expect(await titles({ q: 'MEO VAC' })).toEqual(accented);
    // đ folds to d: "dong van" finds "Đồng Văn".
    expect(await titles({ q: 'dong van' })).toEqual(['Mùa hoa tam giác mạch trên cao nguyên đá Đồng Văn']);
  });

  it('reads a quoted phrase as words in that order', async () => {
    expect(await titles({ q: 'ma pi leng' })).toHaveLength(2);
    expect(await titles({ q: '"mã pí lèng"' })).toEqual(['Mùa hoa tam giác mạch trên cao nguyên đá Đồng Văn']);
  });

  it('corrects a misspelt place name to the nearest known words and finds its article', async () => {
    // "vay" and "ngyen" occur in no article: each is widened to its nearest words ("vai", "nguyen").
    const misspelt = await search({ q: 'khau vay' });
    expect(misspelt.stories.map((s) => s.title)).toEqual(['Mèo Vạc khai mạc phiên chợ tình Khâu Vai']);
    expect(misspelt.approximate).toBe(true);
    expect(await titles({ q: '"cao ngyen da"' })).toEqual(['Mùa hoa tam giác mạch trên cao nguyên đá Đồng Văn']);
    expect((await search({ q: 'khau vai' })).approximate).toBe(false);
    expect(await titles({ q: 'zzzz qqqq' })).toEqual([]);
  });

  it('combines the words with the filters of tone, topic and dates', async () => {
    const all = await search({ q: 'tuyen quang' });
    expect(all.total).toBe(3);
    expect(all.totalCapped).toBe(false);
    expect(await titles({ q: 'tuyen quang', from: '2025-10-24', to: '2025-10-26' })).toEqual([
      'Mèo Vạc khai mạc phiên chợ tình Khâu Vai',
    ]);
    const negative = await search({ q: 'tuyen quang', tone: 'negative' });
    expect(negative.stories.every((s) => s.tone === 'negative')).toBe(true);
    const tourism = await titles({ q: 'tuyen quang', topic: 'tourism' });
    expect(tourism).toContain('Mùa hoa tam giác mạch trên cao nguyên đá Đồng Văn');
    expect(tourism).not.toContain('Sạt lở đất làm hư hỏng nhà dân tại Tuyên Quang');
  });

  it('matches the same articles by the index and by walking the list', async () => {
    const ids = (condition: ReturnType<typeof matchesTsQuery>) =>
      t.database.withProvince(t.database.defaultProvinceId, async (db) =>
        (await db.select({ id: monitorArticles.id }).from(monitorArticles).where(condition)).map((r) => r.id).sort(),
      );
    for (const tsquery of ['tuyen & quang', '(ma <-> pi <-> leng)', 'khau & (vay | vai)', 'zzzz']) {
      const byIndex = await ids(matchesTsQuery(tsquery));
      expect(await ids(matchesTsQueryByWalking(tsquery))).toEqual(byIndex);
      expect(byIndex.length).toBe(tsquery === 'zzzz' ? 0 : tsquery.startsWith('tuyen') ? 3 : 1);
    }
  });

  it('lets the index intersect only the rarest words and checks the common ones on the rows', async () => {
    // "tuyen" and "quang" are in every article, "khau" in one: the index is asked for "khau" alone.
    const condition = await t.database.withProvince(t.database.defaultProvinceId, (db) =>
      fullTextMatch(db, queryTerms('Tuyên Quang Khâu')),
    );
    const { sql: text, params } = new PgDialect().sqlToQuery(condition!);
    expect(text).toContain('@@ $1::tsquery');
    expect(text).toContain('ts_match_vq(');
    expect(params).toEqual(['khau', 'tuyen & quang & khau']);
    expect(await titles({ q: 'Tuyên Quang Khâu' })).toEqual(['Mèo Vạc khai mạc phiên chợ tình Khâu Vai']);
  });

  it('turns a query into tsquery syntax with nothing but folded words', () => {
    expect(tsQueryOf('Mèo Vạc')).toBe('meo & vac');
    expect(tsQueryOf('"Mã Pí Lèng" đèo')).toBe('(ma <-> pi <-> leng) & deo');
    expect(tsQueryOf("a & b | !c:* 'd'")).toBe('a & b & c & d');
    expect(tsQueryOf(' "" ! ')).toBeNull();
    const alternatives = new Map([['vay', ['vai', 'van']]]);
    expect(tsQueryFromTerms([{ words: ['khau', 'vay'], phrase: true }], alternatives)).toBe(
      '(khau <-> (vay | vai | van))',
    );
  });
});

describe('the search vector built by the app', () => {
  const vectorOf = async (literal: string) =>
    (await t.database.db.execute<{ v: string }>(sql`select ${literal}::tsvector::text as v`)).rows[0]!.v;

  it("holds what PostgreSQL's own parser makes of plain press text, words and positions alike", async () => {
    const text = searchTextOf(
      'Đồng Văn đón 2 triệu lượt khách',
      'Hoa tam giác mạch nở rộ trên cao nguyên đá Đồng Văn; khách đến Đồng Văn, Mèo Vạc và Lũng Cú.\nMã Pí Lèng',
    );
    const byPostgres = await t.database.db.execute<{ v: string }>(
      sql`select to_tsvector('simple', ${text})::text as v`,
    );
    expect(await vectorOf(searchVectorOf(text))).toBe(byPostgres.rows[0]!.v);
  });

  it('cuts words as queries are cut, so numbers, hyphens and other scripts are found', async () => {
    const vector = searchVectorOf(searchTextOf('Giá 15.000 đồng/kg', 'COVID-19 ở Hà Giang; 中文 ok'));
    expect(await vectorOf(vector)).toBe(
      "'000':3 '15':2 '19':7 'covid':6 'dong':4 'gia':1 'giang':10 'ha':9 'kg':5 'o':8 'ok':12 '中文':11",
    );
    const matches = async (query: string) =>
      (
        await t.database.db.execute<{ m: boolean }>(
          sql`select ${vector}::tsvector @@ ${tsQueryOf(query)}::tsquery as m`,
        )
      ).rows[0]!.m;
    expect(await matches('"15.000 đồng"')).toBe(true);
    expect(await matches('covid-19')).toBe(true);
    expect(await matches('"Hà Giang"')).toBe(true);
    expect(await matches('"Giang Hà"')).toBe(false);
    expect(await matches('中文')).toBe(true);
  });

  it('stores the large values of articles without pglz (lz4 on the server, uncompressed on PGlite), indexed in bulk', async () => {
    const columns = await t.database.db.execute<{ name: string; compression: string; storage: string }>(sql`
      select attname as name, attcompression::text as compression, attstorage::text as storage from pg_attribute
      where attrelid = 'monitor_articles'::regclass and attname in ('body', 'search', 'analysis', 'evidence')`);
    expect(columns.rows).toHaveLength(4);
    // The search index merges new rows in bulk, every 1 MB (0020).
    const options = await t.database.db.execute<{ options: string[] }>(
      sql`select reloptions as options from pg_class where relname = 'monitor_articles_search_idx'`,
    );
    expect(options.rows[0]!.options).toEqual(expect.arrayContaining(['fastupdate=on', 'gin_pending_list_limit=1024']));
    for (const column of columns.rows)
      expect([column.compression, column.storage]).toSatisfy(
        ([compression, storage]: string[]) => compression === 'l' || storage === 'e',
      );
  });

  it("keeps within PostgreSQL's limits: 256 positions a word, positions up to 16383, no overlong word", async () => {
    const vector = searchVectorOf(`${'a '.repeat(20_000)}b ${'x'.repeat(3000)}`);
    const stored = await vectorOf(vector);
    expect(stored.startsWith("'a':1,2,3,")).toBe(true);
    expect(stored.match(/'a':([\d,]+)/)![1]!.split(',')).toHaveLength(256);
    expect(stored).toContain("'b':16383");
    expect(stored).not.toContain('xxx');
  });
});

describe('saved searches', () => {
  it('keeps a user\u2019s searches by name, replaces one saved again, and deletes only their own', async () => {
    const save = (session: Session, name: string, query: Record<string, string>) =>
      session.inject({ method: 'POST', url: '/api/monitoring/saved-searches', payload: { name, query } });
    const list = async (session: Session) =>
      (await session.inject({ method: 'GET', url: '/api/monitoring/saved-searches' })).json().searches as Array<{
        id: number;
        name: string;
        query: Record<string, string>;
      }>;
    expect((await save(coordinator, 'Mèo Vạc tiêu cực', { q: 'meo vac', tone: 'negative' })).statusCode).toBe(201);
    expect(
      (await save(coordinator, 'Mèo Vạc tiêu cực', { q: 'Mèo Vạc', tone: 'negative', from: '2025-10-01' })).statusCode,
    ).toBe(201);
    const mine = await list(coordinator);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      name: 'Mèo Vạc tiêu cực',
      query: { q: 'Mèo Vạc', tone: 'negative', from: '2025-10-01' },
    });
    expect(await list(leader)).toEqual([]);
    const id = mine[0]!.id;
    expect((await leader.inject({ method: 'DELETE', url: `/api/monitoring/saved-searches/${id}` })).json()).toEqual({
      removed: 0,
    });
    expect(
      (await coordinator.inject({ method: 'DELETE', url: `/api/monitoring/saved-searches/${id}` })).json(),
    ).toEqual({ removed: 1 });
    expect(await list(coordinator)).toEqual([]);
    expect((await save(coordinator, '', { q: 'x' })).statusCode).toBe(400);
  });
});
