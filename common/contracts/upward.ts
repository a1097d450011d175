import { z } from 'zod';
import { DOCX_TYPE, endpoint, XLSX_TYPE } from './endpoint.js';
import { Abilities, Id, IsoDate, Timestamp, Year } from './primitives.js';

const tags = ['ministry'];

/** The period kinds a province reports upward (NĐ 09/2019: 6-month and annual). */
export const UpwardPeriodKind = z.enum(['semiannual', 'annual']);
export type UpwardPeriodKind = z.infer<typeof UpwardPeriodKind>;

/** Where a province's report stands at the ministry. */
export const UpwardStatus = z.enum(['submitted', 'returned', 'accepted']);
export type UpwardStatus = z.infer<typeof UpwardStatus>;

/** The figures a province sends with its report: the rates of its agencies and its indicator totals. */
export const UpwardFigures = z.object({
  provinceName: z.string().max(200),
  planTitle: z.string().max(1000),
  period: z.object({
    kind: UpwardPeriodKind,
    year: Year,
    label: z.string().max(200),
    windowFrom: IsoDate,
    windowTo: IsoDate,
    dueOn: IsoDate,
  }),
  counts: z.object({
    expected: z.number().int().min(0),
    submitted: z.number().int().min(0),
    onTime: z.number().int().min(0),
    late: z.number().int().min(0),
    missing: z.number().int().min(0),
    submittedRate: z.number().min(0).max(100),
    onTimeRate: z.number().min(0).max(100),
  }),
  indicators: z
    .array(
      z.object({
        code: z.string().max(60),
        name: z.string().max(500),
        unit: z.string().max(60),
        groupName: z.string().max(300),
        total: z.number(),
      }),
    )
    .max(500),
  /** The narrative's proposals to the ministry (section V), quoted in the national report. */
  proposals: z.string().max(50_000),
});
export type UpwardFigures = z.infer<typeof UpwardFigures>;

/** One province in the ministry's side-by-side view (a merged province is reported under its successor). */
export const ProvinceRow = z.object({
  provinceId: z.number(),
  code: z.string(),
  name: z.string(),
  /** Provinces merged into this one (2025: 63 → 34), whose reports count here. */
  mergedNames: z.array(z.string()),
  planTitles: z.array(z.string()),
  /** Agencies' reports to the province: expected, sent, on time (from the figures sent, else live). */
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  submittedRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  upward: z
    .object({
      id: z.number(),
      status: UpwardStatus,
      version: z.number(),
      submittedAt: Timestamp,
      ministryDueOn: IsoDate,
      onTime: z.boolean(),
      fromProvince: z.string(),
    })
    .nullable(),
});
export type ProvinceRow = z.infer<typeof ProvinceRow>;

/** An indicator summed over the provinces that sent figures, with each province's value. */
export const NationalIndicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  groupName: z.string(),
  total: z.number(),
  byProvince: z.array(z.object({ provinceId: z.number(), name: z.string(), value: z.number() })),
});
export type NationalIndicator = z.infer<typeof NationalIndicator>;

export const MinistryOverview = z.object({
  abilities: Abilities,
  year: z.number(),
  kind: UpwardPeriodKind,
  provinces: z.array(ProvinceRow),
  indicators: z.array(NationalIndicator),
  /** Provinces counted: reports received, accepted, on time to the ministry. */
  totals: z.object({ provinces: z.number(), received: z.number(), accepted: z.number(), onTime: z.number() }),
});
export type MinistryOverview = z.infer<typeof MinistryOverview>;

const PeriodQuery = z.object({ year: Year, kind: UpwardPeriodKind });
/** Left out: the latest period any province has reported upward. */
const OptionalPeriodQuery = z.object({ year: Year.optional(), kind: UpwardPeriodKind.optional() });

/** One upward report as the ministry (or its own province) reads it. */
export const UpwardReportView = z.object({
  abilities: Abilities,
  id: z.number(),
  provinceId: z.number(),
  provinceName: z.string(),
  year: z.number(),
  periodKind: UpwardPeriodKind,
  periodLabel: z.string(),
  status: UpwardStatus,
  version: z.number(),
  provinceDueOn: IsoDate,
  ministryDueOn: IsoDate,
  source: z.enum(['local', 'remote']),
  firstSubmittedAt: Timestamp,
  submittedAt: Timestamp,
  submittedBy: z.string(),
  returnedAt: Timestamp.nullable(),
  returnReason: z.string().nullable(),
  acceptedAt: Timestamp.nullable(),
  reviewedBy: z.string().nullable(),
  figures: UpwardFigures,
  versions: z.array(
    z.object({
      version: z.number(),
      status: UpwardStatus,
      createdAt: Timestamp,
      createdBy: z.string(),
      reason: z.string().nullable(),
    }),
  ),
});
export type UpwardReportView = z.infer<typeof UpwardReportView>;

/** The province's side: can it send this period's report upward, and where does it stand. */
export const UpwardState = z.object({
  abilities: Abilities,
  /** The province's consolidated report exists (saved by the coordinator). */
  ready: z.boolean(),
  canSend: z.boolean(),
  ministryDueOn: IsoDate,
  report: UpwardReportView.omit({ abilities: true }).nullable(),
});
export type UpwardState = z.infer<typeof UpwardState>;

const ReportParams = z.object({ id: Id });

export const getMinistryOverview = endpoint({
  method: 'GET',
  path: '/api/ministry/overview',
  summary: 'Các tỉnh cạnh nhau và chỉ tiêu toàn quốc / Provinces side by side and national indicators',
  tags,
  query: OptionalPeriodQuery,
  response: MinistryOverview,
});

export const getUpwardReport = endpoint({
  method: 'GET',
  path: '/api/ministry/reports/:id',
  summary: 'Báo cáo của một tỉnh gửi Bộ / A province’s report to the ministry',
  tags,
  params: ReportParams,
  response: UpwardReportView,
});

export const downloadUpwardReportDocx = endpoint({
  method: 'GET',
  path: '/api/ministry/reports/:id/report.docx',
  summary: 'Báo cáo của tỉnh (Word) / The province’s report as sent (DOCX)',
  tags,
  params: ReportParams,
  response: { file: [DOCX_TYPE] },
});

export const returnUpwardReport = endpoint({
  method: 'POST',
  path: '/api/ministry/reports/:id/return',
  summary: 'Bộ trả lại báo cáo của tỉnh (kèm lý do) / Return a province’s report with a reason',
  tags,
  params: ReportParams,
  body: z.object({ reason: z.string().trim().max(4000) }),
  response: UpwardReportView,
});

export const acceptUpwardReport = endpoint({
  method: 'POST',
  path: '/api/ministry/reports/:id/accept',
  summary: 'Bộ tiếp nhận báo cáo của tỉnh / Accept a province’s report',
  tags,
  params: ReportParams,
  response: UpwardReportView,
});

export const downloadNationalDocx = endpoint({
  method: 'GET',
  path: '/api/ministry/national/report.docx',
  summary: 'Báo cáo tổng hợp toàn quốc (Word, NĐ 30/2020) / The national consolidated report (DOCX)',
  tags,
  query: PeriodQuery,
  response: { file: [DOCX_TYPE] },
});

export const downloadNationalXlsx = endpoint({
  method: 'GET',
  path: '/api/ministry/national/report.xlsx',
  summary: 'Biểu tổng hợp toàn quốc (Excel) / The national tables (XLSX)',
  tags,
  query: PeriodQuery,
  response: { file: [XLSX_TYPE] },
});

const PeriodParams = z.object({ id: Id });

export const getUpwardState = endpoint({
  method: 'GET',
  path: '/api/consolidation/periods/:id/upward',
  summary: 'Báo cáo của tỉnh gửi Bộ: trạng thái / Where the province’s report to the ministry stands',
  tags,
  params: PeriodParams,
  response: UpwardState,
});

export const sendUpward = endpoint({
  method: 'POST',
  path: '/api/consolidation/periods/:id/upward',
  summary: 'Gửi báo cáo tổng hợp lên Bộ / Send the consolidated report to the ministry',
  tags,
  params: PeriodParams,
  response: UpwardState,
});

/** What a self-hosted province sends to the ministry's deployment. */
export const UpwardPayload = z.object({
  figures: UpwardFigures,
  provinceDueOn: IsoDate,
  ministryDueOn: IsoDate,
  submittedBy: z.string().trim().min(1).max(200),
  /** The DOCX, base64. */
  docx: z.string().max(40_000_000),
});
export type UpwardPayload = z.infer<typeof UpwardPayload>;

export const receiveUpward = endpoint({
  method: 'POST',
  path: '/api/upward/reports',
  summary: 'Nhận báo cáo của tỉnh tự triển khai (mã Bearer) / Receive a self-hosted province’s report (bearer token)',
  tags,
  auth: 'public',
  body: UpwardPayload,
  status: 201,
  response: z.object({ id: z.number(), status: UpwardStatus, version: z.number() }),
});

export const upwardStatusForToken = endpoint({
  method: 'GET',
  path: '/api/upward/reports',
  summary: 'Trạng thái báo cáo đã gửi Bộ (mã Bearer) / Where the token’s province’s reports stand (bearer token)',
  tags,
  auth: 'public',
  response: z.object({
    province: z.string(),
    reports: z.array(
      z.object({
        year: z.number(),
        periodKind: UpwardPeriodKind,
        status: UpwardStatus,
        version: z.number(),
        submittedAt: Timestamp,
        returnReason: z.string().nullable(),
      }),
    ),
  }),
});
