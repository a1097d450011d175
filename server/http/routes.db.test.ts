import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type Session, type TestApp } from '../test/test-app.js';

let t: TestApp;
let coordinator: Session;
let officer: Session;
let admin: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-06-01' });
  coordinator = await signIn(t.app, 'dieuphoi');
  officer = await signIn(t.app, 'baotuyenquang');
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

const agencyIdOf = async (name: string) => {
  const res = await coordinator.inject({
    method: 'GET',
    url: `/api/agencies/resolve?name=${encodeURIComponent(name)}`,
  });
  return res.json().match.id as number;
};

describe('health and docs', () => {
  it('reports the database kind and schema version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: t.database.kind,
      schemaVersion: t.database.schemaVersion,
    });
  });
  it('publishes OpenAPI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/plans/{id}');
  });
});

describe('authentication', () => {
  it('answers 401 without a session, in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/plans' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
  it('gives one generic message for an unknown user and a wrong password', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao', password: 'x' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });
  it('sets an HTTP-only SameSite cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao', password: 'demo' },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });
  it('locks an account after five wrong passwords', async () => {
    for (let i = 0; i < 5; i++)
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'wrong' } });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'demo' },
    });
    expect(res.statusCode).toBe(423);
    expect(res.json().error.code).toBe('ACCOUNT_LOCKED');
  });
  it('rejects a state-changing request without the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { cookie: coordinator.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
  });
  it('ends the session on logout, and a dead cookie is an expired session', async () => {
    const session = await signIn(t.app, 'lanhdao');
    expect((await session.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const res = await session.inject({ method: 'GET', url: '/api/plans' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 with a clear code', async () => {
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
  });
  it('invalid fields are a 400 naming the field', async () => {
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/agencies',
      payload: { name: 'X', kind: 'nonsense', province: 'Tuyên Quang', validFrom: '2025-13-45' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
  it('a body over the limit is a 413', async () => {
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/agencies',
      payload: { name: 'x'.repeat(2 * 1024 * 1024), kind: 'other', province: 'TQ', validFrom: '2025-01-01' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('an unknown id is a 404', async () => {
    expect((await coordinator.inject({ method: 'GET', url: '/api/agencies/999999' })).statusCode).toBe(404);
    expect((await coordinator.inject({ method: 'GET', url: '/api/plans/999999' })).statusCode).toBe(404);
  });
  it('a duplicate agency name is refused and nothing is written', async () => {
    const before = (await coordinator.inject({ method: 'GET', url: '/api/agencies?q=ngoai%20vu' })).json().agencies
      .length;
    const res = await coordinator.inject({
      method: 'POST',
      url: '/api/agencies',
      payload: { name: 'Sở  ngoại vụ', kind: 'department', province: 'Tuyên Quang', validFrom: '2025-01-01' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DUPLICATE_NAME');
    expect(
      (await coordinator.inject({ method: 'GET', url: '/api/agencies?q=ngoai%20vu' })).json().agencies.length,
    ).toBe(before);
  });
  it('a succession cycle is refused and nothing is written', async () => {
    const events = (await coordinator.inject({ method: 'GET', url: '/api/succession-events' })).json().events.length;
    const vhttdl = await agencyIdOf('Sở VHTTDL');
    const khcn = await agencyIdOf('Sở Khoa học và Công nghệ');
    const first = await coordinator.inject({
      method: 'POST',
      url: '/api/succession-events',
      payload: {
        kind: 'transfer',
        effectiveOn: '2026-01-01',
        links: [{ fromAgencyId: vhttdl, toAgencyId: khcn, functions: ['sport'] }],
      },
    });
    expect(first.statusCode).toBe(201);
    const cycle = await coordinator.inject({
      method: 'POST',
      url: '/api/succession-events',
      payload: {
        kind: 'transfer',
        effectiveOn: '2026-02-01',
        links: [{ fromAgencyId: khcn, toAgencyId: vhttdl, functions: ['sport'] }],
      },
    });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error.code).toBe('SUCCESSION_CYCLE');
    expect((await coordinator.inject({ method: 'GET', url: '/api/succession-events' })).json().events.length).toBe(
      events + 1,
    );
  });
  it('a concurrent edit gets VERSION_CONFLICT instead of a lost update', async () => {
    const id = await agencyIdOf('Sở Y tế');
    const { agency } = (await coordinator.inject({ method: 'GET', url: `/api/agencies/${id}` })).json();
    const first = await coordinator.inject({
      method: 'PATCH',
      url: `/api/agencies/${id}`,
      payload: { version: agency.version, note: 'first' },
    });
    const second = await coordinator.inject({
      method: 'PATCH',
      url: `/api/agencies/${id}`,
      payload: { version: agency.version, note: 'second' },
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('authorisation and scoping', () => {
  it('an officer sees only what its agency owes on the plan page', async () => {
    const plan = (await officer.inject({ method: 'GET', url: '/api/plans' }))
      .json()
      .plans.find((p: { year: number }) => p.year === 2025);
    const res = await officer.inject({ method: 'GET', url: `/api/plans/${plan.id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scoped).toBe(true);
    const shown = body.tasks.filter((x: { isContext: boolean }) => !x.isContext).map((x: { code: string }) => x.code);
    expect(shown).toContain('5.1');
    expect(shown).not.toContain('7.4');
  });
  it('an officer cannot read another agency (403) and does not see it in lists', async () => {
    const other = await agencyIdOf('Sở Ngoại vụ');
    expect((await officer.inject({ method: 'GET', url: `/api/agencies/${other}` })).statusCode).toBe(403);
    const list = (await officer.inject({ method: 'GET', url: '/api/agencies' })).json().agencies;
    expect(list.map((a: { name: string }) => a.name)).not.toContain('Sở Ngoại vụ');
    expect(list.length).toBeGreaterThan(0);
  });
  it('an officer gets 403 on admin endpoints and changes nothing', async () => {
    expect((await officer.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect((await officer.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    const res = await officer.inject({
      method: 'POST',
      url: '/api/agencies',
      payload: { name: 'Cơ quan mới', kind: 'other', province: 'Tuyên Quang', validFrom: '2025-01-01' },
    });
    expect(res.statusCode).toBe(403);
  });
  it('the read-only leader reads everything and changes nothing', async () => {
    const leader = await signIn(t.app, 'lanhdao');
    expect(
      (await leader.inject({ method: 'GET', url: `/api/agencies/${await agencyIdOf('Sở Ngoại vụ')}` })).statusCode,
    ).toBe(200);
    expect(
      (
        await leader.inject({
          method: 'POST',
          url: '/api/groups',
          payload: { name: 'Nhóm X', province: 'Tuyên Quang', isOpen: true },
        })
      ).statusCode,
    ).toBe(403);
  });
  it('abilities travel with responses', async () => {
    expect((await officer.inject({ method: 'GET', url: '/api/plans' })).json().abilities).toMatchObject({
      'plan.read': true,
      'agency.manage': false,
    });
    expect((await coordinator.inject({ method: 'GET', url: '/api/plans' })).json().abilities).toMatchObject({
      'agency.manage': true,
    });
  });
});

describe('audit', () => {
  it('every change leaves a row with before and after, readable by the admin', async () => {
    const id = await agencyIdOf('Sở Tư pháp');
    const { agency } = (await coordinator.inject({ method: 'GET', url: `/api/agencies/${id}` })).json();
    await coordinator.inject({
      method: 'PATCH',
      url: `/api/agencies/${id}`,
      payload: { version: agency.version, note: 'ghi chú kiểm toán' },
    });
    const rows = await t.database.db.query.auditEvents.findMany({
      where: (a, { eq, and }) => and(eq(a.action, 'agency.update'), eq(a.subjectId, String(id))),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorName: 'dieuphoi',
      before: expect.objectContaining({ note: null }),
      after: expect.objectContaining({ note: 'ghi chú kiểm toán' }),
    });
    const page = (await admin.inject({ method: 'GET', url: '/api/audit?limit=5' })).json();
    expect(page.events[0]).toMatchObject({ action: 'agency.update', subjectId: String(id) });
  });
});

describe('session lifetime', () => {
  it('a session older than eight hours is refused as expired', async () => {
    const { buildApp } = await import('../app.js');
    const { createClock } = await import('../context.js');
    const session = await signIn(t.app, 'lanhdao');
    const later = await buildApp({ database: t.database, clock: createClock('2025-06-02') });
    try {
      const res = await later.inject({ method: 'GET', url: '/api/plans', headers: { cookie: session.cookie } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('SESSION_EXPIRED');
      expect((await session.inject({ method: 'GET', url: '/api/plans' })).statusCode).toBe(200);
    } finally {
      await later.close();
    }
  });
});

describe('password change', () => {
  it('needs the current password, ends the session, and the new password works', async () => {
    const session = await signIn(t.app, 'songoaivu');
    const wrong = await session.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'mat-khau-moi-2026' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await session.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'demo', newPassword: 'mat-khau-moi-2026' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await session.inject({ method: 'GET', url: '/api/plans' })).statusCode).toBe(401);
    await expect(signIn(t.app, 'songoaivu', 'demo')).rejects.toThrow(/401/);
    expect((await signIn(t.app, 'songoaivu', 'mat-khau-moi-2026')).csrfToken).toBeTruthy();
  });
});
