import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { loadPressDemo } from './demo-press.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-12-06' });
}, 60_000);
afterAll(() => t.close());

const one = async <T>(query: ReturnType<typeof sql>) => (await t.database.db.execute(query)).rows[0] as T;

describe('the press demo (the app’s own RSS, no outside network)', () => {
  it('ninety days of articles polled from the app’s demo feeds: syndicated stories grouped, one spike, past digests, one alert waiting', async () => {
    // No demo source yet: the app serves no demo feed.
    expect((await t.app.inject({ method: 'GET', url: '/api/monitoring/demo-feeds/bao-tuyen-quang' })).statusCode).toBe(
      404,
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const result = await t.database.withProvince(t.database.defaultProvinceId, (db) =>
      loadPressDemo(
        { db, clock: t.clock, actor: { kind: 'system', name: 'demo' } },
        { feedsAt: `http://127.0.0.1:${port}` },
      ),
    );
    const polled = await one<{ n: number; ok: number }>(
      sql`select count(*)::int as n, count(last_success_at)::int as ok from monitor_sources`,
    );
    expect(polled.n).toBeGreaterThan(3);
    expect(polled.ok).toBe(polled.n);
    expect(result.stored).toBeGreaterThan(500);
    expect(result.digests).toBeGreaterThanOrEqual(10);
    const span = await one<{ first: string; last: string }>(
      sql`select min(day)::text as first, max(day)::text as last from monitor_articles`,
    );
    expect(span).toEqual({ first: '2026-09-08', last: '2026-12-06' });
    const groups = await one<{ articles: number; stories: number }>(
      sql`select count(*)::int as articles, count(distinct cluster_id)::int as stories from monitor_articles`,
    );
    expect(groups.stories).toBeLessThan(groups.articles - 30);
    const spike = await one<{ n: number }>(
      sql`select count(*)::int as n from monitor_alerts where kind = 'spike' and params->>'day' = '24/11/2026'`,
    );
    expect(spike.n).toBe(1);
    const open = await one<{ n: number }>(sql`select count(*)::int as n from monitor_alerts where handled_at is null`);
    expect(open.n).toBe(1);
    expect(
      (await loadPressDemo({ db: t.database.db, clock: t.clock, actor: { kind: 'system', name: 'demo' } })).stored,
    ).toBe(0);
  }, 120_000);
});
