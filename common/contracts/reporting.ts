import { z } from 'zod';
import { MAX_DOCUMENT_BYTES, MAX_EVIDENCE_BYTES, MAX_LINE_TEXT, MAX_LINK_LENGTH } from '../limits.js';
import { endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, Timestamp, Year } from './primitives.js';

const tags = ['reporting'];

export const SubmissionStatus = z.enum(['draft', 'approved', 'submitted', 'returned', 'accepted']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;
export const TimelinessClass = z.enum(['on-time', 'late', 'pending-within-term', 'overdue']);
export type TimelinessClass = z.infer<typeof TimelinessClass>;
export const LineStatus = z.enum(['not-started', 'in-progress', 'done', 'continuing']);
export type LineStatus = z.infer<typeof LineStatus>;
export const RegimeKind = z.enum(['agency-plan', 'semiannual', 'annual', 'ad-hoc']);
export const ReviewStatus = z.enum(['pending', 'accepted', 'returned']);

/** Reporting rate and on-time rate over a set of obligations (DHIS2 notions). */
export const Rates = z.object({
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  late: z.number(),
  pendingWithinTerm: z.number(),
  overdue: z.number(),
  reportingRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});
export type Rates = z.infer<typeof Rates>;

/** A reporting period [kỳ báo cáo]: data window, the deadline as stated and as it falls, the lock. */
export const PeriodView = z.object({
  id: z.number(),
  regimeId: z.number(),
  planId: z.number(),
  kind: RegimeKind,
  year: z.number(),
  label: z.string(),
  windowFrom: IsoDate,
  windowTo: IsoDate,
  statedDue: IsoDate,
  dueOn: IsoDate,
  locksOn: IsoDate,
  closedAt: Timestamp.nullable(),
});
export type PeriodView = z.infer<typeof PeriodView>;

/** One agency's obligation in a period, as lists and boards show it. */
export const ObligationRow = z.object({
  obligationId: z.number(),
  periodId: z.number(),
  agencyId: z.number(),
  agency: z.string(),
  taskIds: z.array(z.number()),
  tasksOwed: z.number(),
  submissionId: z.number().nullable(),
  status: SubmissionStatus.nullable(),
  firstSubmittedAt: Timestamp.nullable(),
  submittedAt: Timestamp.nullable(),
  acceptedAt: Timestamp.nullable(),
  returnedAt: Timestamp.nullable().optional(),
  approvalRequestedAt: Timestamp.nullable().optional(),
  dueOn: IsoDate,
  locksOn: IsoDate,
  exceptionTo: IsoDate.nullable(),
  /** The due date in force: the extension when there is one (every count uses it). */
  dueInForce: IsoDate,
  /** Working days past the due date in force (late or overdue); on the board only. */
  daysLate: z.number().nullable().optional(),
  /** Every send, oldest first: the first, then each one after a return; on the board only. */
  sends: z.array(Timestamp).optional(),
  entryOpen: z.boolean(),
  timeliness: TimelinessClass,
  isOwn: z.boolean(),
});
export type ObligationRow = z.infer<typeof ObligationRow>;

export const PeriodWithRates = PeriodView.extend({ rates: Rates, ownStatus: ObligationRow.nullable() });
export type PeriodWithRates = z.infer<typeof PeriodWithRates>;

export const TimelinessBoard = z.object({
  period: PeriodView,
  today: IsoDate,
  overall: Rates,
  byAgency: z.array(ObligationRow),
  byTask: z.array(Rates.extend({ taskId: z.number(), code: z.string(), title: z.string() })),
  abilities: Abilities,
});
export type TimelinessBoard = z.infer<typeof TimelinessBoard>;

/** What the actor may do with one report (computed on the server). */
export const SubmissionAbilities = z.object({
  canRead: z.boolean(),
  canEdit: z.boolean(),
  canApprove: z.boolean(),
  canSubmit: z.boolean(),
  canReview: z.boolean(),
  canUploadFiles: z.boolean(),
  canRequestApproval: z.boolean(),
});
export type SubmissionAbilities = z.infer<typeof SubmissionAbilities>;

/** One owed task in a report: status, what was done, results, evidence links, and its review. */
export const SubmissionLine = z.object({
  taskId: z.number(),
  code: z.string(),
  title: z.string(),
  timeframeKind: z.string().nullable(),
  timeframeText: z.string().nullable(),
  isContinuous: z.boolean(),
  status: LineStatus,
  doneText: z.string(),
  resultsText: z.string(),
  evidenceLinks: z.array(z.string()),
  reviewStatus: ReviewStatus,
  reviewComment: z.string().nullable(),
  lineId: z.number().nullable(),
  /** The line as it was when the report was returned, when it has changed since (for the reviewer). */
  sinceReturn: z.object({ status: LineStatus, doneText: z.string(), resultsText: z.string() }).nullable().optional(),
});
export type SubmissionLine = z.infer<typeof SubmissionLine>;

/** An indicator of the catalogue [chỉ tiêu] with its unit, rules and breakdown. */
export const IndicatorDef = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  group: z.string(),
  isInteger: z.boolean(),
  minValue: z.number(),
  maxValue: z.number().nullable(),
  breakdown: z
    .object({ dimension: z.string(), keys: z.array(z.object({ key: z.string(), label: z.string() })) })
    .nullable(),
});
export type IndicatorDef = z.infer<typeof IndicatorDef>;

export const IndicatorValue = z.object({ code: z.string(), breakdownKey: z.string(), value: z.number() });
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const SubmissionFile = z.object({
  id: z.number(),
  lineId: z.number().nullable(),
  attachmentId: z.number(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number(),
});

export const OwnTaskLink = z.object({
  ownCode: z.string(),
  ownTitle: z.string(),
  taskId: z.number().nullable(),
  taskCode: z.string().nullable(),
  score: z.number(),
});
/** The agency's own plan (the Q1 duty) as parsed and linked to the province's tasks. */
export const OwnPlan = z.object({
  attachmentId: z.number(),
  filename: z.string(),
  title: z.string().nullable(),
  ownTasks: z.number(),
  links: z.array(OwnTaskLink),
  warnings: z.array(z.string()),
});

/** One agency's report for a period, as its form shows it. */
export const SubmissionView = z.object({
  period: PeriodView,
  regime: z.object({ id: z.number(), kind: z.string(), name: z.string(), outline: z.unknown() }).nullable(),
  agencyId: z.number(),
  submission: z.object({
    id: z.number().nullable(),
    status: SubmissionStatus.nullable(),
    version: z.number(),
    difficulties: z.string().nullable(),
    proposals: z.string().nullable(),
    firstSubmittedAt: Timestamp.nullable(),
    submittedAt: Timestamp.nullable(),
    approvedAt: Timestamp.nullable(),
    returnedAt: Timestamp.nullable(),
    approvalRequestedAt: Timestamp.nullable(),
    acceptedAt: Timestamp.nullable(),
    updatedAt: Timestamp.nullable(),
    ownPlanAttachmentId: z.number().nullable(),
  }),
  contentVisible: z.boolean(),
  lines: z.array(SubmissionLine),
  indicators: z.array(IndicatorDef),
  indicatorValues: z.array(IndicatorValue),
  files: z.array(SubmissionFile),
  returnReason: z.string().nullable(),
  ownPlan: OwnPlan.nullable(),
  timeliness: z.object({ class: TimelinessClass }).nullable(),
  entry: z.object({ locksOn: IsoDate, exceptionTo: IsoDate.nullable(), open: z.boolean() }),
  abilities: SubmissionAbilities,
  actorAbilities: Abilities,
  /** After a change: whether it changed anything (a repeated transition answers false). */
  changed: z.boolean().optional(),
});
export type SubmissionView = z.infer<typeof SubmissionView>;

export const TaskView = z.object({
  period: PeriodView,
  task: z.object({
    id: z.number(),
    code: z.string(),
    title: z.string(),
    timeframeKind: z.string().nullable(),
    timeframeText: z.string().nullable(),
  }),
  rates: Rates,
  agencies: z.array(
    ObligationRow.extend({
      line: SubmissionLine.pick({
        status: true,
        doneText: true,
        resultsText: true,
        evidenceLinks: true,
        reviewStatus: true,
        reviewComment: true,
      }).nullable(),
    }),
  ),
  abilities: Abilities,
});
export type TaskView = z.infer<typeof TaskView>;

const Text = z.string().max(MAX_LINE_TEXT);
/** An evidence link: http(s) and no spaces. */
export const EvidenceLink = z
  .string()
  .trim()
  .max(MAX_LINK_LENGTH)
  .regex(/^https?:\/\/\S+$/i, 'validation.link');

/** One owed task's line as the agency fills it. */
export const LineInput = z.object({
  taskId: z.number().int().positive(),
  status: LineStatus,
  doneText: Text.default(''),
  resultsText: Text.default(''),
  evidenceLinks: z.array(EvidenceLink).max(20).default([]),
});

/** An autosave of a report: the version the editor started from (0 before the first save) and what changed. */
export const SaveDraftBody = z.object({
  version: z.number().int().min(0),
  lines: z.array(LineInput).max(500).optional(),
  indicatorValues: z
    .array(z.object({ code: z.string().max(60), breakdownKey: z.string().max(20).optional(), value: z.number() }))
    .max(1000)
    .optional(),
  difficulties: Text.optional(),
  proposals: Text.optional(),
});
export type SaveDraftBody = z.input<typeof SaveDraftBody>;

export const ReturnReportBody = z.object({
  reason: z.string().trim().max(5000).default(''),
  comments: z
    .array(z.object({ taskId: z.number().int().positive(), comment: z.string().trim().min(1).max(5000) }))
    .max(500)
    .default([]),
});
export type ReturnReportBody = z.input<typeof ReturnReportBody>;

/**
 * The fields sent with an uploaded file (multipart/form-data, the file in part `file`): the name
 * to keep (the file part's own name when absent) and the task line it documents.
 */
export const UploadBody = z.object({
  filename: z.string().trim().min(1).max(255).optional(),
  taskId: z.coerce.number().int().positive().optional(),
});

const PeriodParams = z.object({ periodId: Id });
const SubmissionParams = z.object({ periodId: Id, agencyId: Id });
const SubmissionId = z.object({ id: Id });
const SubmissionAnswer = SubmissionView;

export const getEvidenceFile = endpoint({
  method: 'GET',
  path: '/api/reporting/submissions/:id/files/:fileId',
  summary: 'Tải tệp minh chứng / Download an evidence file',
  tags,
  params: z.object({ id: Id, fileId: Id }),
  response: { file: ['application/octet-stream'] },
});

export const listIndicators = endpoint({
  method: 'GET',
  path: '/api/reporting/indicators',
  summary: 'Bộ chỉ tiêu / The indicator catalogue',
  tags,
  response: z.object({
    indicators: z.array(
      z.object({
        id: z.number(),
        code: z.string(),
        name: z.string(),
        unit: z.string(),
        groupName: z.string(),
        /** English name, unit and group, shown when the screens are in English (null: none given). */
        nameEn: z.string().nullable(),
        unitEn: z.string().nullable(),
        groupNameEn: z.string().nullable(),
        breakdown: z.object({ dimension: z.string(), keys: z.array(z.string()) }).nullable(),
        isInteger: z.boolean(),
        minValue: z.number(),
        maxValue: z.number().nullable(),
        position: z.number(),
      }),
    ),
    abilities: Abilities,
  }),
});

export const createRegimes = endpoint({
  method: 'POST',
  path: '/api/reporting/plans/:planId/regimes',
  summary: 'Lập các kỳ báo cáo từ thời hạn của kế hoạch / Create reporting periods from a plan’s deadlines',
  tags,
  params: z.object({ planId: Id }),
  body: z
    .object({
      exclusive: z.boolean().optional(),
      rollForward: z.boolean().optional(),
      graceDays: z.number().int().min(0).max(60).optional(),
    })
    .default({}),
  status: 201,
  response: z.object({ planId: z.number(), periods: z.array(PeriodView), abilities: Abilities }),
});

export const listPeriods = endpoint({
  method: 'GET',
  path: '/api/reporting/periods',
  summary: 'Các kỳ báo cáo và tỷ lệ / Reporting periods with their rates',
  tags,
  query: z.object({ planId: Id.optional(), year: Year.optional() }),
  response: z.object({ periods: z.array(PeriodWithRates), abilities: Abilities }),
});

export const listObligations = endpoint({
  method: 'GET',
  path: '/api/reporting/periods/:periodId/obligations',
  summary: 'Cơ quan phải báo cáo trong kỳ / Who must report in a period',
  tags,
  params: PeriodParams,
  response: z.object({ period: PeriodView, rates: Rates, obligations: z.array(ObligationRow), abilities: Abilities }),
});

export const recomputeObligations = endpoint({
  method: 'POST',
  path: '/api/reporting/periods/:periodId/obligations/recompute',
  summary: 'Tính lại nghĩa vụ báo cáo / Recompute who must report (after a reorganisation)',
  tags,
  params: PeriodParams,
  response: z.object({ periodId: z.number(), obligations: z.number(), abilities: Abilities }),
});

export const grantExtension = endpoint({
  method: 'POST',
  path: '/api/reporting/periods/:periodId/exceptions',
  summary: 'Gia hạn cho một cơ quan / Grant an agency an extension',
  tags,
  params: PeriodParams,
  body: z.object({ agencyId: z.number().int().positive(), extendedTo: IsoDate, reason: z.string().min(3).max(1000) }),
  status: 201,
  response: z.object({
    exception: z.object({
      id: z.number(),
      periodId: z.number(),
      agencyId: z.number(),
      extendedTo: IsoDate,
      reason: z.string(),
      grantedBy: z.number().nullable(),
    }),
    abilities: Abilities,
  }),
});

export const getBoard = endpoint({
  method: 'GET',
  path: '/api/reporting/periods/:periodId/board',
  summary: 'Bảng theo dõi đúng hạn / The timeliness board of a period',
  tags,
  params: PeriodParams,
  response: TimelinessBoard,
});

export const getTaskView = endpoint({
  method: 'GET',
  path: '/api/reporting/periods/:periodId/tasks/:taskId',
  summary: 'Một nhiệm vụ qua các cơ quan / One task across the agencies that owe it',
  tags,
  params: z.object({ periodId: Id, taskId: Id }),
  response: TaskView,
});

export const getSubmission = endpoint({
  method: 'GET',
  path: '/api/reporting/periods/:periodId/agencies/:agencyId/submission',
  summary: 'Báo cáo của một cơ quan trong kỳ / One agency’s report for a period',
  tags,
  params: SubmissionParams,
  response: SubmissionAnswer,
});

export const saveDraft = endpoint({
  method: 'PUT',
  path: '/api/reporting/periods/:periodId/agencies/:agencyId/submission',
  summary: 'Lưu dự thảo (tự động) / Save a draft (autosave, with its version)',
  tags,
  params: SubmissionParams,
  body: SaveDraftBody,
  response: SubmissionAnswer,
});

// The transitions are written out in full: the web build keeps only each endpoint's literal method
// and path (scripts/contracts-for-the-web.mjs), so a shared helper would not do.
export const requestApproval = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/request-approval',
  summary: 'Trình lãnh đạo duyệt / The officer asks the leader to approve',
  tags,
  params: SubmissionId,
  response: SubmissionAnswer,
});
export const approveReport = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/approve',
  summary: 'Lãnh đạo duyệt báo cáo / The leader approves',
  tags,
  params: SubmissionId,
  response: SubmissionAnswer,
});
export const submitReport = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/submit',
  summary: 'Gửi báo cáo / The leader sends the report',
  tags,
  params: SubmissionId,
  response: SubmissionAnswer,
});
export const acceptReport = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/accept',
  summary: 'Chấp nhận báo cáo / The coordinator accepts',
  tags,
  params: SubmissionId,
  response: SubmissionAnswer,
});
export const returnReport = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/return',
  summary: 'Trả lại để chỉnh sửa / The coordinator returns it for correction',
  tags,
  params: SubmissionId,
  body: ReturnReportBody,
  response: SubmissionAnswer,
});

export const attachEvidence = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/files',
  summary: 'Đính kèm tệp minh chứng / Attach an evidence file',
  tags,
  params: SubmissionId,
  body: UploadBody,
  upload: { maxBytes: MAX_EVIDENCE_BYTES },
  status: 201,
  response: SubmissionAnswer.extend({ attachmentId: z.number() }),
});

export const uploadOwnPlan = endpoint({
  method: 'POST',
  path: '/api/reporting/submissions/:id/own-plan',
  summary: 'Tải kế hoạch của cơ quan lên (nhiệm vụ quý I) / Upload the agency’s own plan',
  tags,
  params: SubmissionId,
  body: UploadBody.omit({ taskId: true }),
  upload: { maxBytes: MAX_DOCUMENT_BYTES },
  status: 201,
  response: SubmissionAnswer,
});
