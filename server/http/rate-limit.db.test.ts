import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createClock } from '../context.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../test/test-db.js';
import { LOGIN_LIMIT } from './rate-limit.js';

// Two instances of the server on one database, as behind a load balancer: the sign-in limit per
// client address must count the attempts made on both, not give each instance its own window.
let database: Database;
let first: FastifyInstance;
let second: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const clock = createClock('2025-06-01');
  first = await buildApp({ database, clock });
  second = await buildApp({ database, clock });
});
afterAll(async () => {
  await first.close();
  await second.close();
  await database.close();
});

const attempt = (app: FastifyInstance, remoteAddress: string) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    payload: { username: 'khong-co-ai', password: 'sai-mat-khau' },
  });

describe('sign-in limit shared by all instances', () => {
  it('counts the attempts made on either instance against one window', async () => {
    const codes: number[] = [];
    // Half on each instance: either alone stays well under the limit.
    for (let i = 0; i < LOGIN_LIMIT.max; i++)
      codes.push((await attempt(i % 2 ? first : second, '198.51.100.40')).statusCode);
    expect(codes.every((c) => c === 401)).toBe(true);
    for (const app of [first, second]) {
      const limited = await attempt(app, '198.51.100.40');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.params.seconds).toBeGreaterThan(0);
    }
    // Another address has its own window.
    expect((await attempt(second, '198.51.100.41')).statusCode).toBe(401);
  });

  it('counts parallel attempts exactly (one atomic upsert per attempt)', async () => {
    const answers = await Promise.all(
      Array.from({ length: LOGIN_LIMIT.max + 6 }, (_, i) => attempt(i % 2 ? first : second, '198.51.100.42')),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 429)).toHaveLength(6);
  });
});
