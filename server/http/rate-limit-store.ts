import { lt, sql } from 'drizzle-orm';
import type { Clock } from '../context.js';
import type { Db } from '../db/client.js';
import { rateLimitHits } from '../db/schema/system.js';

type Result = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Result) => void;

// Expired windows are swept now and then rather than on every hit.
const SWEEP_EVERY = 200;

/**
 * A @fastify/rate-limit store over the application's database: one row per key, counted by a
 * single atomic upsert, so every instance on the database sees the same counts (a fixed window
 * that restarts once it has ended). Built per database and clock: the plugin constructs stores itself.
 */
export function databaseRateLimitStore(db: Db, clock: Clock) {
  let sinceSweep = 0;
  return class DatabaseRateLimitStore {
    /** @fastify/rate-limit's store interface: count one hit for `key`, answer the count and the window's rest. */
    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = clock.now();
      const at = sql`${now.toISOString()}::timestamptz`;
      const fresh = new Date(now.getTime() + timeWindow);
      db.insert(rateLimitHits)
        .values({ key, hits: 1, windowEndsAt: fresh })
        .onConflictDoUpdate({
          target: rateLimitHits.key,
          set: {
            hits: sql`CASE WHEN ${rateLimitHits.windowEndsAt} <= ${at} THEN 1 ELSE ${rateLimitHits.hits} + 1 END`,
            windowEndsAt: sql`CASE WHEN ${rateLimitHits.windowEndsAt} <= ${at} THEN excluded.window_ends_at ELSE ${rateLimitHits.windowEndsAt} END`,
          },
        })
        .returning({ hits: rateLimitHits.hits, windowEndsAt: rateLimitHits.windowEndsAt })
        .then(async ([row]) => {
          if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            await db.delete(rateLimitHits).where(lt(rateLimitHits.windowEndsAt, now));
          }
          callback(null, { current: row!.hits, ttl: Math.max(0, row!.windowEndsAt.getTime() - now.getTime()) });
        }, callback);
    }

    /** The same store serves every route's limiter: keys carry what sets them apart. */
    child(): DatabaseRateLimitStore {
      return this;
    }
  };
}
