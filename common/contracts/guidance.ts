import { z } from 'zod';
import { MAX_LINE_TEXT } from '../limits.js';
import { DOCX_TYPE, endpoint, XLSX_TYPE } from './endpoint.js';
import { Abilities, Id, IsoDate, Timestamp, Year } from './primitives.js';

const tags = ['guidance'];

/** Where a recipient stands: not opened, opened (read receipt), acknowledged. */
export const GuidanceRecipientStatus = z.enum(['unread', 'read', 'acknowledged']);
export type GuidanceRecipientStatus = z.infer<typeof GuidanceRecipientStatus>;

/** What the coordinator types to issue a guidance note [định hướng tuyên truyền]. */
export const GuidanceInput = z
  .object({
    title: z.string().trim().min(3).max(500),
    body: z.string().trim().min(3).max(MAX_LINE_TEXT),
    number: z.string().trim().max(60).default(''),
    agencyIds: z.array(z.number().int().positive()).max(500).default([]),
    groupIds: z.array(z.number().int().positive()).max(50).default([]),
    taskIds: z.array(z.number().int().positive()).max(50).default([]),
    anniversaryKey: z.string().max(60).nullable().optional(),
    caseId: z.number().int().positive().nullable().optional(),
    /** Working days the agencies have to acknowledge it (default 3). */
    acknowledgeWithinDays: z.number().int().min(1).max(30).default(3),
  })
  .refine((v) => v.agencyIds.length + v.groupIds.length > 0, { message: 'agencies or groups', path: ['agencyIds'] });
export type GuidanceInput = z.input<typeof GuidanceInput>;

/** One recipient agency of a note and its receipt. */
export const GuidanceRecipientView = z.object({
  agencyId: z.number(),
  agency: z.string(),
  via: z.string(),
  status: GuidanceRecipientStatus,
  readAt: Timestamp.nullable(),
  acknowledgedAt: Timestamp.nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgementNote: z.string(),
  remindersSent: z.number(),
});
export type GuidanceRecipientView = z.infer<typeof GuidanceRecipientView>;

/** A note as the register lists it (counts of receipts). */
export const GuidanceSummary = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  issuedOn: IsoDate,
  acknowledgeBy: IsoDate,
  recipients: z.number(),
  read: z.number(),
  acknowledged: z.number(),
  /** The reader's own agency's status, for agency staff; null for province-wide readers. */
  mine: GuidanceRecipientStatus.nullable(),
  overdue: z.boolean(),
});
export type GuidanceSummary = z.infer<typeof GuidanceSummary>;

/** A note in full, with what it is linked to and (for province-wide readers) every recipient. */
export const GuidanceView = GuidanceSummary.extend({
  body: z.string(),
  tasks: z.array(z.object({ id: z.number(), code: z.string(), title: z.string() })),
  anniversary: z.object({ key: z.string(), title: z.string() }).nullable(),
  responseCase: z.object({ id: z.number(), title: z.string() }).nullable(),
  targets: z.array(z.string()),
  recipientList: z.array(GuidanceRecipientView),
});
export type GuidanceView = z.infer<typeof GuidanceView>;

export const GuidanceFilter = z.object({
  year: Year.optional(),
  agencyId: Id.optional(),
  /** pending = someone has not acknowledged; unread = someone has not opened it. */
  status: z.enum(['pending', 'unread', 'complete']).optional(),
  q: z.string().max(200).optional(),
});
export type GuidanceFilter = z.output<typeof GuidanceFilter>;

export const listGuidance = endpoint({
  method: 'GET',
  path: '/api/guidance',
  summary: 'Sổ văn bản định hướng / The register of guidance notes',
  tags,
  query: GuidanceFilter,
  response: z.object({ notes: z.array(GuidanceSummary), abilities: Abilities }),
});

export const downloadGuidanceRegister = endpoint({
  method: 'GET',
  path: '/api/guidance/register.xlsx',
  summary: 'Sổ văn bản định hướng (XLSX) / The register as a workbook, with the same filter',
  tags,
  query: GuidanceFilter,
  response: { file: [XLSX_TYPE] },
});

export const getGuidance = endpoint({
  method: 'GET',
  path: '/api/guidance/:id',
  summary: 'Một văn bản định hướng / One guidance note (reading does not count as a receipt: see open)',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ note: GuidanceView, abilities: Abilities }),
});

export const issueGuidance = endpoint({
  method: 'POST',
  path: '/api/guidance',
  summary: 'Ban hành định hướng tuyên truyền / Issue a guidance note to agencies or groups',
  tags,
  body: GuidanceInput,
  status: 201,
  response: z.object({ note: GuidanceView }),
});

export const openGuidance = endpoint({
  method: 'POST',
  path: '/api/guidance/:id/open',
  summary: 'Ghi nhận đã đọc / Record the reader’s agency’s read receipt (the first open only)',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ readAt: Timestamp, first: z.boolean() }),
});

export const acknowledgeGuidance = endpoint({
  method: 'POST',
  path: '/api/guidance/:id/acknowledge',
  summary: 'Xác nhận đã tiếp thu / Acknowledge a guidance note for the reader’s agency',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ note: z.string().trim().max(2000).default('') }),
  response: z.object({ note: GuidanceView }),
});

export const downloadGuidanceDocx = endpoint({
  method: 'GET',
  path: '/api/guidance/:id/note.docx',
  summary: 'Văn bản định hướng (DOCX, Nghị định 30/2020) / The note as an official DOCX',
  tags,
  params: z.object({ id: Id }),
  response: { file: [DOCX_TYPE] },
});

export const getGuidanceOptions = endpoint({
  method: 'GET',
  path: '/api/guidance/options',
  summary: 'Cơ quan, nhóm, nhiệm vụ, ngày kỷ niệm, vụ việc để ban hành định hướng / The issue form’s choices',
  tags,
  query: z.object({ year: Year.optional() }),
  response: z.object({
    agencies: z.array(z.object({ id: z.number(), name: z.string() })),
    groups: z.array(z.object({ id: z.number(), name: z.string() })),
    tasks: z.array(z.object({ id: z.number(), code: z.string(), title: z.string() })),
    anniversaries: z.array(z.object({ key: z.string(), title: z.string(), round: z.boolean() })),
    cases: z.array(z.object({ id: z.number(), title: z.string() })),
    abilities: Abilities,
  }),
});
