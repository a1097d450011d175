import { inArray, sql } from 'drizzle-orm';
import type { VersionKey } from '../../db/change-feed.js';
import { type Db, handleScopeOf, type Tx } from '../../db/client.js';
import { appMeta } from '../../db/schema/system.js';

/**
 * The versions of `keys` as `db` sees them, joined into one cache tag. Request and system handles
 * read them from the change feed (memory, no query); a transaction's handle asks the database,
 * since it may hold changes of its own that no feed knows yet. A reader of every province (the
 * ministry, the system) gets sums, which still grow with every change anywhere.
 */
export async function readVersions(db: Db | Tx, keys: readonly VersionKey[]): Promise<string> {
  const handle = handleScopeOf(db);
  if (handle) {
    const versions = await handle.feed.versions(handle.scope());
    return keys.map((key) => versions[key]).join('.');
  }
  const rows = await db
    .select({ key: appMeta.key, value: sql<string>`sum((${appMeta.value} #>> '{}')::bigint)` })
    .from(appMeta)
    .where(inArray(appMeta.key, [...keys]))
    .groupBy(appMeta.key);
  return keys.map((key) => Number(rows.find((r) => r.key === key)?.value ?? 0)).join('.');
}

type Cache = Map<string, { version: string; value: Promise<unknown> }>;
const scopedCaches = new Map<string, Cache>();
// A handle without a scope (a transaction) keeps its own cache, dropped with the handle.
const handleCaches = new WeakMap<object, Cache>();

/**
 * Returns `load()`'s result cached per database, province and the versions of `keys` (bumped by
 * triggers on every change, migration 0004_change_feed). Concurrent callers share one load, so a
 * burst of requests after a change does not rebuild the same index sixty times.
 */
export async function cachedByVersions<T>(
  db: Db | Tx,
  name: string,
  keys: readonly VersionKey[],
  load: () => Promise<T>,
): Promise<T> {
  const version = await readVersions(db, keys);
  // Keyed by database and province, so one province's snapshot never answers another's request.
  const handle = handleScopeOf(db);
  const scope = handle?.key();
  let cache = scope === undefined ? handleCaches.get(db) : scopedCaches.get(scope);
  if (!cache) {
    cache = new Map();
    if (scope === undefined) handleCaches.set(db, cache);
    else scopedCaches.set(scope, cache);
  }
  const hit = cache.get(name);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  cache.set(name, { version, value });
  value.catch(() => cache.delete(name));
  return value;
}

/** `cachedByVersions` under the organisation registry's version alone. */
export function cachedByRegistryVersion<T>(db: Db | Tx, name: string, load: () => Promise<T>): Promise<T> {
  return cachedByVersions(db, name, ['registry-version'], load);
}
