import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { Timestamp } from './primitives.js';

/** One row of the audit log. */
export const AuditEventView = z.object({
  id: z.number(),
  at: Timestamp,
  actorUserId: z.number().nullable(),
  actorName: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const listAuditEvents = endpoint({
  method: 'GET',
  path: '/api/audit',
  summary: 'Nhật ký thao tác / The audit log, newest first',
  tags: ['audit'],
  query: z.object({
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({ events: z.array(AuditEventView), nextBefore: z.number().nullable() }),
});
