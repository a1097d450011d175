import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Clock, RequestContext } from '../context.js';
import type { Db } from '../db/client.js';
import { findSessionActor, SESSION_TTL_MS } from '../features/auth/sessions.js';
import { AppError } from './app-error.js';

export const SESSION_COOKIE = 'ttdn_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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
  const value = token === null ? `${SESSION_COOKIE}=; Max-Age=0` : `${SESSION_COOKIE}=${token}; Max-Age=${SESSION_TTL_MS / 1000}`;
  reply.header('set-cookie', `${value}; Path=/; HttpOnly; SameSite=Strict${secure}`);
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext & { actor: Actor };
    csrfToken: string;
  }
}

/**
 * Builds the request context from the session cookie; answers 401 without a live session and 403
 * when a state-changing request lacks the session's CSRF token.
 */
export function authenticate(deps: { db: Db; clock: Clock }) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập / Please sign in');
    const session = await findSessionActor(deps.db, token, deps.clock.now());
    if (!session) throw new AppError('SESSION_EXPIRED', 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại / Your session has expired; please sign in again');
    if (UNSAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('CSRF_INVALID', 'Thiếu mã bảo vệ CSRF; hãy tải lại trang / Missing or wrong CSRF token; reload the page');
    }
    request.csrfToken = session.csrfToken;
    request.ctx = { db: deps.db, clock: deps.clock, actor: session.actor, requestId: request.id };
  };
}
