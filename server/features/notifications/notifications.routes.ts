import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { authenticate } from '../../http/authenticate.js';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.queries.js';

/** The notification centre: the signed-in user's own notifications. */
export function registerNotificationRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = authenticate(deps);
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    {
      onRequest,
      schema: {
        tags,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().positive().optional(),
          unread: z.enum(['true', 'false']).optional(),
        }),
      },
    },
    async (request) => listMyNotifications(request.ctx, { limit: request.query.limit, before: request.query.before, unreadOnly: request.query.unread === 'true' }),
  );
  r.post('/api/notifications/:id/read', { onRequest, schema: { tags, params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request) =>
    markNotificationRead(request.ctx, request.params.id),
  );
  r.post('/api/notifications/read-all', { onRequest, schema: { tags } }, async (request) => markAllNotificationsRead(request.ctx));
}
