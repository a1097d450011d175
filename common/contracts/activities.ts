import { z } from 'zod';
import { MAX_DOCUMENT_BYTES, MAX_LINE_TEXT } from '../limits.js';
import { endpoint, XLSX_TYPE } from './endpoint.js';
import { EvidenceLink } from './reporting.js';
import { Abilities, Id, IsoDate, Timestamp, Year } from './primitives.js';

const tags = ['activities'];

/** Kinds of activity an agency records against a plan task. */
export const ACTIVITY_KINDS = [
  'article',
  'conference',
  'event',
  'publication',
  'promotion',
  'guidance',
  'contest-entry',
  'other',
] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** One output of an activity as a catalogue indicator ('' breakdown key for an indicator without one). */
export const ActivityOutput = z.object({
  code: z.string().min(1).max(60),
  breakdownKey: z.string().max(20).default(''),
  value: z.number(),
});
export type ActivityOutput = z.infer<typeof ActivityOutput>;

/** What an officer types for an activity (quick entry on a phone: task, kind, title, date are enough). */
export const ActivityInput = z.object({
  agencyId: z.number().int().positive(),
  taskId: z.number().int().positive(),
  kind: ActivityKind,
  title: z.string().trim().min(3).max(500),
  startsOn: IsoDate,
  /** Last day of a multi-day activity; the first day when absent. */
  endsOn: IsoDate.nullable().optional(),
  place: z.string().trim().max(300).default(''),
  participants: z.number().int().min(0).max(1_000_000).nullable().optional(),
  /** Whole đồng. */
  costDong: z.number().int().min(0).max(1_000_000_000_000).nullable().optional(),
  evidenceLinks: z.array(EvidenceLink).max(20).default([]),
  notes: z.string().max(MAX_LINE_TEXT).default(''),
  outputs: z.array(ActivityOutput).max(50).default([]),
});
export type ActivityInput = z.input<typeof ActivityInput>;

/** An activity as lists and forms show it. */
export const ActivityView = z.object({
  id: z.number(),
  agencyId: z.number(),
  agency: z.string(),
  taskId: z.number(),
  taskCode: z.string(),
  taskTitle: z.string(),
  kind: ActivityKind,
  title: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  place: z.string(),
  participants: z.number().nullable(),
  costDong: z.number().nullable(),
  evidenceLinks: z.array(z.string()),
  notes: z.string(),
  outputs: z.array(z.object({ code: z.string(), breakdownKey: z.string(), value: z.number() })),
  version: z.number(),
  updatedAt: Timestamp,
});
export type ActivityView = z.infer<typeof ActivityView>;

/** Counts by kind and indicator sums over a window: the same numbers the reports are drafted from. */
export const ActivitySummary = z.object({
  from: IsoDate,
  to: IsoDate,
  count: z.number(),
  byKind: z.array(z.object({ kind: ActivityKind, count: z.number() })),
  indicators: z.array(z.object({ code: z.string(), breakdownKey: z.string(), value: z.number() })),
  costDong: z.number(),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

export const ActivityFilter = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  agencyId: Id.optional(),
  taskId: Id.optional(),
  /** Only activities with an output for this indicator (the list behind a figure). */
  indicator: z.string().max(60).optional(),
  kind: ActivityKind.optional(),
});
export type ActivityFilter = z.output<typeof ActivityFilter>;

export const listActivities = endpoint({
  method: 'GET',
  path: '/api/activities',
  summary: 'Hoạt động đã ghi nhận / Recorded activities (own agency; every agency for province readers)',
  tags,
  query: ActivityFilter,
  response: z.object({ activities: z.array(ActivityView), summary: ActivitySummary, abilities: Abilities }),
});

export const getActivity = endpoint({
  method: 'GET',
  path: '/api/activities/:id',
  summary: 'Một hoạt động / One activity',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ activity: ActivityView, abilities: Abilities }),
});

export const recordActivity = endpoint({
  method: 'POST',
  path: '/api/activities',
  summary: 'Ghi nhận một hoạt động / Record an activity against a plan task',
  tags,
  body: ActivityInput,
  status: 201,
  response: z.object({ activity: ActivityView }),
});

export const updateActivity = endpoint({
  method: 'PUT',
  path: '/api/activities/:id',
  summary: 'Sửa một hoạt động / Change an activity (with the version it was read at)',
  tags,
  params: z.object({ id: Id }),
  body: ActivityInput.extend({ version: z.number().int().min(1) }),
  response: z.object({ activity: ActivityView }),
});

export const deleteActivity = endpoint({
  method: 'DELETE',
  path: '/api/activities/:id',
  summary: 'Xoá một hoạt động / Delete an activity',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ removed: z.number() }),
});

export const getActivityOptions = endpoint({
  method: 'GET',
  path: '/api/activities/options',
  summary: 'Nhiệm vụ và chỉ tiêu để ghi hoạt động / Tasks an agency owes and indicators, for the form',
  tags,
  query: z.object({ agencyId: Id.optional(), year: Year.optional() }),
  response: z.object({
    agencyId: z.number().nullable(),
    tasks: z.array(z.object({ id: z.number(), code: z.string(), title: z.string() })),
    indicators: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        unit: z.string(),
        nameEn: z.string().nullable(),
        unitEn: z.string().nullable(),
        isInteger: z.boolean(),
        minValue: z.number(),
        maxValue: z.number().nullable(),
        breakdownKeys: z.array(z.string()),
      }),
    ),
    abilities: Abilities,
  }),
});

/** A report drafted from the record: per owed task what was done, and each indicator summed. */
export const SubmissionDraftFromActivities = z.object({
  periodId: z.number(),
  agencyId: z.number(),
  windowFrom: IsoDate,
  windowTo: IsoDate,
  lines: z.array(z.object({ taskId: z.number(), doneText: z.string(), activityIds: z.array(z.number()) })),
  indicatorValues: z.array(
    z.object({ code: z.string(), breakdownKey: z.string(), value: z.number(), activityIds: z.array(z.number()) }),
  ),
  /** Activities of the window recorded against tasks the agency does not owe in this period. */
  unplaced: z.number(),
  /**
   * What the lines took from the response record: cases handled, press conferences held, foreign
   * press groups received in the window, per task (their text is in `lines`).
   */
  fromResponse: z.array(
    z.object({
      taskId: z.number(),
      work: z.enum(['cases', 'conferences', 'foreignGroups', 'digests']),
      count: z.number(),
    }),
  ),
});
export type SubmissionDraftFromActivities = z.infer<typeof SubmissionDraftFromActivities>;

export const draftSubmissionFromActivities = endpoint({
  method: 'GET',
  path: '/api/activities/draft/periods/:periodId/agencies/:agencyId',
  summary: 'Dự thảo báo cáo từ hoạt động trong kỳ / A report drafted from the period’s activities',
  tags,
  params: z.object({ periodId: Id, agencyId: Id }),
  response: SubmissionDraftFromActivities,
});

export const downloadActivityTemplate = endpoint({
  method: 'GET',
  path: '/api/activities/template.xlsx',
  summary: 'Mẫu Excel để nhập nhiều hoạt động / The Excel template for bulk entry',
  tags,
  query: z.object({ agencyId: Id.optional(), year: Year.optional() }),
  response: { file: [XLSX_TYPE] },
});

export const importActivities = endpoint({
  method: 'POST',
  path: '/api/activities/import',
  summary: 'Nhập hoạt động từ tệp Excel (tất cả hoặc không) / Import activities from a filled template (all or none)',
  tags,
  body: z.object({
    agencyId: z.coerce.number().int().positive(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    filename: z.string().trim().min(1).max(255).optional(),
  }),
  upload: { maxBytes: MAX_DOCUMENT_BYTES },
  status: 201,
  response: z.object({ created: z.number(), activityIds: z.array(z.number()) }),
});
