import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { createClock, type Clock } from '../context.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from './test-db.js';

export type TestApp = { app: FastifyInstance; database: Database; clock: Clock; close(): Promise<void> };

/** The real application on a fresh copy of the demo database, with "today" pinned. */
export async function buildTestApp(
  options: {
    today?: string;
    kind?: 'empty' | 'demo';
    bodyLimit?: number;
    webRoot?: string;
    trustProxy?: string[] | number;
    /** Evidence capture may read the test's own server on 127.0.0.1. */
    captureAllowPrivate?: boolean;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options.kind ?? 'demo');
  const clock = createClock(options.today ?? '2025-06-01');
  const app = await buildApp({
    database,
    clock,
    bodyLimit: options.bodyLimit,
    webRoot: options.webRoot,
    trustProxy: options.trustProxy,
    captureAllowPrivate: options.captureAllowPrivate,
  });
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: the session cookie and CSRF token travel with every request. */
export type Session = {
  cookie: string;
  csrfToken: string;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
};

/** Signs in through the API as a demo user (password "demo"). */
export async function signIn(app: FastifyInstance, username: string, password = 'demo'): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = String(response.headers['set-cookie']).split(';')[0]!;
  const csrfToken = response.json().csrfToken as string;
  return {
    cookie,
    csrfToken,
    inject: (options) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }),
  };
}
