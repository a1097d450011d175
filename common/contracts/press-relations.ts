import { z } from 'zod';
import { DOCX_TYPE, endpoint, XLSX_TYPE } from './endpoint.js';
import { Abilities, Id, IsoDate, Year } from './primitives.js';

// Press relations of the response work: press conferences (Nghị định 09/2017) and foreign press
// groups (Nghị định 88/2012); the cases and the board are in response.ts.

const tags = ['response'];
const WebUrl = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https?:\/\/\S+$/i, 'http(s)://…');
const Text = (max: number) => z.string().trim().max(max);

// ——— press conferences ———

export const ConferenceQuestion = z.object({ outlet: Text(200), question: Text(2000).min(2), answer: Text(4000) });
export const ConferenceFollowUp = z.object({
  what: Text(500).min(2),
  owner: Text(200).min(2),
  dueOn: IsoDate,
  done: z.boolean().default(false),
});

export const PressConference = z.object({
  id: z.number(),
  kind: z.enum(['regular', 'ad-hoc']),
  title: z.string(),
  heldOn: IsoDate,
  place: z.string(),
  hostAgencyId: z.number().nullable(),
  hostAgencyName: z.string().nullable(),
  spokespersonId: z.number().nullable(),
  spokespersonName: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  topics: z.array(z.string()),
  invitedOutlets: z.array(z.string()),
  attendance: z.number().nullable(),
  questions: z.array(ConferenceQuestion),
  followUps: z.array(ConferenceFollowUp),
  coverageUrls: z.array(z.string()),
  talkingPoints: z.array(z.object({ actionId: z.number(), caseId: z.number(), title: z.string() })),
});
export type PressConference = z.infer<typeof PressConference>;

export const QuarterCoverage = z.object({
  quarter: z.number(),
  from: IsoDate,
  to: IsoDate,
  held: z.number(),
  state: z.enum(['ended', 'current', 'future']),
  isMissing: z.boolean(),
});

export const PlanConferenceBody = z.object({
  kind: z.enum(['regular', 'ad-hoc']),
  title: Text(300).min(3),
  heldOn: IsoDate,
  place: Text(300).default(''),
  hostAgencyId: Id.nullable().optional(),
  spokespersonId: Id.nullable().optional(),
  topics: z.array(Text(300).min(2)).max(30).default([]),
  invitedOutlets: z.array(Text(200).min(2)).max(100).default([]),
});
export type PlanConferenceBody = z.input<typeof PlanConferenceBody>;

const ConferenceOut = z.object({ conference: PressConference });

export const listPressConferences = endpoint({
  method: 'GET',
  path: '/api/response/press-conferences',
  summary: 'Họp báo của năm và số cuộc theo quý / A year’s press conferences against the quarterly duty',
  tags,
  query: z.object({ year: Year }),
  response: z.object({
    conferences: z.array(PressConference),
    quarters: z.array(QuarterCoverage),
    spokespersons: z.array(z.object({ id: z.number(), fullName: z.string(), agencyName: z.string() })),
    abilities: Abilities,
  }),
});

export const planPressConference = endpoint({
  method: 'POST',
  path: '/api/response/press-conferences',
  summary: 'Lên lịch họp báo / Plan a press conference (regular or ad hoc)',
  tags,
  body: PlanConferenceBody,
  status: 201,
  response: ConferenceOut,
});

export const holdPressConference = endpoint({
  method: 'POST',
  path: '/api/response/press-conferences/:id/held',
  summary: 'Ghi nhận họp báo đã tổ chức / Record a press conference as held: attendance, Q&A, follow-ups',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    attendance: z.number().int().min(0).max(10000),
    questions: z.array(ConferenceQuestion).max(200).default([]),
    followUps: z.array(ConferenceFollowUp).max(100).default([]),
    coverageUrls: z.array(WebUrl).max(200).default([]),
  }),
  response: ConferenceOut,
});

export const cancelPressConference = endpoint({
  method: 'POST',
  path: '/api/response/press-conferences/:id/cancel',
  summary: 'Hủy họp báo / Cancel a planned press conference',
  tags,
  params: z.object({ id: Id }),
  response: ConferenceOut,
});

export const downloadConferencesWorkbook = endpoint({
  method: 'GET',
  path: '/api/response/press-conferences.xlsx',
  summary: 'Danh sách họp báo (Excel) / A year’s press conferences as a workbook',
  tags,
  query: z.object({ year: Year }),
  response: { file: [XLSX_TYPE] },
});

export const downloadPressRelease = endpoint({
  method: 'GET',
  path: '/api/response/press-conferences/:id/press-release.docx',
  summary: 'Thông cáo báo chí (DOCX) / The press release of a conference, in the official layout',
  tags,
  params: z.object({ id: Id }),
  response: { file: [DOCX_TYPE] },
});

export const downloadPressInvitation = endpoint({
  method: 'GET',
  path: '/api/response/press-conferences/:id/invitation.docx',
  summary: 'Giấy mời họp báo (DOCX) / The invitation to a conference, addressed to the invited outlets',
  tags,
  params: z.object({ id: Id }),
  response: { file: [DOCX_TYPE] },
});

// ——— foreign press visits ———

export const VisitMember = z.object({
  name: Text(200).min(2),
  nationality: Text(100).min(2),
  passport: Text(50).min(3),
  role: Text(100).default(''),
});

export const VisitFlag = z.object({
  code: z.enum(['late-application', 'reply-due', 'reply-late']),
  rule: z.string(),
  date: IsoDate,
  workingDaysLeft: z.number().optional(),
});

export const ForeignVisit = z.object({
  id: z.number(),
  outlet: z.string(),
  country: z.string(),
  residency: z.enum(['resident', 'non-resident']),
  members: z.array(VisitMember),
  purpose: z.string(),
  itinerary: z.string(),
  receivedOn: IsoDate,
  startOn: IsoDate,
  endOn: IsoDate,
  status: z.enum(['requested', 'approved', 'accepted', 'completed', 'refused', 'cancelled']),
  mofaApproval: z.string().nullable(),
  mofaApprovedOn: IsoDate.nullable(),
  acceptance: z.string().nullable(),
  acceptedOn: IsoDate.nullable(),
  escorts: z.string(),
  coordination: z.string(),
  scheduleChanges: z.array(z.object({ on: IsoDate, change: z.string() })),
  afterActionNote: z.string().nullable(),
  coverageUrls: z.array(z.string()),
  flags: z.array(VisitFlag),
});
export type ForeignVisit = z.infer<typeof ForeignVisit>;

export const RegisterVisitBody = z
  .object({
    outlet: Text(200).min(2),
    country: Text(100).min(2),
    residency: z.enum(['resident', 'non-resident']),
    members: z.array(VisitMember).min(1).max(30),
    purpose: Text(2000).min(3),
    itinerary: Text(4000).default(''),
    receivedOn: IsoDate,
    startOn: IsoDate,
    endOn: IsoDate,
    escorts: Text(1000).default(''),
    coordination: Text(1000).default(''),
  })
  .refine((v) => v.startOn <= v.endOn, { path: ['endOn'], message: 'endOn ≥ startOn' });
export type RegisterVisitBody = z.input<typeof RegisterVisitBody>;

const VisitOut = z.object({ visit: ForeignVisit });

export const listForeignVisits = endpoint({
  method: 'GET',
  path: '/api/response/foreign-visits',
  summary: 'Đoàn phóng viên nước ngoài / Foreign press groups, with the Decree 88/2012 deadline checks',
  tags,
  response: z.object({ visits: z.array(ForeignVisit), abilities: Abilities }),
});

export const registerForeignVisit = endpoint({
  method: 'POST',
  path: '/api/response/foreign-visits',
  summary: 'Tiếp nhận hồ sơ đoàn phóng viên nước ngoài / Register a foreign press group’s request',
  tags,
  body: RegisterVisitBody,
  status: 201,
  response: VisitOut,
});

export const transitionForeignVisit = endpoint({
  method: 'POST',
  path: '/api/response/foreign-visits/:id/transition',
  summary: 'Ghi nhận phê duyệt, chấp thuận, hoàn thành / Approve, accept, complete, refuse or cancel a visit',
  tags,
  params: z.object({ id: Id }),
  body: z.object({
    action: z.enum(['approve', 'accept', 'complete', 'refuse', 'cancel']),
    /** The document's number (MOFA approval, the province's acceptance) or the after-action note. */
    text: Text(4000).optional(),
    on: IsoDate.optional(),
    coverageUrls: z.array(WebUrl).max(100).optional(),
  }),
  response: VisitOut,
});
