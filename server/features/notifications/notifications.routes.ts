import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/notifications.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.queries.js';
import { getNotificationPreferences, setNotificationPreferences } from './notification-preferences.js';
import { acknowledgePlan, listPlanAcknowledgements, notifyPlanDuties } from './plan-duties.js';

/** The notification centre, notices of plan duties and their acknowledgements. */
export function registerNotificationRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listNotifications, async ({ query }, ctx) =>
    listMyNotifications(ctx, { limit: query.limit, before: query.before, unreadOnly: query.unread === 'true' }),
  );
  registerEndpoint(app, services, contract.markNotificationRead, async ({ params }, ctx) =>
    markNotificationRead(ctx, params.id),
  );
  registerEndpoint(app, services, contract.markAllNotificationsRead, async (_, ctx) => markAllNotificationsRead(ctx));
  registerEndpoint(app, services, contract.getNotificationPreferences, async (_, ctx) =>
    getNotificationPreferences(ctx),
  );
  registerEndpoint(app, services, contract.setNotificationPreferences, async ({ body }, ctx) =>
    setNotificationPreferences(ctx, body),
  );
  registerEndpoint(app, services, contract.notifyPlanDuties, async ({ params, body }, ctx) =>
    notifyPlanDuties(ctx, params.id, { asOf: body?.asOf }),
  );
  registerEndpoint(app, services, contract.acknowledgePlan, async ({ params }, ctx) => acknowledgePlan(ctx, params.id));
  registerEndpoint(app, services, contract.listPlanAcknowledgements, async ({ params, query }, ctx) =>
    listPlanAcknowledgements(ctx, params.id, { pendingOnly: query.pending === 'true' }),
  );
}
