/**
 * The caches in front of the database for the reads officials make all day: signed-in sessions
 * (token → session and actor) and whole answers of read routes (encoded, cached-answer.ts). Both are
 * keyed by versions of the change feed (server/db/change-feed.ts), so a change anywhere is seen
 * by the next request: at once on the instance that made it, within a notification elsewhere.
 */
import { LRUCache } from 'lru-cache';
import type { Actor } from '../context.js';
import type { VersionKey } from '../db/change-feed.js';
import type { Database } from '../db/client.js';
import type { LiveSession } from '../features/auth/sessions.js';
import { answerSize, type CachedAnswer } from './cached-answer.js';

type SessionEntry = { session: LiveSession; version: number };

/** The caches of one database (one per instance and database). */
export type ReadCaches = {
  sessions: LRUCache<string, SessionEntry>;
  responses: LRUCache<string, CachedAnswer>;
  /** Actors by user, under the registry version they were built with (agency scope follows merges). */
  actors: LRUCache<number, { version: number; actor: Actor }>;
};

const CACHES = new WeakMap<Database, ReadCaches>();

/** The read caches of a database, created on first use; a forgotten province's sessions go. */
export function readCachesOf(database: Database): ReadCaches {
  let caches = CACHES.get(database);
  if (!caches) {
    caches = {
      sessions: new LRUCache({ max: 10_000 }),
      // Sized by the bytes kept (plain, brotli, gzip): a whole plan tree is tens of kilobytes.
      responses: new LRUCache({
        maxSize: 64 * 1024 * 1024,
        sizeCalculation: (answer) => Math.max(1, answerSize(answer)),
      }),
      actors: new LRUCache({ max: 10_000 }),
    };
    CACHES.set(database, caches);
  }
  return caches;
}

/**
 * The live session behind a token, from memory while the province's 'sessions' version (bumped
 * when a session is deleted or a user changed) is the one it was read under and it has not
 * expired. A miss reads the version before the session, so a change committed in between is
 * never stored under the newer version.
 */
export async function cachedSession(
  database: Database,
  token: string,
  now: Date,
  load: () => Promise<LiveSession | null>,
): Promise<LiveSession | null> {
  const { sessions } = readCachesOf(database);
  const known = sessions.get(token);
  if (known && known.session.expiresAt > now) {
    const versions = await database.changes.versions(known.session.user.provinceId);
    if (versions.sessions === known.version) return known.session;
  }
  sessions.delete(token);
  // The province is known only from the session itself: learn it, read its version, read again.
  const first = known?.session ?? (await load());
  if (!first) return null;
  const { sessions: version } = await database.changes.versions(first.user.provinceId);
  const session = await load();
  if (session && session.user.provinceId === first.user.provinceId) sessions.set(token, { session, version });
  return session;
}

/** Builds (or reuses, under the same registry version) the actor of a signed-in user. */
export async function cachedActor(
  database: Database,
  user: LiveSession['user'],
  build: () => Promise<Actor>,
): Promise<Actor> {
  const { actors } = readCachesOf(database);
  const { 'registry-version': version } = await database.changes.versions(user.provinceId);
  const known = actors.get(user.id);
  // The user row itself is part of the key: a changed role or agency builds a new actor.
  if (known && known.version === version && sameUser(known.actor, user)) return known.actor;
  const actor = await build();
  actors.set(user.id, { version, actor });
  return actor;
}

function sameUser(actor: Actor, user: LiveSession['user']): boolean {
  return (
    actor.role === user.role &&
    actor.agencyId === user.agencyId &&
    actor.provinceId === user.provinceId &&
    actor.username === user.username &&
    actor.displayName === user.displayName
  );
}

/**
 * The key of a cached answer: the province and the versions the route depends on, who asks (role
 * and agency decide what an answer shows), today (answers default to it) and the URL.
 */
export async function responseKey(
  database: Database,
  keys: readonly VersionKey[],
  user: LiveSession['user'],
  today: string,
  url: string,
): Promise<string> {
  const versions = await database.changes.versions(user.provinceId);
  return `${user.provinceId}|${keys.map((k) => versions[k]).join('.')}|${user.role}|${user.agencyId ?? '-'}|${today}|${url}`;
}
