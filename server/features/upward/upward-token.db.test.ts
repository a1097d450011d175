import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createClock, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../test/test-db.js';
import { createProvince } from '../provinces/create-province.js';
import { createUser } from '../users/create-user.js';
import {
  runUpwardSend,
  runUpwardStatus,
  runUpwardToken,
  runUpwardTokenList,
  runUpwardTokenRevoke,
} from './upward.cli.js';

// Two deployments, each its own database and app on its own port: the ministry's (empty, with a
// ministry tenant and the province registered by code) and Tuyên Quang's (the demo). The province
// sends upward over real HTTP with the token the ministry's admin printed.
const clock = createClock('2025-06-01');
let ministryDb: Database;
let provinceDb: Database;
let ministryApp: FastifyInstance;
let provinceApp: FastifyInstance;
let ministryUrl: string;
let token: string;
let provinceUrl: string;

const system = (db: RequestContext['db']): RequestContext => ({ db, clock, actor: { kind: 'system', name: 'test' } });

async function ministryCall(method: 'GET' | 'POST', path: string, cookie: string, csrf: string, body?: unknown) {
  const response = await fetch(`${ministryUrl}${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  [ministryDb, provinceDb] = await Promise.all([createTestDatabase('empty'), createTestDatabase('demo')]);
  // The ministry's deployment: its default tenant is the ministry itself.
  await ministryDb.db.execute(
    sql`update provinces set kind = 'ministry', code = 'bo-vhttdl', name = 'Bộ Văn hóa, Thể thao và Du lịch' where is_default`,
  );
  const ministry = { id: ministryDb.defaultProvinceId };
  const remote = await createProvince(system(ministryDb.db), { code: 'tuyen-quang', name: 'Tuyên Quang' });
  await ministryDb.withProvince(ministry.id, (db) =>
    createUser(
      system(db),
      { username: 'bovhttdl', displayName: 'Bộ', password: 'demo', role: 'ministry', agencyId: null },
      { demoPassword: true },
    ),
  );
  const printed: string[] = [];
  await ministryDb.withProvince(remote.id, (db) => runUpwardToken(system(db), (line) => printed.push(line)));
  token = printed[0]!;
  ministryApp = await buildApp({ database: ministryDb, clock });
  provinceApp = await buildApp({ database: provinceDb, clock });
  ministryUrl = await ministryApp.listen({ port: 0, host: '127.0.0.1' });
  provinceUrl = await provinceApp.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await ministryApp?.close();
  await provinceApp?.close();
  await ministryDb?.close();
  await provinceDb?.close();
});

/** Runs the CLI's work in the province's deployment, as `ttdn upward …` would. */
function inProvince<T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  return provinceDb.withProvince(provinceDb.defaultProvinceId, (db) => work(system(db)));
}

describe('a self-hosted province sends upward with a token', () => {
  it('stores only the token’s hash and refuses a wrong token', async () => {
    expect(token).toMatch(/^ttdn_[\w-]{40,}$/);
    const stored = await ministryDb.db.execute(sql`select token_hash from upward_tokens`);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    const wrong = await inProvince((ctx) =>
      runUpwardSend(ctx, { to: ministryUrl, token: 'ttdn_wrong', period: '2025/semiannual' }, () => {}).catch(
        (error) => error,
      ),
    );
    expect(wrong.code).toBe('UPWARD_SEND_FAILED');
    expect(wrong.params.detail).toContain('UPWARD_TOKEN_INVALID');
  });

  it('sends the report, the ministry returns it, the province sees why, sends again and it is accepted', async () => {
    // The province's own deployment holds the consolidated report that goes up.
    const [period] = (
      await provinceDb.db.execute(
        sql`select p.id from reporting_periods p join plans pl on pl.id = p.plan_id where pl.year = 2025 and p.kind = 'semiannual'`,
      )
    ).rows as Array<{ id: number }>;
    const own = await fetch(`${provinceUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dieuphoi', password: 'demo' }),
    });
    const ownCookie = String(own.headers.get('set-cookie')).split(';')[0]!;
    const state = await fetch(`${provinceUrl}/api/consolidation/periods/${period!.id}/upward`, {
      headers: { cookie: ownCookie },
    });
    expect(((await state.json()) as { ready: boolean }).ready).toBe(true);
    const lines: string[] = [];
    await inProvince((ctx) =>
      runUpwardSend(ctx, { to: ministryUrl, token, period: '2025/semiannual' }, (l) => lines.push(l)),
    );
    expect(lines[0]).toMatch(/^Đã gửi lên Bộ: .+ \(lần 1, submitted\)$/);

    const login = await fetch(`${ministryUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bovhttdl', password: 'demo' }),
    });
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const overview = await ministryCall('GET', '/api/ministry/overview?year=2025&kind=semiannual', cookie, csrf);
    const provinces = overview.json.provinces as Array<{ name: string; upward: { id: number; status: string } | null }>;
    expect(provinces.map((p) => [p.name, p.upward?.status])).toEqual([['Tuyên Quang', 'submitted']]);
    expect((overview.json.indicators as unknown[]).length).toBeGreaterThan(5);
    const id = provinces[0]!.upward!.id;
    const docx = await fetch(`${ministryUrl}/api/ministry/reports/${id}/report.docx`, { headers: { cookie } });
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const reason = 'Bổ sung số liệu ấn phẩm.';
    expect((await ministryCall('POST', `/api/ministry/reports/${id}/return`, cookie, csrf, { reason })).status).toBe(
      200,
    );
    const status: string[] = [];
    await runUpwardStatus({ to: ministryUrl, token }, (l) => status.push(l));
    expect(status).toEqual(['Tuyên Quang: 1 báo cáo đã gửi Bộ', `  2025 semiannual returned  lần 2 — ${reason}`]);

    await inProvince((ctx) => runUpwardSend(ctx, { to: ministryUrl, token, period: '2025/semiannual' }, () => {}));
    const again = await inProvince((ctx) =>
      runUpwardSend(ctx, { to: ministryUrl, token, period: '2025/semiannual' }, () => {}).catch((error) => error),
    );
    expect(again.params.detail).toContain('ILLEGAL_TRANSITION');
    const accepted = await ministryCall('POST', `/api/ministry/reports/${id}/accept`, cookie, csrf);
    expect(accepted.json).toMatchObject({ status: 'accepted', version: 4, source: 'remote' });
  });

  it('lists the tokens without showing them, and a revoked token is refused with 401 at once', async () => {
    const printed: string[] = [];
    const remote = (await ministryDb.db.execute(sql`select id from provinces where code = 'tuyen-quang'`)).rows[0] as {
      id: number;
    };
    await ministryDb.withProvince(remote.id, (db) => runUpwardToken(system(db), (line) => printed.push(line)));
    const spare = printed[0]!;
    const status = (bearer: string) =>
      fetch(`${ministryUrl}/api/upward/reports`, { headers: { authorization: `Bearer ${bearer}` } });
    expect((await status(spare)).status).toBe(200);
    const listed: string[] = [];
    await runUpwardTokenList(ministryDb, { province: 'tuyen-quang' }, (line) => listed.push(line));
    expect(listed).toHaveLength(2);
    expect(listed.join('\n')).not.toContain(spare);
    expect(listed.every((line) => /tuyen-quang .* dùng .* còn hiệu lực$/.test(line))).toBe(true);
    const id = Number(/^#(\d+)/.exec(listed[1]!)![1]);
    const said: string[] = [];
    await runUpwardTokenRevoke(ministryDb, { clock, actor: { kind: 'system', name: 'test' } }, String(id), (l) =>
      said.push(l),
    );
    expect(said[0]).toMatch(new RegExp(`^Đã thu hồi mã #${id} của Tuyên Quang`));
    const refused = await status(spare);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('UPWARD_TOKEN_INVALID');
    // The other token still works; the revocation is audited in the province's scope.
    expect((await status(token)).status).toBe(200);
    const audit = await ministryDb.db.execute(
      sql`select province_id from audit_events where action = 'upward.token-revoke' and subject_id = ${String(id)}`,
    );
    expect(audit.rows).toEqual([{ province_id: remote.id }]);
    const after: string[] = [];
    await runUpwardTokenList(ministryDb, {}, (line) => after.push(line));
    expect(after.find((line) => line.startsWith(`#${id} `))).toContain('ĐÃ THU HỒI');
    await expect(
      runUpwardTokenRevoke(ministryDb, { clock, actor: { kind: 'system', name: 'test' } }, '9999', () => {}),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
