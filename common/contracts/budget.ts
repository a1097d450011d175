import { z } from 'zod';
import { MAX_EVIDENCE_BYTES, MAX_LINE_TEXT } from '../limits.js';
import { DOCX_TYPE, endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, Timestamp, Year } from './primitives.js';

const tags = ['budget'];

/** Funding sources (seed III): the approved estimate by level, or other lawful sources. */
export const FundingSource = z.enum(['provincial', 'central', 'other']);
export type FundingSource = z.infer<typeof FundingSource>;

/** A request beyond the estimate: draft → submitted (Sở Tài chính) → appraised → decided by the UBND. */
export const BudgetRequestStatus = z.enum(['draft', 'submitted', 'appraised', 'approved', 'partial', 'refused']);
export type BudgetRequestStatus = z.infer<typeof BudgetRequestStatus>;

/** Whole đồng: a non-negative integer up to ten thousand billion (kept exact as bigint on the server). */
export const Dong = z.number().int().min(0).max(10_000_000_000_000);

export const AllocationInput = z.object({
  year: z.number().int().min(2000).max(2100),
  taskId: z.number().int().positive(),
  agencyId: z.number().int().positive(),
  source: FundingSource,
  sourceNote: z.string().trim().max(500).default(''),
  amountDong: Dong.min(1),
  decisionRef: z.string().trim().max(200).default(''),
});
export type AllocationInput = z.input<typeof AllocationInput>;

export const SpendingInput = z.object({
  spentOn: IsoDate,
  amountDong: Dong.min(1),
  description: z.string().trim().min(3).max(1000),
  documentRef: z.string().trim().max(200).default(''),
});
export type SpendingInput = z.input<typeof SpendingInput>;

/** A payment as its form sends it (multipart text fields beside the document in part `file`). */
export const SpendingForm = SpendingInput.extend({
  amountDong: z.coerce.number().pipe(Dong.min(1)),
  filename: z.string().trim().min(1).max(255).optional(),
});

/** Allocated, spent, remaining and execution in basis points (10 000 = 100 %; null when nothing allocated). */
export const BudgetFigures = z.object({
  allocated: z.number(),
  spent: z.number(),
  remaining: z.number(),
  executionBasisPoints: z.number().nullable(),
});

export const AllocationView = BudgetFigures.extend({
  id: z.number(),
  year: z.number(),
  taskId: z.number(),
  taskCode: z.string(),
  taskTitle: z.string(),
  agencyId: z.number(),
  agency: z.string(),
  source: FundingSource,
  sourceNote: z.string(),
  decisionRef: z.string(),
  requestId: z.number().nullable(),
  spending: z.array(
    z.object({
      id: z.number(),
      spentOn: IsoDate,
      amountDong: z.number(),
      description: z.string(),
      documentRef: z.string(),
      attachmentId: z.number().nullable(),
    }),
  ),
});
export type AllocationView = z.infer<typeof AllocationView>;

export const BudgetRequestView = z.object({
  id: z.number(),
  year: z.number(),
  taskId: z.number(),
  taskCode: z.string(),
  taskTitle: z.string(),
  agencyId: z.number(),
  agency: z.string(),
  source: FundingSource,
  amountDong: z.number(),
  reason: z.string(),
  status: BudgetRequestStatus,
  submittedOn: IsoDate.nullable(),
  appraisalDueOn: IsoDate.nullable(),
  appraisedOn: IsoDate.nullable(),
  appraisalOpinion: z.string(),
  appraisedAmountDong: z.number().nullable(),
  decisionDueOn: IsoDate.nullable(),
  decidedOn: IsoDate.nullable(),
  decisionRef: z.string(),
  approvedAmountDong: z.number().nullable(),
  /** The step in progress is past its working-day deadline. */
  overdue: z.boolean(),
  version: z.number(),
  updatedAt: Timestamp,
});
export type BudgetRequestView = z.infer<typeof BudgetRequestView>;

/** A year's budget as the reader may see it: the whole province, or the agency's own lines. */
export const BudgetYearView = z.object({
  year: z.number(),
  totals: BudgetFigures,
  bySource: z.array(BudgetFigures.extend({ source: FundingSource })),
  allocations: z.array(AllocationView),
  requests: z.array(BudgetRequestView),
  abilities: Abilities,
});
export type BudgetYearView = z.infer<typeof BudgetYearView>;

export const getBudgetYear = endpoint({
  method: 'GET',
  path: '/api/budget',
  summary: 'Kinh phí của năm: phân bổ, chi, tỷ lệ thực hiện, đề nghị bổ sung / A year’s budget',
  tags,
  query: z.object({ year: Year.optional(), agencyId: Id.optional() }),
  response: BudgetYearView,
});

export const createAllocation = endpoint({
  method: 'POST',
  path: '/api/budget/allocations',
  summary: 'Phân bổ kinh phí cho nhiệm vụ / Allocate money to a task from a source',
  tags,
  body: AllocationInput,
  status: 201,
  response: z.object({ allocation: AllocationView }),
});

export const recordSpending = endpoint({
  method: 'POST',
  path: '/api/budget/allocations/:id/spending',
  summary: 'Ghi một khoản chi có chứng từ / Record a payment with its voucher',
  tags,
  params: z.object({ id: Id }),
  body: SpendingForm,
  upload: { maxBytes: MAX_EVIDENCE_BYTES },
  status: 201,
  response: z.object({ allocation: AllocationView }),
});

export const draftBudgetRequest = endpoint({
  method: 'POST',
  path: '/api/budget/requests',
  summary: 'Dự thảo đề nghị bổ sung kinh phí ngoài dự toán / Draft a request beyond the estimate',
  tags,
  body: z.object({
    year: z.number().int().min(2000).max(2100),
    taskId: z.number().int().positive(),
    agencyId: z.number().int().positive(),
    source: FundingSource,
    amountDong: Dong.min(1),
    reason: z.string().trim().min(10).max(MAX_LINE_TEXT),
  }),
  status: 201,
  response: z.object({ request: BudgetRequestView }),
});

export const getBudgetRequest = endpoint({
  method: 'GET',
  path: '/api/budget/requests/:id',
  summary: 'Một đề nghị bổ sung kinh phí / One request beyond the estimate',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ request: BudgetRequestView, abilities: Abilities }),
});

export const submitBudgetRequest = endpoint({
  method: 'POST',
  path: '/api/budget/requests/:id/submit',
  summary: 'Gửi đề nghị tới Sở Tài chính thẩm định / Send the request to the Department of Finance',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ version: z.number().int().min(1) }),
  response: z.object({ request: BudgetRequestView }),
});

export const appraiseBudgetRequest = endpoint({
  method: 'POST',
  path: '/api/budget/requests/:id/appraise',
  summary: 'Ghi nhận ý kiến thẩm định của Sở Tài chính / Record the Department of Finance’s appraisal',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    version: z.number().int().min(1),
    opinion: z.string().trim().min(3).max(MAX_LINE_TEXT),
    amountDong: Dong,
  }),
  response: z.object({ request: BudgetRequestView }),
});

export const decideBudgetRequest = endpoint({
  method: 'POST',
  path: '/api/budget/requests/:id/decide',
  summary: 'Quyết định của UBND tỉnh: phê duyệt, phê duyệt một phần, không phê duyệt / The decision',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    version: z.number().int().min(1),
    decision: z.enum(['approve', 'partial', 'refuse']),
    amountDong: Dong.nullable().optional(),
    decisionRef: z.string().trim().min(1).max(200),
  }),
  response: z.object({ request: BudgetRequestView }),
});

export const downloadBudgetRequest = endpoint({
  method: 'GET',
  path: '/api/budget/requests/:id/request.docx',
  summary: 'Văn bản đề nghị bổ sung kinh phí (DOCX, Nghị định 30/2020) / The request as an official letter',
  tags,
  params: z.object({ id: Id }),
  response: { file: [DOCX_TYPE] },
});

/**
 * The province leader's "are we on track this year?" beside the period's figures: tasks of the year's
 * plan with and without recorded activity, the record's indicators to date against the same dates last
 * year, spending against allocation, reports overdue in the year's open periods, response cases open.
 */
export const YearTrack = z.object({
  year: z.number(),
  /** The data runs from 1 January to this day, and last year's figures over the same dates. */
  through: IsoDate,
  tasks: z.object({
    total: z.number(),
    withActivity: z.number(),
    /** Tasks without any activity yet, in plan order (the first 20). */
    without: z.array(z.object({ id: z.number(), code: z.string(), title: z.string() })),
  }),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      unit: z.string(),
      unitEn: z.string().nullable(),
      value: z.number(),
      lastYear: z.number(),
    }),
  ),
  budget: BudgetFigures.extend({ requestsPending: z.number(), requestsOverdue: z.number() }),
  overdueReports: z.number(),
  /** Response cases not closed that the leader may see (null when the role reads no cases). */
  openCases: z.number().nullable(),
});
export type YearTrack = z.infer<typeof YearTrack>;
