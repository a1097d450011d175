import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { SESSION_COOKIE, authenticate, readCookie, setSessionCookie } from '../../http/authenticate.js';
import { abilitiesFor } from '../../policies/policy.js';
import { changePassword, findSessionActor, login, logout } from './sessions.js';

const LoginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

/** Sign-in, sign-out, the current user and password change. */
export function registerAuthRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/auth/login', { schema: { body: LoginBody, tags: ['auth'] } }, async (request, reply) => {
    const { token, csrfToken } = await login({ db: deps.db, clock: deps.clock, requestId: request.id }, request.body.username, request.body.password);
    setSessionCookie(reply, request, token);
    const session = await findSessionActor(deps.db, token, deps.clock.now());
    return { user: session!.actor, csrfToken, abilities: abilitiesFor(session!.actor), today: deps.clock.today() };
  });
  r.post('/api/auth/logout', { schema: { tags: ['auth'] }, onRequest: authenticate(deps) }, async (request, reply) => {
    const token = readCookie(request, SESSION_COOKIE);
    if (token) await logout(deps.db, token);
    setSessionCookie(reply, request, null);
    return { ok: true };
  });
  r.get('/api/auth/me', { schema: { tags: ['auth'] }, onRequest: authenticate(deps) }, async (request) => ({
    user: request.ctx.actor,
    csrfToken: request.csrfToken,
    abilities: abilitiesFor(request.ctx.actor),
    today: deps.clock.today(),
  }));
  r.post(
    '/api/auth/password',
    { schema: { body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(8).max(200) }), tags: ['auth'] }, onRequest: authenticate(deps) },
    async (request, reply) => {
      await changePassword(request.ctx, request.body.currentPassword, request.body.newPassword);
      setSessionCookie(reply, request, null);
      return { ok: true };
    },
  );
}
