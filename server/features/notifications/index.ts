import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { registerReminderRoutes } from '../reminders/reminders.routes.js';
import { registerNotificationRoutes } from './notifications.routes.js';
import { registerPlanDutyRoutes } from './plan-duties.routes.js';

export { notifyPlanDuties, acknowledgePlan, listPlanAcknowledgements } from './plan-duties.js';
export { listMyNotifications, markNotificationRead, markAllNotificationsRead } from './notifications.queries.js';
export { createNotifications, type NewNotification } from './create-notifications.js';

/** Registers the notification centre, plan-duty notices and the reminder letter (one line in app.ts). */
export function registerNotificationFeatureRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  registerNotificationRoutes(app, deps);
  registerPlanDutyRoutes(app, deps);
  registerReminderRoutes(app, deps);
}
