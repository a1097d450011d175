export { notifyPlanDuties, acknowledgePlan, listPlanAcknowledgements } from './plan-duties.js';
export { listMyNotifications, markNotificationRead, markAllNotificationsRead } from './notifications.queries.js';
export { createNotifications, type NewNotification } from './create-notifications.js';
