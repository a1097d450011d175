import { z } from 'zod';
import { MAX_DOCUMENT_BYTES, MAX_EVIDENCE_BYTES } from '../limits.js';
import { endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, Year } from './primitives.js';
import {
  Rates,
  PeriodView,
  ObligationRow,
  PeriodWithRates,
  TimelinessBoard,
  SubmissionView,
  TaskView,
  SaveDraftBody,
  ReturnReportBody,
  UploadBody,
} from './reporting-views.js';

export * from './reporting-views.js';

const tags = ['reporting'];

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
