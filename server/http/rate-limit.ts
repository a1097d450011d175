import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors.js';
import type { Clock } from '../context.js';
import type { Db } from '../db/client.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

/** Sign-in attempts allowed per client address and window, before the per-account lockout. */
export const LOGIN_LIMIT = { max: 20, timeWindow: 60_000 };

/**
 * The sign-in limiter per client address (@fastify/rate-limit), counted in the database so that
 * every instance shares the counts. The address is the socket's unless a trusted proxy
 * (TTDN_TRUST_PROXY) forwarded the request, so a forged X-Forwarded-For buys no fresh window.
 */
export async function createLoginRateLimiter(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock },
  limit = LOGIN_LIMIT,
) {
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(deps.db, deps.clock) });
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.timeWindow,
    keyGenerator: (request) => `login:${request.ip}`,
  });
  return async (request: FastifyRequest): Promise<void> => {
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded)
      throw new AppError('RATE_LIMITED', { seconds: Math.max(1, result.ttlInSeconds) });
  };
}
