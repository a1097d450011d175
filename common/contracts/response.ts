import { z } from 'zod';
import { endpoint, XLSX_TYPE } from './endpoint.js';
import { QuarterCoverage } from './press-relations.js';
import { Abilities, Id, IsoDate, Timestamp, Year } from './primitives.js';

const tags = ['response'];

export const CaseKind = z.enum(['misinformation', 'sovereignty-product', 'sensitive-coverage']);
export const CaseIntake = z.enum(['alert', 'url', 'tip', 'referral', 'manual']);
export const CaseSeverity = z.enum(['low', 'medium', 'high', 'critical']);
/** The labels as the law words them: tin giả / tin sai sự thật / thông tin xác thực. */
export const CaseLabel = z.enum(['tin-gia', 'tin-sai-su-that', 'thong-tin-xac-thuc']);
export const CaseStatus = z.enum(['open', 'verifying', 'responding', 'closed']);
export const ActionKind = z.enum([
  'verification-note',
  'clarification',
  'rebuttal',
  'press-release',
  'takedown-request',
  'talking-point',
]);
const WebUrl = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https?:\/\/\S+$/i, 'http(s)://…');
const Text = (max: number) => z.string().trim().max(max);

export const SovereigntyProduct = z.object({
  what: Text(300).min(2),
  productType: z.enum(['map', 'textbook', 'goods', 'app', 'film', 'other']),
  whereFound: Text(300).min(2),
  maker: Text(300).nullable(),
  seized: z.boolean(),
});

/** A case as its list shows it. */
export const CaseSummary = z.object({
  id: z.number(),
  kind: CaseKind,
  title: z.string(),
  severity: CaseSeverity,
  label: CaseLabel.nullable(),
  status: CaseStatus,
  isSensitive: z.boolean(),
  openedOn: IsoDate,
  closedOn: IsoDate.nullable(),
  leadAgencyName: z.string().nullable(),
  /** Days since opening (or until closing), calendar days. */
  ageDays: z.number(),
  lapsedReferrals: z.number(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseReferral = z.object({
  id: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  request: z.string(),
  sentOn: IsoDate,
  workingDays: z.number(),
  dueOn: IsoDate,
  answeredAt: Timestamp.nullable(),
  answer: z.string().nullable(),
  escalatedAt: Timestamp.nullable(),
  isLapsed: z.boolean(),
  /** May the actor record this referral's answer (the referred agency's staff)? */
  canAnswer: z.boolean(),
});

export const CaseAction = z.object({
  id: z.number(),
  kind: ActionKind,
  title: z.string(),
  ownerName: z.string(),
  dueOn: IsoDate,
  status: z.enum(['planned', 'done', 'cancelled']),
  outcome: z.string().nullable(),
  url: z.string().nullable(),
  doneOn: IsoDate.nullable(),
  pressConferenceId: z.number().nullable(),
  pressConferenceTitle: z.string().nullable(),
});

export const CaseEvidence = z.object({
  id: z.number(),
  url: z.string(),
  version: z.number(),
  outcome: z.enum(['captured', 'failed']),
  httpStatus: z.number().nullable(),
  contentType: z.string().nullable(),
  title: z.string().nullable(),
  textExcerpt: z.string().nullable(),
  truncated: z.boolean(),
  failure: z.string().nullable(),
  sha256: z.string().nullable(),
  note: z.string().nullable(),
  capturedAt: Timestamp,
});

const ToneCounts = z.object({ positive: z.number(), neutral: z.number(), negative: z.number(), unknown: z.number() });
/** Press coverage about a case in the fortnight before a rebuttal (clarification, press release) and from it. */
export const ActionCoverage = z.object({
  actionId: z.number(),
  caseId: z.number(),
  caseTitle: z.string(),
  kind: z.enum(['rebuttal', 'clarification', 'press-release']),
  doneOn: IsoDate,
  before: ToneCounts,
  after: ToneCounts,
});

/** A case with its chain: posts, evidence, referrals, actions and the people named on it. */
export const CaseDetail = CaseSummary.extend({
  summary: z.string(),
  intake: CaseIntake,
  sourceUrl: z.string().nullable(),
  sourceArticleId: z.string().nullable(),
  leadAgencyId: z.number().nullable(),
  product: SovereigntyProduct.nullable(),
  openedAt: Timestamp,
  firstResponseAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  outcome: z.string().nullable(),
  version: z.number(),
  members: z.array(z.object({ userId: z.number(), displayName: z.string(), role: z.enum(['coordinator', 'member']) })),
  posts: z.array(z.object({ id: z.number(), url: z.string(), note: z.string().nullable(), seenOn: IsoDate })),
  evidence: z.array(CaseEvidence),
  referrals: z.array(CaseReferral),
  actions: z.array(CaseAction),
  /** The reach of each done rebuttal, measured from press monitoring (14 days either side). */
  coverage: z.array(ActionCoverage),
  /** May the actor change this case (coordinators named on a sensitive one)? */
  canManage: z.boolean(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const OpenCaseBody = z.object({
  kind: CaseKind,
  title: Text(300).min(3),
  summary: Text(5000).default(''),
  intake: CaseIntake,
  sourceUrl: WebUrl.nullable().optional(),
  /** An article of press monitoring (issue 9), by its id as text: no link to its tables. */
  sourceArticleId: Text(100).nullable().optional(),
  severity: CaseSeverity,
  label: CaseLabel.nullable().optional(),
  isSensitive: z.boolean().default(false),
  leadAgencyId: Id.nullable().optional(),
  product: SovereigntyProduct.nullable().optional(),
  /** Other people named on the case (need to know). */
  memberUserIds: z.array(Id).max(50).default([]),
});
export type OpenCaseBody = z.input<typeof OpenCaseBody>;

const CaseOut = z.object({ case: CaseDetail });

export const listCases = endpoint({
  method: 'GET',
  path: '/api/response/cases',
  summary: 'Vụ việc cần xử lý / Response cases the actor may see',
  tags,
  query: z.object({ status: CaseStatus.optional(), kind: CaseKind.optional() }),
  response: z.object({ cases: z.array(CaseSummary), abilities: Abilities }),
});

export const downloadCasesWorkbook = endpoint({
  method: 'GET',
  path: '/api/response/cases.xlsx',
  summary: 'Sổ theo dõi vụ việc (Excel) / The cases register as a workbook',
  tags,
  response: { file: [XLSX_TYPE] },
});

export const openCase = endpoint({
  method: 'POST',
  path: '/api/response/cases',
  summary: 'Tiếp nhận vụ việc / Open a case (from an alert, a URL, a tip, a referral or by hand)',
  tags,
  body: OpenCaseBody,
  status: 201,
  response: CaseOut,
});

export const getCase = endpoint({
  method: 'GET',
  path: '/api/response/cases/:id',
  summary: 'Hồ sơ vụ việc / A case with its chain (a sensitive case: every view is audited)',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ case: CaseDetail, abilities: Abilities }),
});

/** A person named on a case, and their role there. */
export const CaseMemberBody = z.object({ userId: Id, role: z.enum(['coordinator', 'member']).default('member') });

export const setCaseMember = endpoint({
  method: 'POST',
  path: '/api/response/cases/:id/members',
  summary: 'Thêm người vào vụ việc / Name a person on a case, or change their role (audited)',
  tags,
  params: z.object({ id: Id }),
  body: CaseMemberBody,
  response: CaseOut,
});

export const listCasePeople = endpoint({
  method: 'GET',
  path: '/api/response/people',
  summary: 'Người có thể nêu tên trong vụ việc / Accounts a coordinator may name on a case',
  tags,
  response: z.object({
    people: z.array(z.object({ userId: z.number(), displayName: z.string(), username: z.string() })),
  }),
});

export const removeCaseMember = endpoint({
  method: 'DELETE',
  path: '/api/response/cases/:id/members/:userId',
  summary: 'Bỏ người khỏi vụ việc / Take a person off a case: they lose access at once (audited)',
  tags,
  params: z.object({ id: Id, userId: Id }),
  response: CaseOut,
});

export const transitionCase = endpoint({
  method: 'POST',
  path: '/api/response/cases/:id/transition',
  summary: 'Chuyển trạng thái vụ việc / Verify, respond to or close a case',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    action: z.enum(['verify', 'respond', 'close']),
    outcome: Text(3000).optional(),
    label: CaseLabel.nullable().optional(),
  }),
  response: CaseOut,
});

export const addCasePost = endpoint({
  method: 'POST',
  path: '/api/response/cases/:id/posts',
  summary: 'Gộp thêm bài đăng vào vụ việc / Group another post of the same claim under a case',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ url: WebUrl, note: Text(500).nullable().optional(), seenOn: IsoDate.optional() }),
  response: CaseOut,
});

export const referCase = endpoint({
  method: 'POST',
  path: '/api/response/cases/:id/referrals',
  summary: 'Chuyển cơ quan có thẩm quyền / Refer a case, with an answer deadline in working days',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    agencyId: Id,
    request: Text(2000).min(3),
    workingDays: z.number().int().min(1).max(60).default(5),
  }),
  response: CaseOut,
});

export const answerReferral = endpoint({
  method: 'POST',
  path: '/api/response/referrals/:id/answer',
  summary: 'Trả lời văn bản chuyển xử lý / The referred agency records its answer',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ answer: Text(3000).min(2) }),
  response: CaseOut,
});

export const addCaseAction = endpoint({
  method: 'POST',
  path: '/api/response/cases/:id/actions',
  summary: 'Thêm việc xử lý / Add an action (verification, rebuttal, takedown, talking point…)',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    kind: ActionKind,
    title: Text(500).min(3),
    ownerName: Text(200).min(2),
    ownerAgencyId: Id.nullable().optional(),
    dueOn: IsoDate,
    pressConferenceId: Id.nullable().optional(),
  }),
  response: CaseOut,
});

export const completeCaseAction = endpoint({
  method: 'POST',
  path: '/api/response/actions/:id/complete',
  summary: 'Ghi nhận kết quả việc xử lý / Record an action as done, with its outcome',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ outcome: Text(2000).min(2), url: WebUrl.nullable().optional() }),
  response: CaseOut,
});

export const captureEvidence = endpoint({
  method: 'POST',
  path: '/api/response/cases/:id/evidence',
  summary: 'Lưu chứng cứ từ địa chỉ web / Capture a URL as evidence (text, HTML, SHA-256, time)',
  tags,
  params: z.object({ id: Id }),
  body: z.object({ url: WebUrl, note: Text(1000).nullable().optional() }),
  response: CaseOut,
});

export const escalateReferrals = endpoint({
  method: 'POST',
  path: '/api/response/referrals/escalate',
  summary: 'Báo cáo các văn bản quá hạn trả lời / Escalate referrals past their deadline',
  tags,
  response: z.object({ escalated: z.number() }),
});

// ——— board ———

export const responseBoard = endpoint({
  method: 'GET',
  path: '/api/response/board',
  summary: 'Bảng theo dõi xử lý thông tin / Open cases by severity and age, response and closing times',
  tags,
  query: z.object({ year: Year, from: IsoDate.optional(), to: IsoDate.optional() }),
  response: z.object({
    /**
     * The response work of a window (a reporting period's data window; the year when none is given),
     * counted by the very reader the submissions and the consolidated report use.
     */
    window: z.object({
      from: IsoDate,
      to: IsoDate,
      casesHandled: z.number(),
      conferencesHeld: z.number(),
      foreignGroupsReceived: z.number(),
    }),
    openBySeverity: z.record(CaseSeverity, z.number()),
    openByAge: z.object({ upTo7: z.number(), upTo30: z.number(), over30: z.number() }),
    medianHoursToFirstResponse: z.number().nullable(),
    medianDaysToClose: z.number().nullable(),
    lapsedReferrals: z.number(),
    quarters: z.array(QuarterCoverage),
    foreignGroupsReceived: z.number(),
    closedByLabel: z.record(z.string(), z.number()),
    /** Coverage tone around the year's rebuttals, clarifications and press releases. */
    coverageAfterActions: z.array(ActionCoverage),
  }),
});
