import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Endpoint } from '../../common/contracts/endpoint.js';
import { createClock, type RequestContext } from '../context.js';
import { createAgency } from '../features/organisations/create-agency.js';
import { createProvince } from '../features/provinces/create-province.js';
import { createUser } from '../features/users/create-user.js';
import { loadEndpoints } from '../test/contract-endpoints.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../test/test-app.js';
import { sampleFromSchema } from '../test/sample-from-schema.js';

// Province B's people call every route with province A's ids. Row-level security must make A's rows
// invisible and untouchable: no answer carries A's names, and A's rows are byte-for-byte the same after.

/** Tables that belong to no province: the tenant registry, the scheduler's claims, drizzle's journal. */
const GLOBAL_TABLES = new Set(['provinces', 'job_runs', 'rate_limit_hits']);

/** Routes not called, each for a reason that has nothing to do with provinces. */
const NOT_CALLED: Record<string, string> = {
  login: 'public sign-in: finds the user before any province is known',
  logout: 'would end the caller’s own session mid-test',
  changePassword: 'would end the caller’s own session mid-test',
  signOutOtherSessions:
    'would end the caller’s other sessions mid-test; only ever the caller’s own (sessions.db.test.ts)',
  parsePlanDocument: 'reads an uploaded file only; takes no ids',
  uploadPlan: 'reads an uploaded file only; takes no ids',
  health: 'public probe, no data',
  listPublicSpokespersons: 'public by law (NĐ 09/2017), of the province named in the query; tested below',
};

let t: TestApp;
let provinceA: number;
let provinceB: number;
let ids: Record<string, number | string>;
let markers: string[];
let sessions: Session[];

let endpoints: Array<[string, Endpoint]> = [];

async function first(table: string, column = 'id', fallback?: number | string): Promise<number | string> {
  const result = await t.database.db.execute(
    sql.raw(`select ${column} as v from ${table} where province_id = ${provinceA} order by 1 limit 1`),
  );
  const value = (result.rows[0] as { v: number | string } | undefined)?.v;
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined) throw new Error(`the demo has no ${table} row to aim at`);
  return value;
}

/** One line per scoped table: its row count and a hash of its rows in province A. */
async function fingerprintOfA(tables: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const table of tables) {
    const result = await t.database.db.execute(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from ${table} r where province_id = ${provinceA}`,
      ),
    );
    const row = result.rows[0] as { n: number; h: string };
    lines.push(`${table} ${row.n} ${row.h}`);
  }
  return lines;
}

async function scopedTables(): Promise<string[]> {
  const result = await t.database.db.execute(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by 1`);
  return (result.rows as Array<{ name: string }>).map((r) => r.name).filter((name) => !GLOBAL_TABLES.has(name));
}

/** Which of A's ids a path parameter or a body field names, by its name and the route's resource. */
function idFor(name: string, path: string): number | string {
  if (name === 'year') return 2025;
  if (name === 'date') return String(ids.calendarDate);
  if (name === 'fileId') return ids.file!;
  if (name !== 'id') {
    const base = name.replace(/Ids?$/, '');
    return ids[base] ?? ids.agency!;
  }
  const resource = [
    ['/api/agencies', 'agency'],
    ['/api/groups', 'group'],
    ['/api/plans', 'plan'],
    ['/api/users', 'user'],
    ['/api/notifications', 'notification'],
    ['/api/task-roles', 'taskRole'],
    ['/api/reporting/submissions', 'submission'],
    ['/api/reporting/periods', 'period'],
    ['/api/consolidation/periods', 'period'],
    ['/api/ministry/reports', 'upwardReport'],
    ['/api/activities', 'activity'],
    ['/api/monitoring/sources', 'monitorSource'],
    ['/api/monitoring/articles', 'monitorArticle'],
    ['/api/monitoring/alerts', 'monitorAlert'],
    ['/api/monitoring/digests', 'monitorDigest'],
    ['/api/response/cases', 'responseCase'],
    ['/api/response/referrals', 'referral'],
    ['/api/response/actions', 'responseAction'],
    ['/api/response/press-conferences', 'pressConference'],
    ['/api/response/foreign-visits', 'foreignVisit'],
    ['/api/guidance', 'guidance'],
  ].find(([prefix]) => path.startsWith(prefix!))?.[1];
  return ids[resource ?? 'agency']!;
}

function urlOf(endpoint: Endpoint): string {
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(idFor(name, endpoint.path))),
  );
  if (!endpoint.query) return path;
  const query = sampleFromSchema(endpoint.query as z.ZodType, (name) => idFor(name, endpoint.path)) as Record<
    string,
    unknown
  >;
  const search = new URLSearchParams(
    Object.entries(query ?? {}).map(([key, value]) => [key, String(value)] as [string, string]),
  );
  return search.size > 0 ? `${path}?${search}` : path;
}

beforeAll(async () => {
  endpoints = await loadEndpoints();
  t = await buildTestApp({ kind: 'demo', today: '2025-06-01' });
  provinceA = t.database.defaultProvinceId;
  const system: RequestContext = {
    db: t.database.db,
    clock: createClock('2025-06-01'),
    actor: { kind: 'system', name: 'test' },
  };
  provinceB = (await createProvince(system, { code: 'bac-hai', name: 'Bắc Hải' })).id;
  await t.database.withProvince(provinceB, async (db) => {
    const ctx = { ...system, db };
    const agency = await createAgency(ctx, {
      name: 'Sở Du lịch Bắc Hải',
      kind: 'department',
      province: 'Bắc Hải',
      validFrom: '2025-01-01',
    });
    const make = (username: string, role: 'admin' | 'coordinator' | 'agency-officer', agencyId: number | null) =>
      createUser(ctx, { username, displayName: username, password: 'demo', role, agencyId }, { demoPassword: true });
    await make('quantri.bachai', 'admin', null);
    await make('dieuphoi.bachai', 'coordinator', null);
    await make('canbo.bachai', 'agency-officer', agency.id);
  });
  // A notification of A's, so that the notification routes have a real target.
  await t.database.db.execute(
    sql.raw(`insert into notifications (user_id, kind, title, body, dedupe_key)
             select id, 'test', 'Thông báo của tỉnh A', 'Nội dung', 'tenancy-test' from users
             where province_id = ${provinceA} order by id limit 1`),
  );
  // Press monitoring rows of A's (a source that cannot be reached, one article, its alert, a digest).
  for (const statement of [
    `insert into monitor_sources (province_id, kind, name, url) values (${provinceA}, 'rss', 'Báo của tỉnh A', 'http://127.0.0.1:9/rss')`,
    `insert into monitor_articles (province_id, source_id, outlet, external_key, title, body, day, fetched_at, relevant, score, topics, flags, analysis, signature, search)
       select ${provinceA}, id, 'Báo của tỉnh A', 'a-1', 'Tin riêng của tỉnh A', 'Nội dung', '2025-05-30', now(), true, 2, '[]', '[]', '{}', '', to_tsvector('simple', 'tin rieng') from monitor_sources where province_id = ${provinceA}`,
    `update monitor_articles set cluster_id = id where province_id = ${provinceA}`,
    `insert into monitor_alerts (province_id, kind, article_id, params, dedupe_key, created_at)
       select ${provinceA}, 'negative', id, '{"title":"Tin riêng của tỉnh A","outlet":"Báo của tỉnh A"}', 'a-1', now() from monitor_articles where province_id = ${provinceA}`,
    `insert into monitor_digests (province_id, kind, period_start, period_end, article_ids, issued_at, issued_by)
       values (${provinceA}, 'daily', '2025-05-30', '2025-05-30', '[]', now(), 'dieuphoi')`,
  ])
    await t.database.db.execute(sql.raw(statement));
  ids = {
    monitorSource: await first('monitor_sources'),
    monitorArticle: await first('monitor_articles'),
    monitorAlert: await first('monitor_alerts'),
    monitorDigest: await first('monitor_digests'),
    agency: await first('agencies'),
    group: await first('agency_groups'),
    plan: await first('plans'),
    task: await first('tasks'),
    taskRole: await first('task_roles'),
    period: await first('reporting_periods'),
    submission: await first('submissions'),
    file: await first('submission_files', 'id', 1),
    notification: await first('notifications'),
    user: await first('users'),
    indicator: await first('indicators'),
    upwardReport: await first('upward_reports'),
    activity: await first('activities', 'id', 1),
    responseCase: await first('response_cases'),
    referral: await first('response_referrals'),
    responseAction: await first('response_actions'),
    pressConference: await first('press_conferences'),
    foreignVisit: await first('foreign_press_visits'),
    guidance: await first('guidance_notes'),
    calendarDate: String(await first('calendar_entries', "to_char(date, 'YYYY-MM-DD')", '2025-09-02')),
  };
  const names = await t.database.db.execute(
    sql.raw(`select name from agencies where province_id = ${provinceA} and length(name) >= 12
             union select title from plans where province_id = ${provinceA}
             union select username from users where province_id = ${provinceA} and length(username) >= 6`),
  );
  // A username that is also a role word ("coordinator") would be found in B's own answers.
  const roleWords = new Set(['admin', 'coordinator', 'agency-officer', 'agency-leader', 'viewer']);
  markers = (names.rows as Array<{ name: string }>)
    .filter((r) => !roleWords.has(r.name))
    .map((r) => JSON.stringify(r.name));
  sessions = [
    await signIn(t.app, 'quantri.bachai'),
    await signIn(t.app, 'dieuphoi.bachai'),
    await signIn(t.app, 'canbo.bachai'),
  ];
});
afterAll(() => t?.close());

describe('provinces are kept apart by the database', () => {
  it('gives every table but the registry and the scheduler a province and row-level security', async () => {
    const result = await t.database.db.execute(sql`
      select c.relname as name, c.relrowsecurity as rls,
             exists (select 1 from information_schema.columns k
                     where k.table_schema = 'public' and k.table_name = c.relname and k.column_name = 'province_id') as scoped,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'`);
    const tables = result.rows as Array<{ name: string; rls: boolean; scoped: boolean; policies: number }>;
    expect(tables.length).toBeGreaterThan(30);
    for (const table of tables.filter((x) => !GLOBAL_TABLES.has(x.name))) {
      expect({ table: table.name, rls: table.rls, scoped: table.scoped, policies: table.policies }).toEqual({
        table: table.name,
        rls: true,
        scoped: true,
        policies: 2,
      });
    }
  });

  it('answers B’s people on every route without a trace of A, and leaves A’s rows untouched', async () => {
    const tables = await scopedTables();
    const before = await fingerprintOfA(tables);
    const called: string[] = [];
    const leaks: string[] = [];
    const aimedAtA: Array<{ name: string; status: number }> = [];
    for (const session of sessions) {
      for (const [name, endpoint] of endpoints) {
        if (NOT_CALLED[name]) continue;
        const url = urlOf(endpoint);
        const body = endpoint.body
          ? sampleFromSchema(endpoint.body as z.ZodType, (field) => idFor(field, endpoint.path))
          : undefined;
        const response = await session.inject({
          method: endpoint.method,
          url,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        called.push(name);
        if (response.statusCode >= 500)
          leaks.push(`${name} ${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        if (response.statusCode < 300) {
          const text = response.body;
          const seen = markers.filter((marker) => text.includes(marker));
          if (seen.length > 0) leaks.push(`${name} ${url}: shows ${seen.slice(0, 3).join(', ')}`);
        }
        if (endpoint.method === 'GET' && /:(id|periodId|planId|agencyId|fileId)\b/.test(endpoint.path)) {
          aimedAtA.push({ name, status: response.statusCode });
        }
      }
    }
    expect(leaks).toEqual([]);
    // Reads aimed at A's records find nothing (404) or are refused (403); never an empty 200.
    expect(aimedAtA.filter((x) => x.status !== 404 && x.status !== 403)).toEqual([]);
    expect(new Set(called).size).toBeGreaterThanOrEqual(60);
    expect(await fingerprintOfA(tables)).toEqual(before);
  });

  it('still serves A’s own coordinator the same records (the ids aimed at are real)', async () => {
    const a = await signIn(t.app, 'dieuphoi');
    for (const url of [
      `/api/agencies/${ids.agency}`,
      `/api/plans/${ids.plan}`,
      `/api/reporting/periods/${ids.period}/board`,
      `/api/consolidation/periods/${ids.period}`,
      `/api/ministry/reports/${ids.upwardReport}`,
    ]) {
      expect((await a.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });

  it('refuses province users every ministry route; the ministry reads every province, B included', async () => {
    const ministryRoutes = endpoints.filter(
      ([, e]) => e.path.startsWith('/api/ministry/') && !e.path.startsWith('/api/ministry/reports/:id'),
    );
    expect(ministryRoutes.length).toBeGreaterThanOrEqual(3);
    for (const session of [...sessions, await signIn(t.app, 'dieuphoi')]) {
      for (const [name, endpoint] of ministryRoutes) {
        const response = await session.inject({ method: endpoint.method, url: urlOf(endpoint) });
        expect(response.statusCode, name).toBe(403);
      }
    }
    const ministry = await signIn(t.app, 'bovhttdl');
    const overview = (
      await ministry.inject({ method: 'GET', url: '/api/ministry/overview?year=2025&kind=semiannual' })
    ).json();
    const names = overview.provinces.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Bắc Hải', 'Lào Cai', 'Tuyên Quang']));
    expect(names).not.toContain('Bộ Văn hóa, Thể thao và Du lịch');
  });

  it('lists the public spokespersons of the province asked for', async () => {
    const ofB = await t.app.inject({ method: 'GET', url: '/api/reporting/spokespersons/public?province=bac-hai' });
    expect(ofB.statusCode).toBe(200);
    expect(ofB.json().spokespersons).toEqual([]);
    const ofA = await t.app.inject({ method: 'GET', url: '/api/reporting/spokespersons/public' });
    expect(ofA.json().spokespersons.length).toBeGreaterThan(0);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/reporting/spokespersons/public?province=atlantis' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
  });

  it('runs a per-province job once in each province, each seeing only its own rows', async () => {
    const { createScheduler, sweepProvincesOf } = await import('../jobs/index.js');
    const { agencies } = await import('../db/schema/organisations.js');
    const scheduler = createScheduler({
      db: t.database.db,
      clock: createClock('2025-06-01'),
      provinces: sweepProvincesOf(t.database),
      log: () => {},
      jobs: [
        {
          name: 'count-agencies',
          perProvince: true,
          runKeyAt: (_now, today) => today,
          run: async (ctx) => (await ctx.db.select({ id: agencies.id }).from(agencies)).length,
        },
      ],
    });
    const [entry] = await scheduler.tick();
    const result = entry?.result as Record<string, number>;
    expect(result['bac-hai']).toBe(1);
    // Every active province (the demo's small ones included), never the ministry or a merged province.
    const { listActiveProvinces } = await import('../features/provinces/provinces.queries.js');
    const active = (await listActiveProvinces(t.database.db)).map((p) => p.code);
    expect(Object.keys(result).sort()).toEqual(active.sort());
    expect(active).not.toContain('bo-vhttdl');
    expect(active).not.toContain('ha-giang');
    expect(Object.values(result).find((n) => n !== 1)).toBeGreaterThan(30);
  });
});
