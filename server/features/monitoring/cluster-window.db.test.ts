import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../common/calendar/iso-date.js';
import { createClock } from '../../context.js';
import type { Database, Db } from '../../db/client.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { inTransaction } from '../../db/transaction.js';
import { createTestDatabase } from '../../test/test-db.js';
import { corpusArticles } from './feed-server.test-support.js';
import type { RawArticle } from './ingest/extract.js';
import { storeArticles } from './store-articles.js';

// The kept near-duplicate index (cluster-window.ts) must give every poll the groups a fresh index
// of the last fourteen days would: these polls go through storeArticles one transaction each.
let database: Database;
const [story, other, third] = corpusArticles(['tc003', 'tc010', 'tc020']).map((row) => row!);
const D = '2026-03-01';
const at = (day: string) => `${day}T08:00:00+07:00`;
const raw = (key: string, day: string, from = story!): RawArticle => ({
  key,
  url: `https://bao-${key}.example.vn/tin.html`,
  title: from.title!,
  body: from.body!,
  author: null,
  publishedAt: at(day),
  language: null,
  evidence: '',
});
// `elsewhere`: the poll runs as another instance would, with an index of its own (the kept one is per handle).
const poll = (items: RawArticle[], fail = false, elsewhere = false) =>
  database.withProvince(database.defaultProvinceId, (db: Db) =>
    inTransaction(db, async (tx) => {
      const handle = elsewhere ? {} : db;
      const ctx = { db: handle, clock: createClock(addDays(D, 30)), actor: { kind: 'system', name: 'test' } } as never;
      const result = await storeArticles(tx, ctx, { id: null, name: 'Báo thử' }, items);
      if (fail) throw new Error('the poll fails after storing');
      return result.storedIds;
    }),
  );
const clusterOf = async (id: number) =>
  database.withProvince(database.defaultProvinceId, async (db: Db) => {
    const [row] = await db
      .select({ cluster: monitorArticles.clusterId })
      .from(monitorArticles)
      .where(eq(monitorArticles.id, id));
    return row?.cluster;
  });

beforeAll(async () => {
  database = await createTestDatabase('empty');
});
afterAll(async () => {
  await database.close();
});

describe('the near-duplicate index kept between polls', () => {
  it('joins a copy to a story stored by an earlier poll, and never to a story whose poll rolled back', async () => {
    const [first] = await poll([raw('goc', D)]);
    const [copy] = await poll([raw('ban-sao', addDays(D, 1))]);
    expect(await clusterOf(copy!)).toBe(first);

    await expect(poll([raw('that-bai', addDays(D, 2), other)], true)).rejects.toThrow('the poll fails');
    const [afterFailure] = await poll([raw('sao-lai', addDays(D, 3), other)]);
    expect(await clusterOf(afterFailure!)).toBe(afterFailure);
  });

  it('does not match a story published before the fourteen days, though the kept index still holds it', async () => {
    const start = addDays(D, 40);
    const [early] = await poll([raw('truoc', start, third)]);
    // A poll of thirteen days later reads the window from the day before the story: the kept index holds it.
    await poll([raw('moi', addDays(start, 13), other)]);
    // Fifteen days after the story its copy is out of the window, and starts its own group.
    const [late] = await poll([raw('muon', addDays(start, 15), third)]);
    expect(late).not.toBe(early);
    expect(await clusterOf(late!)).toBe(late);
  });

  it('groups a copy that another ingest of the province stores at the same moment', async () => {
    const day = addDays(D, 100);
    // Two feeds carry the same story at once: the second ingest waits for the first and sees its row.
    const [a, b] = await Promise.all([poll([raw('dong-thoi-1', day, other)]), poll([raw('dong-thoi-2', day, other)])]);
    const clusters = [await clusterOf(a![0]!), await clusterOf(b![0]!)];
    expect(clusters[0]).toBe(clusters[1]);
    expect([a![0], b![0]]).toContain(clusters[0]);
  });

  it('reads the rows another instance stored since its last poll, and only then', async () => {
    const day = addDays(D, 140);
    await poll([raw('lan-truoc', day, other)]);
    const [theirs] = await poll([raw('may-khac', day, third)], false, true);
    const [copy] = await poll([raw('ban-sao-may-khac', addDays(day, 1), third)]);
    expect(await clusterOf(copy!)).toBe(theirs);
    // Nothing stored meanwhile: the next poll still groups with its own earlier rows.
    const [again] = await poll([raw('ban-sao-nua', addDays(day, 2), third)]);
    expect(await clusterOf(again!)).toBe(theirs);
  });

  it('a copy of a stored copy joins the story, though the story’s first article is older than the window read', async () => {
    const start = addDays(D, 200);
    const [head] = await poll([raw('dau-tien', start, other)]);
    const [copy] = await poll([raw('sao-lan-1', addDays(start, 10), other)]);
    expect(await clusterOf(copy!)).toBe(head);
    // Twenty days on the window starts after the first article: the index is built again from the
    // stored rows (by this instance, and from nothing by another), and the copy keeps its story.
    const [late] = await poll([raw('sao-lan-2', addDays(start, 20), other)]);
    expect(await clusterOf(late!)).toBe(head);
    const [theirs] = await poll([raw('sao-lan-3', addDays(start, 21), other)], false, true);
    expect(await clusterOf(theirs!)).toBe(head);
  });

  it('has PostgreSQL parse and plan the statements of every poll once per connection', async () => {
    const day = addDays(D, 120);
    const names = await database.withProvince(database.defaultProvinceId, (db: Db) =>
      inTransaction(db, async (tx) => {
        const ctx = { db, clock: createClock(day), actor: { kind: 'system', name: 'test' } } as never;
        for (const [key, from] of [
          ['chuan-bi-1', other],
          ['chuan-bi-2', third],
        ] as const)
          await storeArticles(tx, ctx, { id: null, name: 'Báo thử' }, [raw(key, day, from)]);
        const rows = (await tx.execute<{ name: string }>(sql`select name from pg_prepared_statements`)).rows;
        return rows.map((r) => r.name.replace(/-[0-9a-z]+$/, '')).filter((n) => n.startsWith('ingest-'));
      }),
    );
    // PGlite takes no named statements from the app: there the marker is only a comment.
    const expected = ['ingest-keys', 'ingest-lock', 'ingest-rows', 'ingest-story-days', 'ingest-window'];
    expect(names.sort()).toEqual(database.kind === 'pglite' ? [] : expected);
  });

  it('forgets what two ingests of one transaction added when that transaction rolls back', async () => {
    const day = addDays(D, 80);
    await expect(
      database.withProvince(database.defaultProvinceId, (db: Db) =>
        inTransaction(db, async (tx) => {
          const ctx = { db, clock: createClock(day), actor: { kind: 'system', name: 'test' } } as never;
          await storeArticles(tx, ctx, { id: null, name: 'Báo thử' }, [raw('mot-giao-dich-1', day, third)]);
          // The second ingest sees the first one's row (same transaction): it must not take it as committed.
          await storeArticles(tx, ctx, { id: null, name: 'Báo thử' }, [raw('mot-giao-dich-2', day, other)]);
          throw new Error('the transaction fails');
        }),
      ),
    ).rejects.toThrow('the transaction fails');
    const [copy] = await poll([raw('sau-giao-dich', addDays(day, 1), third)]);
    expect(await clusterOf(copy!)).toBe(copy);
  });
});
