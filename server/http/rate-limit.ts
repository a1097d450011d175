import type { FastifyRequest } from 'fastify';
import type { Clock } from '../context.js';
import { AppError } from './app-error.js';

/**
 * A fixed-window limiter per client address for the sign-in route. It is per process on purpose:
 * the per-account lockout in the database is what holds across instances.
 */
export function createLoginRateLimiter(clock: Clock, options = { limit: 20, windowMs: 60_000 }) {
  const windows = new Map<string, { start: number; count: number }>();
  return async (request: FastifyRequest): Promise<void> => {
    const now = clock.now().getTime();
    const key = request.ip;
    const current = windows.get(key);
    if (!current || now - current.start >= options.windowMs) {
      windows.set(key, { start: now, count: 1 });
      if (windows.size > 10_000) windows.clear();
      return;
    }
    current.count++;
    if (current.count > options.limit) {
      throw new AppError('RATE_LIMITED', 'Quá nhiều lần đăng nhập; hãy chờ một phút / Too many sign-in attempts; wait a minute');
    }
  };
}
