import { z } from 'zod';
import { DOCX_TYPE, endpoint } from './endpoint.js';
import { Id, IsoDate, QueryFlag, Timestamp } from './primitives.js';

const tags = ['notifications'];

/** One notice in the user's notification centre. */
export const NotificationView = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const listNotifications = endpoint({
  method: 'GET',
  path: '/api/notifications',
  summary: 'Thông báo của tôi / My notifications, newest first',
  tags,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.coerce.number().int().positive().optional(),
    unread: QueryFlag.optional(),
  }),
  response: z.object({ items: z.array(NotificationView), unreadCount: z.number() }),
});

export const markNotificationRead = endpoint({
  method: 'POST',
  path: '/api/notifications/:id/read',
  summary: 'Đánh dấu đã đọc / Mark one read',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ id: z.number(), readAt: Timestamp }),
});

export const markAllNotificationsRead = endpoint({
  method: 'POST',
  path: '/api/notifications/read-all',
  summary: 'Đánh dấu tất cả đã đọc / Mark all read',
  tags,
  response: z.object({ marked: z.number() }),
});

/** An agency's notice of duties for a plan and whether it acknowledged it. */
export const AcknowledgementView = z.object({
  agencyId: z.number(),
  agencyName: z.string(),
  notifiedAt: Timestamp,
  acknowledgedAt: Timestamp.nullable(),
  acknowledgedBy: z.number().nullable(),
});

const PlanParams = z.object({ id: Id });

export const notifyPlanDuties = endpoint({
  method: 'POST',
  path: '/api/plans/:id/notify-duties',
  summary: 'Gửi thông báo nhiệm vụ của kế hoạch / Notify every agency of its duties in an issued plan',
  tags: ['plans', 'notifications'],
  params: PlanParams,
  body: z.object({ asOf: IsoDate.optional() }).optional(),
  response: z.object({
    planId: z.number(),
    asOf: IsoDate,
    agencies: z.array(
      z.object({ agencyId: z.number(), name: z.string(), duties: z.number(), newlyNotified: z.boolean() }),
    ),
    notifications: z.number(),
    emails: z.number(),
  }),
});

export const acknowledgePlan = endpoint({
  method: 'POST',
  path: '/api/plans/:id/acknowledge',
  summary: 'Xác nhận đã nhận nhiệm vụ / My agency acknowledges its duties',
  tags: ['plans', 'notifications'],
  params: PlanParams,
  response: z.object({
    planId: z.number(),
    agencyId: z.number(),
    acknowledgedAt: Timestamp,
    alreadyAcknowledged: z.boolean(),
  }),
});

export const listPlanAcknowledgements = endpoint({
  method: 'GET',
  path: '/api/plans/:id/acknowledgements',
  summary: 'Ai đã xác nhận / Who was notified and who acknowledged',
  tags: ['plans', 'notifications'],
  params: PlanParams,
  query: z.object({ pending: QueryFlag.optional() }),
  response: z.object({ planId: z.number(), items: z.array(AcknowledgementView), pendingCount: z.number() }),
});

export const getReminderLetter = endpoint({
  method: 'GET',
  path: '/api/reporting/periods/:id/reminder-letter.docx',
  summary: 'Công văn đôn đốc (DOCX) / The reminder letter to late agencies',
  tags: ['reporting'],
  params: z.object({ id: Id }),
  query: z.object({ newDue: IsoDate.optional() }),
  response: { file: [DOCX_TYPE] },
});

/** How the person wants to hear of notices beyond the bell. */
export const NotificationPreferences = z.object({ emailDigest: z.boolean(), email: z.string().nullable() });

export const getNotificationPreferences = endpoint({
  method: 'GET',
  path: '/api/notifications/preferences',
  summary: 'Cách nhận thông báo / How I receive notices',
  tags,
  response: NotificationPreferences,
});

export const setNotificationPreferences = endpoint({
  method: 'PUT',
  path: '/api/notifications/preferences',
  summary: 'Đổi cách nhận thông báo / Choose whether notices also come by e-mail',
  tags,
  body: z.object({ emailDigest: z.boolean() }),
  response: NotificationPreferences,
});
