// The read caches (sessions, actors, whole answers) never answer with what a change has made
// stale: on the instance that made the change at once, on another instance on the same
// PostgreSQL within a second (the change feed's NOTIFY).
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openPostgres } from '../db/client.js';
import { tasks } from '../db/schema/plans.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../test/test-app.js';
import { urlOfTestDatabase, usingPostgres } from '../test/test-db.js';
import { eq } from 'drizzle-orm';

let t: TestApp;
let admin: Session;
let reader: Session;
let planId: number;

const OWES_URL = `/api/owes?name=${encodeURIComponent('Sở Tư pháp')}&planYear=2025&asOf=2025-06-01`;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signIn(t.app, 'admin');
  reader = await signIn(t.app, 'dieuphoi');
  const plans = (await reader.inject({ method: 'GET', url: '/api/plans' })).json().plans as Array<{
    id: number;
    year: number;
  }>;
  planId = plans.find((p) => p.year === 2025)!.id;
});
afterAll(() => t.close());

type Owed = { code: string; role: string; viaKind: string; path: Array<{ kind: string; groupId?: number }> };
const owesOf = async (session: Session | ((url: string) => Promise<{ statusCode: number; body: string }>)) => {
  const response =
    typeof session === 'function' ? await session(OWES_URL) : await session.inject({ method: 'GET', url: OWES_URL });
  expect(response.statusCode).toBe(200);
  return (JSON.parse(response.body) as { owes: Owed[] }).owes;
};

/** Takes Sở Tư pháp out of the group through which it coordinates task 1 (a registry change). */
async function excludeFromTask1Group(app: FastifyInstance, session: Session, owes: Owed[]) {
  const viaGroup = owes.find((o) => o.code === '1' && o.viaKind === 'group')!;
  const groupId = viaGroup.path.find((s) => s.kind === 'group')!.groupId!;
  const { agency } = (await session.inject({ method: 'GET', url: OWES_URL })).json() as { agency: { id: number } };
  const groups = (await app.inject({ method: 'GET', url: '/api/groups', headers: { cookie: session.cookie } })).json()
    .groups as Array<{ id: number; version: number }>;
  const group = groups.find((g) => g.id === groupId)!;
  const patched = await session.inject({
    method: 'PATCH',
    url: `/api/groups/${groupId}`,
    payload: { version: group.version, excludes: [agency.id] },
  });
  expect(patched.statusCode).toBe(200);
}

describe('on the instance that made the change', () => {
  it('a registry change shows in "what X owes" on the very next read', async () => {
    const before = await owesOf(reader);
    expect(await owesOf(reader)).toEqual(before); // the second read is served from the cache
    expect(before.some((o) => o.code === '1' && o.viaKind === 'group')).toBe(true);
    await excludeFromTask1Group(t.app, admin, before);
    const after = await owesOf(reader);
    expect(after.some((o) => o.code === '1' && o.viaKind === 'group')).toBe(false);
  });

  it('a plan change shows on the plan page, whole and filtered by agency, at once', async () => {
    type Tree = {
      tasks: Array<{ id: number; title: string; roles: Array<{ target: { type: string; id: number } | null }> }>;
    };
    const read = async (query: string) => {
      const response = await reader.inject({ method: 'GET', url: `/api/plans/${planId}?asOf=2025-06-01${query}` });
      expect(response.statusCode).toBe(200);
      return response.json() as Tree;
    };
    // A task Sở VHTTDL owes on that date: the agency filter shows it.
    const owed = (
      await reader.inject({
        method: 'GET',
        url: `/api/owes?name=${encodeURIComponent('Sở VHTTDL')}&planYear=2025&asOf=2025-06-01`,
      })
    ).json() as { agency: { id: number }; owes: Array<{ taskId: number }> };
    const agencyId = owed.agency.id;
    const task = { id: owed.owes[0]!.taskId };
    expect((await read('')).tasks.map((x) => x.id)).toContain(task.id);
    expect((await read(`&agencyId=${agencyId}`)).tasks.map((x) => x.id)).toContain(task.id);
    // Through the system handle (the CLI's and the scheduler's path), not a request's.
    await t.database.db.update(tasks).set({ title: 'Tiêu đề đã sửa' }).where(eq(tasks.id, task.id));
    expect((await read('')).tasks.find((x) => x.id === task.id)?.title).toBe('Tiêu đề đã sửa');
    expect((await read(`&agencyId=${agencyId}`)).tasks.find((x) => x.id === task.id)?.title).toBe('Tiêu đề đã sửa');
  });

  it('a kept answer goes out as brotli or gzip, and as 304 to a client that holds it until a change', async () => {
    const first = await reader.inject({ method: 'GET', url: OWES_URL });
    const plain = await reader.inject({ method: 'GET', url: OWES_URL });
    expect(plain.body).toBe(first.body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(plain.headers['cache-control']).toBe('private, no-cache');
    const br = await reader.inject({ method: 'GET', url: OWES_URL, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    const gzip = await reader.inject({ method: 'GET', url: OWES_URL, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    expect(gzip.headers.etag).toBe(etag);
    const held = await reader.inject({ method: 'GET', url: OWES_URL, headers: { 'if-none-match': etag } });
    expect(held.statusCode).toBe(304);
    expect(held.body).toBe('');
    // Another user's answer under another key: the ETag is of the bytes, so it never vouches for a
    // different answer.
    const other = await reader.inject({
      method: 'GET',
      url: `/api/owes?name=${encodeURIComponent('Sở VHTTDL')}&planYear=2025&asOf=2025-06-01`,
      headers: { 'if-none-match': etag },
    });
    expect(other.statusCode).toBe(200);
    // A plan change: the same ETag now gets the new answer.
    await t.database.db.update(tasks).set({ title: 'Tiêu đề sau khi sửa' }).where(eq(tasks.planId, planId));
    const changed = await reader.inject({ method: 'GET', url: OWES_URL, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('Tiêu đề sau khi sửa');
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('a disabled user’s session ends with the next request', async () => {
    const officer = await signIn(t.app, 'songoaivu');
    expect((await officer.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const me = (await officer.inject({ method: 'GET', url: '/api/auth/me' })).json() as { user: { userId: number } };
    const disabled = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${me.user.userId}`,
      payload: { isActive: false },
    });
    expect(disabled.statusCode).toBe(200);
    expect((await officer.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

// Two app instances exist only on a PostgreSQL server (PGlite is one process per data folder).
if (usingPostgres()) {
  describe('across two instances on one PostgreSQL', () => {
    let second: { app: FastifyInstance; close(): Promise<void> };

    beforeAll(async () => {
      const database = await openPostgres(urlOfTestDatabase(t.database)!);
      const app = await buildApp({ database, clock: t.clock });
      second = {
        app,
        close: async () => {
          await app.close();
          await database.close();
        },
      };
    });
    afterAll(() => second.close());

    /** Polls until `check` holds, failing after a second. */
    async function within1s(check: () => Promise<boolean>): Promise<number> {
      const started = performance.now();
      while (!(await check())) {
        if (performance.now() - started > 1_000) throw new Error('not seen by the other instance within 1 s');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return performance.now() - started;
    }

    it('sessions are shared, and a change on one is read on the other within a second', async () => {
      const session = await signIn(t.app, 'lanhdao');
      const onSecond = (url: string) => second.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      const before = await owesOf(onSecond);
      // Put the group back (the first describe took Sở Tư pháp out) on the first instance.
      const groups = (await admin.inject({ method: 'GET', url: '/api/groups' })).json().groups as Array<{
        id: number;
        version: number;
        excludes: Array<{ id: number }>;
      }>;
      const changed = groups.find((g) => g.excludes.length > 0)!;
      expect(
        (
          await admin.inject({
            method: 'PATCH',
            url: `/api/groups/${changed.id}`,
            payload: { version: changed.version, excludes: [] },
          })
        ).statusCode,
      ).toBe(200);
      await within1s(async () => (await owesOf(onSecond)).length !== before.length);
      expect((await owesOf(onSecond)).some((o) => o.code === '1' && o.viaKind === 'group')).toBe(true);

      const me = (await onSecond('/api/auth/me')).json() as { user: { userId: number } };
      await admin.inject({ method: 'PATCH', url: `/api/users/${me.user.userId}`, payload: { isActive: false } });
      await within1s(async () => (await onSecond('/api/auth/me')).statusCode === 401);
    });
  });
}
