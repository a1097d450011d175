import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/auth.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { readCookie, SESSION_COOKIE, setSessionCookie } from '../../http/authenticate.js';
import { abilitiesFor } from '../../policies/policy.js';
import { listMySessions, revokeMySession, signOutOtherSessions } from './my-sessions.js';
import { changePassword, login, logout, SESSION_IDLE_MS } from './sessions.js';

/** Sign-in, sign-out, the current session, the person's sessions and password change. */
export function registerAuthRoutes(app: FastifyInstance, services: RouteServices): void {
  const idleMs = services.sessionIdleMs ?? SESSION_IDLE_MS;
  registerEndpoint(app, services, contract.login, async ({ body }, ctx, { request, reply }) => {
    const session = await login(ctx, body.username, body.password, {
      userAgent: request.headers['user-agent'],
      ip: request.ip,
      previousToken: readCookie(request, SESSION_COOKIE),
    });
    setSessionCookie(reply, request, session.token);
    return {
      user: session.actor,
      csrfToken: session.csrfToken,
      abilities: abilitiesFor(session.actor),
      today: ctx.clock.today(),
    };
  });
  registerEndpoint(app, services, contract.logout, async (_, ctx, { request, reply }) => {
    const token = readCookie(request, SESSION_COOKIE);
    if (token) await logout(ctx.db, token);
    setSessionCookie(reply, request, null);
    return { ok: true as const };
  });
  registerEndpoint(app, services, contract.me, async (_, ctx) => ({
    user: ctx.actor,
    csrfToken: ctx.csrfToken,
    abilities: abilitiesFor(ctx.actor),
    today: ctx.clock.today(),
  }));
  registerEndpoint(app, services, contract.listMySessions, async (_, ctx, { request }) => ({
    items: await listMySessions(ctx, request.session.id, idleMs),
    idleMinutes: Math.round(idleMs / 60_000),
  }));
  registerEndpoint(app, services, contract.revokeMySession, async ({ params }, ctx) => {
    await revokeMySession(ctx, params.sessionId);
    return { ok: true as const };
  });
  registerEndpoint(app, services, contract.signOutOtherSessions, async (_, ctx, { request }) => ({
    ended: await signOutOtherSessions(ctx, request.session.id),
  }));
  registerEndpoint(app, services, contract.changePassword, async ({ body }, ctx, { request, reply }) => {
    await changePassword(ctx, body.currentPassword, body.newPassword);
    setSessionCookie(reply, request, null);
    return { ok: true as const };
  });
}
