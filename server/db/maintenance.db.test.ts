import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.js';
import { maintainTables } from './maintenance.js';
import { createTestDatabase } from '../test/test-db.js';

// The embedded database has no autovacuum daemon: without maintainTables its tables are never
// analysed, and the planner plans every query on guessed sizes.
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase('empty');
});
afterAll(async () => {
  await database.close();
});

const statsOf = async (table: string) =>
  (
    await database.db.execute<{ tuples: number; modified: number; dead: number }>(sql`
      select c.reltuples::float8 as tuples, coalesce(s.n_mod_since_analyze, 0)::int as modified,
             coalesce(s.n_dead_tup, 0)::int as dead
      from pg_class c left join pg_stat_user_tables s on s.relid = c.oid where c.relname = ${table}`)
  ).rows[0]!;

/** The cumulative statistics reach pg_stat_user_tables a moment after the writing transaction. */
async function untilCounted(table: string, check: (s: Awaited<ReturnType<typeof statsOf>>) => boolean) {
  for (let i = 0; i < 50 && !check(await statsOf(table)); i++) await new Promise((r) => setTimeout(r, 200));
}

describe('table maintenance (analyse and vacuum by autovacuum’s rule)', () => {
  it('analyses a table that changed, vacuums one full of dead rows, and leaves fresh ones alone', async () => {
    await database.db.execute(sql`create table maintenance_probe (id int primary key, note text)`);
    await database.db.execute(
      sql`insert into maintenance_probe select g, 'ghi chú ' || g from generate_series(1, 2000) g`,
    );
    await untilCounted('maintenance_probe', (s) => s.modified >= 2000 || s.tuples >= 2000);

    const first = await maintainTables(database.db);
    // A server's own daemon may have analysed it first; the embedded database has none.
    if (database.kind === 'pglite') expect(first.analysed).toContain('public.maintenance_probe');
    expect((await statsOf('maintenance_probe')).tuples).toBe(2000);
    expect((await maintainTables(database.db)).analysed).not.toContain('public.maintenance_probe');

    await database.db.execute(sql`delete from maintenance_probe where id <= 1500`);
    await untilCounted('maintenance_probe', (s) => s.dead >= 1500 || s.tuples === 500);
    const second = await maintainTables(database.db);
    if (database.kind === 'pglite') expect(second.vacuumed).toContain('public.maintenance_probe');
    const after = await statsOf('maintenance_probe');
    expect(after.tuples).toBe(500);
    expect(after.dead).toBe(0);
  });

  it('gathers no statistics on the press articles’ wide columns, only on those queries filter by', async () => {
    await database.db.execute(sql`
      insert into monitor_articles (province_id, outlet, external_key, title, body, day, fetched_at, relevant,
        score, topics, flags, analysis, signature, evidence, search)
      select ${database.defaultProvinceId}::int, 'Báo thử', 'k' || g, 'Tin ' || g, 'Nội dung bài ' || g, '2026-01-01',
        now(), true, 1, '[]', '[]', '{}', 'c2ln', '<item/>', to_tsvector('simple', 'tin ' || g)
      from generate_series(1, 200) g`);
    await database.db.execute(sql`analyze monitor_articles`);
    const columns = (
      await database.db.execute<{ name: string }>(
        sql`select attname as name from pg_stats where tablename = 'monitor_articles' order by attname`,
      )
    ).rows.map((r) => r.name);
    expect(columns).toEqual(expect.arrayContaining(['day', 'external_key', 'search', 'title']));
    for (const wide of ['analysis', 'body', 'evidence', 'signature']) expect(columns).not.toContain(wide);
  });
});
