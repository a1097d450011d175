import { desc, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { auditEvents, users } from '../../db/schema/system.js';
import { authenticate } from '../../http/authenticate.js';
import { authorize } from '../../policies/policy.js';
import { createUser, CreateUserInput } from '../auth/create-user.js';

/** The audit log (admins) and account administration. */
export function registerAdminRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  r.get('/api/audit', { onRequest: preHandler, schema: { tags: ['admin'], querystring: z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) } }, async (request) => {
    authorize(request.ctx.actor, 'audit.read');
    const rows = await deps.db
      .select()
      .from(auditEvents)
      .where(request.query.before ? lt(auditEvents.id, request.query.before) : undefined)
      .orderBy(desc(auditEvents.id))
      .limit(request.query.limit);
    return { events: rows, nextBefore: rows.length === request.query.limit ? rows.at(-1)!.id : null };
  });
  r.get('/api/users', { onRequest: preHandler, schema: { tags: ['admin'] } }, async (request) => {
    authorize(request.ctx.actor, 'user.manage');
    const rows = await deps.db
      .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, agencyId: users.agencyId, isActive: users.isActive, email: users.email })
      .from(users)
      .orderBy(users.username);
    return { users: rows };
  });
  r.post('/api/users', { onRequest: preHandler, schema: { tags: ['admin'], body: CreateUserInput } }, async (request, reply) => {
    reply.status(201);
    return { user: await createUser(request.ctx, request.body) };
  });
}
