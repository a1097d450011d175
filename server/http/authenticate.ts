import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../context.js';
import type { Database } from '../db/client.js';
import {
  endIdleSession,
  findLiveSession,
  LAST_SEEN_GRANULARITY_MS,
  type LiveSession,
  SESSION_IDLE_MS,
  SESSION_TTL_MS,
  touchSession,
} from '../features/auth/sessions.js';
import { AppError } from '../../common/errors.js';
import { cachedSession } from './read-caches.js';

export const SESSION_COOKIE = 'ttdn_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sent by the web on its own polling (the unread count): such requests do not count as activity. */
export const BACKGROUND_HEADER = 'x-ttdn-background';

/** Reads one cookie from the Cookie header. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Sets the session cookie: HTTP-only, SameSite=Strict, Secure when served over HTTPS. */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string | null): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  const value =
    token === null ? `${SESSION_COOKIE}=; Max-Age=0` : `${SESSION_COOKIE}=${token}; Max-Age=${SESSION_TTL_MS / 1000}`;
  reply.header('set-cookie', `${value}; Path=/; HttpOnly; SameSite=Strict${secure}`);
}

declare module 'fastify' {
  interface FastifyRequest {
    session: LiveSession;
  }
}

/**
 * Finds the session behind the cookie before any body is read; answers 401 without a live session
 * or after `sessionIdleMs` without activity (SESSION_IDLE), and 403 when a state-changing request
 * lacks the session's CSRF token. The actor is built later, inside the user's province (registerEndpoint).
 */
export function authenticate(deps: { database: Database; clock: Clock; sessionIdleMs?: number }) {
  const idleMs = deps.sessionIdleMs ?? SESSION_IDLE_MS;
  return async (request: FastifyRequest): Promise<void> => {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) throw new AppError('UNAUTHENTICATED');
    const now = deps.clock.now();
    // From memory while nothing ended it (server/http/read-caches.ts); the lookup is the system's.
    const session = await cachedSession(deps.database, token, now, () => findLiveSession(deps.database.db, token, now));
    if (!session) throw new AppError('SESSION_EXPIRED');
    await keepAlive(deps.database, session, token, now, idleMs, request.headers[BACKGROUND_HEADER] === '1');
    if (UNSAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('CSRF_INVALID');
    }
    request.session = session;
  };
}

/**
 * The idle timeout. The cached session's last-seen time may lag behind another instance's, so an
 * apparently idle session is read again before it is ended; an active one is written at most once
 * a minute (LAST_SEEN_GRANULARITY_MS), and never by background polling.
 */
async function keepAlive(
  database: Database,
  session: LiveSession,
  token: string,
  now: Date,
  idleMs: number,
  background: boolean,
): Promise<void> {
  const idleSince = new Date(now.getTime() - idleMs);
  if (session.lastSeenAt <= idleSince) {
    const fresh = await findLiveSession(database.db, token, now);
    if (!fresh || fresh.lastSeenAt <= idleSince) {
      await endIdleSession(database.db, session.id, idleSince);
      throw new AppError('SESSION_IDLE', { minutes: Math.round(idleMs / 60_000) });
    }
    session.lastSeenAt = fresh.lastSeenAt;
  }
  if (background || now.getTime() - session.lastSeenAt.getTime() < LAST_SEEN_GRANULARITY_MS) return;
  await touchSession(database.db, session.id, now);
  session.lastSeenAt = now;
}
