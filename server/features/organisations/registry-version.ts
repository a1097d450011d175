import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appMeta } from '../../db/schema/system.js';

const KEY = 'registry-version';

/**
 * Marks the organisation registry as changed, in the changing transaction, so every app instance
 * drops its cached snapshot on its next read.
 */
export async function bumpRegistryVersion(tx: Tx): Promise<void> {
  await tx
    .insert(appMeta)
    .values({ key: KEY, value: 1 })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`to_jsonb((${appMeta.value}::text)::int + 1)` } });
}

/** The registry's current version (0 before any change). */
export async function readRegistryVersion(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEY));
  return row ? Number(row.value) : 0;
}

const caches = new WeakMap<object, Map<string, { version: number; value: Promise<unknown> }>>();

/**
 * Returns `load()`'s result cached per database and registry version: one cheap version read
 * per request instead of reloading hundreds of rows. Concurrent callers share one load, so a
 * burst of requests after a change does not rebuild the same index sixty times.
 */
export async function cachedByRegistryVersion<T>(db: Db | Tx, name: string, load: () => Promise<T>): Promise<T> {
  const version = await readRegistryVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(name);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  cache.set(name, { version, value });
  value.catch(() => cache.delete(name));
  return value;
}
