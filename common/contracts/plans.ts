import { z } from 'zod';
import { DOCX_TYPE, endpoint, XLSX_TYPE } from './endpoint.js';
import { NameResolution, NameTarget } from './organisations.js';
import { Obligation } from './owes.js';
import { PlanJson, PlanJsonTask, TaskRoleKind } from './plan-json.js';
import { Abilities, Id, IsoDate, Year } from './primitives.js';

const tags = ['plans'];

export const PlanStatus = z.enum(['draft', 'issued', 'archived']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** A plan as lists show it. */
export const PlanSummary = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string(),
  kind: z.string(),
  number: z.string().nullable(),
  status: PlanStatus,
  province: z.string(),
  issuedOn: IsoDate.nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const LegalBasisView = z.object({
  id: z.number(),
  position: z.number(),
  symbol: z.string().nullable(),
  kind: z.string().nullable(),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
});

/** A plan's header: document fields, deadlines it sets, recipients, import warnings. */
export const PlanDetail = PlanSummary.extend({
  issuer: z.string().nullable(),
  signer: z
    .object({ name: z.string().nullable(), position: z.string().nullable(), authority: z.string().nullable() })
    .nullable(),
  reportingDeadlines: z.array(z.object({ kind: z.enum(['agency-plan', 'semiannual', 'annual']), due: IsoDate })),
  recipients: z.array(z.string()),
  warnings: z.array(z.string()),
  legalBases: z.array(LegalBasisView),
  version: z.number(),
  sourceAttachmentId: z.number().nullable(),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** Who holds a role on a task, as printed and as resolved in the registry. */
export const TaskRoleChip = z.object({
  id: z.number(),
  role: TaskRoleKind,
  asPrinted: z.string(),
  target: z.object({ type: z.enum(['agency', 'group']), id: z.number(), name: z.string() }).nullable(),
});
export type TaskRoleChip = z.infer<typeof TaskRoleChip>;

/** One task of the plan page (with `isContext` for an ancestor shown only to place a match). */
export const PlanTaskView = z.object({
  id: z.number(),
  code: z.string(),
  parentId: z.number().nullable(),
  depth: z.number(),
  title: z.string(),
  content: z.string(),
  timeframe: z.object({ kind: z.string().nullable(), text: z.string().nullable(), due: IsoDate.nullable() }),
  isContext: z.boolean(),
  roles: z.array(TaskRoleChip),
  owed: z.array(Obligation),
});
export type PlanTaskView = z.infer<typeof PlanTaskView>;

export const PlanTree = z.object({
  plan: PlanDetail,
  /** For a draft: the issued plan of the same province and year that issuing it would archive. */
  replaces: z
    .object({ id: z.number(), title: z.string(), number: z.string().nullable(), issuedOn: IsoDate.nullable() })
    .nullable(),
  asOf: IsoDate,
  agencyId: z.number().nullable(),
  scoped: z.boolean(),
  totalTasks: z.number(),
  tasks: z.array(PlanTaskView),
  abilities: Abilities,
});
export type PlanTree = z.infer<typeof PlanTree>;

/** Where in the source text each parsed value came from (the review highlights them). */
export const SourceSpan = z.object({
  start: z.number(),
  end: z.number(),
  kind: z.enum(['task', 'agency', 'timeframe', 'legal-basis']),
  code: z.string().nullable(),
  text: z.string(),
});

/** A task found in both versions (paired by content) whose fields differ; `previousCode` when renumbered too. */
export const TaskChange = z.object({
  code: z.string(),
  previousCode: z.string(),
  title: z.string(),
  similarity: z.number(),
  fields: z.array(z.string()),
  before: PlanJsonTask.partial(),
  after: PlanJsonTask.partial(),
});
/** What a new version of a plan changes against the current one, tasks paired by title and roles, not by number. */
export const PlanDiff = z.object({
  added: z.array(z.object({ code: z.string(), title: z.string() })),
  removed: z.array(z.object({ code: z.string(), title: z.string() })),
  changed: z.array(TaskChange),
  renumbered: z.array(z.object({ code: z.string(), previousCode: z.string(), title: z.string() })),
  unchanged: z.number(),
});
export type PlanDiff = z.infer<typeof PlanDiff>;

/** The review screen's material after an upload: source, spans, parsed plan, names, diff. */
export const UploadAnswer = z.object({
  attachmentId: z.number(),
  source: z.string(),
  text: z.string(),
  spans: z.array(SourceSpan),
  plan: PlanJson,
  province: z.string(),
  names: z.array(NameResolution),
  /** Present when the document was read by OCR: the runs a reviewer should check. */
  ocr: z
    .object({
      pages: z.number(),
      meanConfidence: z.number(),
      lowConfidence: z.array(
        z.object({ line: z.number(), start: z.number(), end: z.number(), text: z.string(), confidence: z.number() }),
      ),
    })
    .nullable()
    .optional(),
  /** The plan of that province and year a new draft would replace when issued (the issued one, else the newest draft). */
  previous: z
    .object({
      id: z.number(),
      title: z.string(),
      status: PlanStatus,
      number: z.string().nullable(),
      issuedOn: IsoDate.nullable(),
      diff: PlanDiff,
    })
    .nullable(),
});
export type UploadAnswer = z.infer<typeof UploadAnswer>;

export const ImportAnswer = z.object({
  planId: z.number(),
  tasks: z.number(),
  unresolved: z.number(),
  warnings: z.array(z.string()),
});

const PlanParams = z.object({ id: Id });

export const listPlans = endpoint({
  method: 'GET',
  path: '/api/plans',
  summary: 'Danh sách kế hoạch / Plans, newest year first',
  tags,
  response: z.object({ plans: z.array(PlanSummary), abilities: Abilities }),
});

export const getPlan = endpoint({
  method: 'GET',
  path: '/api/plans/:id',
  summary: 'Trang kế hoạch: cây nhiệm vụ / The task tree, filtered by agency, role, timeframe and text',
  tags,
  params: PlanParams,
  query: z.object({
    agencyId: Id.optional(),
    role: TaskRoleKind.optional(),
    timeframe: z.string().max(40).optional(),
    q: z.string().max(200).optional(),
    asOf: IsoDate.optional(),
  }),
  response: PlanTree,
});

export const previewPlanImport = endpoint({
  method: 'POST',
  path: '/api/plans/import/preview',
  summary: 'Xem trước việc nhận diện tên / How a plan JSON’s names resolve',
  tags,
  body: z.object({ plan: PlanJson, province: z.string().max(100).optional() }),
  response: z.object({ province: z.string(), names: z.array(NameResolution) }),
});

export const importPlan = endpoint({
  method: 'POST',
  path: '/api/plans/import',
  summary: 'Lưu kế hoạch đã duyệt thành dự thảo / Store a reviewed plan as a draft',
  tags,
  body: z.object({
    plan: PlanJson,
    province: z.string().max(100).optional(),
    choices: z.record(z.string(), NameTarget).optional(),
    attachmentId: z.number().int().positive().optional(),
  }),
  status: 201,
  response: ImportAnswer,
});

export const uploadPlanDocument = endpoint({
  method: 'POST',
  path: '/api/plans/upload',
  summary: 'Tải văn bản kế hoạch lên để duyệt (tên tệp trong x-filename) / Upload a plan document for review',
  tags,
  query: z.object({ province: z.string().max(100).optional() }),
  response: UploadAnswer,
});

/** One event of a parse with progress: progress, then exactly one result or error. */
export const ParseEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    stage: z.enum(['reading', 'parsing']),
    pagesDone: z.number(),
    pagesTotal: z.number(),
    secondsLeft: z.number().nullable(),
  }),
  z.object({ type: z.literal('result'), answer: UploadAnswer }),
  z.object({
    type: z.literal('error'),
    error: z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) }),
  }),
]);
export type ParseEvent = z.infer<typeof ParseEvent>;

export const parsePlanDocument = endpoint({
  method: 'POST',
  path: '/api/plans/parse-jobs',
  summary:
    'Đọc văn bản kế hoạch và báo tiến độ từng trang (SSE; một tệp, hoặc nhiều ảnh trang mô tả trong x-parts) / Parse with page progress',
  tags,
  query: z.object({ province: z.string().max(100).optional() }),
  response: { events: ParseEvent },
});

export const setOpenGroupMembers = endpoint({
  method: 'PUT',
  path: '/api/task-roles/:id/members',
  summary: 'Chỉ định thành viên nhóm mở cho nhiệm vụ / Name an open group’s members for a task',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ agencyIds: z.array(z.number().int().positive()).max(500) }),
  response: z.object({ taskRoleId: z.number(), agencyIds: z.array(z.number()) }),
});

export const issuePlan = endpoint({
  method: 'POST',
  path: '/api/plans/:id/issue',
  summary: 'Ban hành kế hoạch, mở các kỳ báo cáo và thông báo nhiệm vụ / Issue a draft, open reporting, notify',
  tags,
  params: PlanParams,
  body: z.object({ version: z.number().int().positive() }),
  response: z.object({
    plan: PlanSummary,
    archived: z.array(z.number()),
    periodsCreated: z.number(),
    notice: z.object({ agencies: z.number(), notifications: z.number(), emails: z.number() }),
  }),
});

export const exportPlanDocx = endpoint({
  method: 'GET',
  path: '/api/plans/:id/export.docx',
  summary: 'Kế hoạch dạng Word (Nghị định 30/2020) / The plan as DOCX',
  tags,
  params: PlanParams,
  response: { file: [DOCX_TYPE] },
});

export const exportPlanXlsx = endpoint({
  method: 'GET',
  path: '/api/plans/:id/export.xlsx',
  summary: 'Kế hoạch dạng Excel / The plan as XLSX',
  tags,
  params: PlanParams,
  response: { file: [XLSX_TYPE] },
});

export const getPlanSource = endpoint({
  method: 'GET',
  path: '/api/plans/:id/source',
  summary: 'Tệp văn bản gốc / The source document as uploaded',
  tags,
  params: PlanParams,
  response: { file: ['application/octet-stream'] },
});

export const findOwes = endpoint({
  method: 'GET',
  path: '/api/owes',
  summary: 'Cơ quan X phải làm gì theo kế hoạch năm Y vào ngày D / What an agency owes, and why',
  tags,
  query: z.object({ name: z.string().min(1).max(300), planYear: Year, asOf: IsoDate }),
  response: z.object({
    agency: z.object({ id: z.number(), name: z.string() }),
    plan: z.object({ id: z.number(), year: z.number(), title: z.string() }),
    asOf: IsoDate,
    owes: z.array(Obligation),
  }),
});
