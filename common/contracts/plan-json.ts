import { z } from 'zod';

/** Timeframe kinds of a task, as the importer contract (shared/design/plan-json.md) fixes them. */
export const TimeframeKind = z.enum(['continuous', 'within-year', 'annual', 'quarter', 'month', 'deadline', 'other']);
export type TimeframeKind = z.infer<typeof TimeframeKind>;

/** ISO calendar date, yyyy-mm-dd. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');

export const PlanTimeframe = z.object({
  text: z.string().nullable(),
  kind: TimeframeKind.nullable(),
  due: IsoDate.nullable(),
});
export type PlanTimeframe = z.infer<typeof PlanTimeframe>;

export const PlanJsonTask = z.object({
  code: z.string().min(1),
  parent: z.string().nullable(),
  title: z.string(),
  content: z.string(),
  lead: z.array(z.string()),
  coordinators: z.array(z.string()),
  implementers: z.array(z.string()),
  guides: z.array(z.string()),
  timeframe: PlanTimeframe,
});
export type PlanJsonTask = z.infer<typeof PlanJsonTask>;

export const PlanJsonLegalBasis = z.object({
  symbol: z.string().nullable(),
  kind: z.string().nullable(),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
});
export type PlanJsonLegalBasis = z.infer<typeof PlanJsonLegalBasis>;

export const ReportingDeadlineKind = z.enum(['agency-plan', 'semiannual', 'annual']);
export type ReportingDeadlineKind = z.infer<typeof ReportingDeadlineKind>;

export const PlanJson = z.object({
  document: z.object({
    kind: z.string().nullable(),
    number: z.string().nullable(),
    title: z.string().nullable(),
    year: z.number().int().nullable(),
    issuer: z.string().nullable(),
    province: z.string().nullable(),
    issuedOn: IsoDate.nullable(),
    signer: z
      .object({ name: z.string().nullable(), position: z.string().nullable(), authority: z.string().nullable() })
      .nullable(),
  }),
  legalBases: z.array(PlanJsonLegalBasis),
  tasks: z.array(PlanJsonTask),
  reportingDeadlines: z.array(z.object({ kind: ReportingDeadlineKind, due: IsoDate })),
  recipients: z.array(z.string()),
  warnings: z.array(z.string()),
});
/** The importer's output (contract v1): what `ttdn plan parse` prints and `plan import` stores. */
export type PlanJson = z.infer<typeof PlanJson>;

/** Task role names in the data model, one per agency field of a contract task. */
export const TaskRoleKind = z.enum(['lead', 'coordinator', 'implementer', 'guide']);
export type TaskRoleKind = z.infer<typeof TaskRoleKind>;

/** Which contract field holds each role's agency names. */
export const ROLE_FIELDS: Record<TaskRoleKind, 'lead' | 'coordinators' | 'implementers' | 'guides'> = {
  lead: 'lead',
  coordinator: 'coordinators',
  implementer: 'implementers',
  guide: 'guides',
};
