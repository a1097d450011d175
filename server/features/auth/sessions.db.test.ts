import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Clock } from '../../context.js';
import type { Database } from '../../db/client.js';
import { BACKGROUND_HEADER } from '../../http/authenticate.js';
import { createTestDatabase } from '../../test/test-db.js';

// A clock the test moves forward by hand: the idle timeout is about minutes passing.
let offsetMs = 0;
const clock: Clock = {
  now: () => new Date(Date.parse('2025-06-02T02:00:00Z') + offsetMs),
  today: () => '2025-06-02',
};
const IDLE_MS = 10 * 60_000;

let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  app = await buildApp({ database, clock, sessionIdleMs: IDLE_MS });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

type Browser = { cookie: string; csrf: string; send(options: InjectOptions): Promise<LightMyRequestResponse> };

async function signIn(username: string, userAgent: string, cookie?: string): Promise<Browser> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: '198.51.100.7',
    headers: { 'user-agent': userAgent, ...(cookie ? { cookie } : {}) },
    payload: { username, password: 'demo' },
  });
  expect(res.statusCode).toBe(200);
  const sessionCookie = String(res.headers['set-cookie']).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return {
    cookie: sessionCookie,
    csrf,
    send: (options) =>
      app.inject({ ...options, headers: { cookie: sessionCookie, 'x-csrf-token': csrf, ...(options.headers ?? {}) } }),
  };
}

const me = (b: Browser, headers: Record<string, string> = {}) =>
  b.send({ method: 'GET', url: '/api/auth/me', headers });

describe('sessions', () => {
  it('rotates at sign-in: a new id, and the cookie the browser came with stops working', async () => {
    const first = await signIn('dieuphoi', 'Trình duyệt A');
    const second = await signIn('dieuphoi', 'Trình duyệt A', first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await me(second)).statusCode).toBe(200);
    const old = await me(first);
    expect(old.statusCode).toBe(401);
    expect(old.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('lists the owner’s sessions with device, address and last use, and ends them one by one or all others', async () => {
    const phone = await signIn('lanhdao', 'Mozilla/5.0 (iPhone)');
    const desk = await signIn('lanhdao', 'Mozilla/5.0 (Windows NT 10.0)');
    const laptop = await signIn('lanhdao', 'Mozilla/5.0 (Macintosh)');
    const someoneElse = await signIn('admin', 'Mozilla/5.0 (X11)');

    const list = await desk.send({ method: 'GET', url: '/api/auth/sessions' });
    expect(list.statusCode).toBe(200);
    const { items, idleMinutes } = list.json() as {
      items: { id: string; userAgent: string; ip: string; lastSeenAt: string; current: boolean }[];
      idleMinutes: number;
    };
    expect(idleMinutes).toBe(10);
    expect(items.map((s) => s.userAgent).sort()).toEqual([
      'Mozilla/5.0 (Macintosh)',
      'Mozilla/5.0 (Windows NT 10.0)',
      'Mozilla/5.0 (iPhone)',
    ]);
    expect(items.every((s) => s.ip === '198.51.100.7' && !Number.isNaN(Date.parse(s.lastSeenAt)))).toBe(true);
    expect(items.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Mozilla/5.0 (Windows NT 10.0)']);

    // Another person's session cannot be named, even by its handle.
    const adminItems = (await someoneElse.send({ method: 'GET', url: '/api/auth/sessions' })).json().items;
    const foreign = await desk.send({ method: 'DELETE', url: `/api/auth/sessions/${adminItems[0].id}` });
    expect(foreign.statusCode).toBe(404);
    expect((await me(someoneElse)).statusCode).toBe(200);

    const phoneId = items.find((s) => s.userAgent.includes('iPhone'))!.id;
    expect((await desk.send({ method: 'DELETE', url: `/api/auth/sessions/${phoneId}` })).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(200);

    const others = await desk.send({ method: 'POST', url: '/api/auth/sessions/sign-out-others', payload: {} });
    expect(others.json()).toEqual({ ended: 1 });
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(desk)).statusCode).toBe(200);
    expect((await me(someoneElse)).statusCode).toBe(200);
  });

  it('ends a session after the idle time without activity, with its own code; activity keeps it alive', async () => {
    const busy = await signIn('baotuyenquang', 'Trình duyệt B');
    const idle = await signIn('songoaivu', 'Trình duyệt C');
    for (let minute = 0; minute < 3; minute++) {
      offsetMs += 6 * 60_000;
      expect((await me(busy)).statusCode).toBe(200);
      // Background polling (the unread count) is not activity.
      if (minute < 1) expect((await me(idle, { [BACKGROUND_HEADER]: '1' })).statusCode).toBe(200);
    }
    const answer = await me(idle);
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error).toMatchObject({ code: 'SESSION_IDLE', params: { minutes: 10 } });
    expect(answer.json().error.message).toContain('10 phút');
    expect((await me(busy)).statusCode).toBe(200);
  });
});
