import { z } from 'zod';
import { DOCX_TYPE, endpoint, XLSX_TYPE } from './endpoint.js';
import { Abilities, Id, IsoDate, Timestamp } from './primitives.js';
import { AgencyKind } from './organisations.js';
import { LineStatus, SubmissionStatus } from './reporting.js';

const tags = ['consolidation'];

/** The sections of the consolidated report's narrative (I–V). */
export const SECTION_KEYS = ['direction', 'results', 'assessment', 'nextSteps', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
const Sections = z.object({
  direction: z.string(),
  results: z.string(),
  assessment: z.string(),
  nextSteps: z.string(),
  proposals: z.string(),
});
export type NarrativeSections = z.infer<typeof Sections>;

export const AgencyReportStatus = z.object({
  agencyId: z.number(),
  agencyName: z.string(),
  kind: AgencyKind.nullable(),
  obligated: z.boolean(),
  submissionStatus: SubmissionStatus.nullable(),
  submittedAt: Timestamp.nullable(),
  counted: z.boolean(),
  timeliness: z.enum(['on-time', 'late', 'missing']),
  overdue: z.boolean(),
});
export type AgencyReportStatus = z.infer<typeof AgencyReportStatus>;

export const IndicatorTotal = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  groupName: z.string(),
  breakdownDimension: z.string().nullable(),
  total: z.number(),
  byBreakdown: z.array(z.object({ key: z.string(), value: z.number() })),
  byAgency: z.array(
    z.object({ agencyId: z.number(), value: z.number(), byBreakdown: z.record(z.string(), z.number()) }),
  ),
  /** The same period of the year before, when the system holds it. */
  previous: z.object({ total: z.number(), byBreakdown: z.record(z.string(), z.number()) }).nullable(),
});
export type IndicatorTotal = z.infer<typeof IndicatorTotal>;

export const TaskSynthesis = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  depth: z.number(),
  parentId: z.number().nullable(),
  /** 'continuous', 'annual', 'by-date' … as the plan parser read the task's timeframe. */
  timeframeKind: z.string().nullable(),
  timeframeDue: IsoDate.nullable(),
  content: z.string(),
  /** The task's roles resolved to agencies on the due date (lead first). */
  roles: z.array(
    z.object({
      role: z.enum(['lead', 'coordinator', 'implementer', 'guide']),
      printed: z.string(),
      isGroup: z.boolean(),
      holders: z.array(z.object({ agencyId: z.number(), name: z.string() })),
    }),
  ),
  lines: z.array(
    z.object({
      agencyId: z.number(),
      agencyName: z.string(),
      status: LineStatus,
      doneText: z.string(),
      resultsText: z.string(),
      evidenceLinks: z.array(z.string()),
    }),
  ),
  statusCounts: z.record(LineStatus, z.number()),
});
export type TaskSynthesis = z.infer<typeof TaskSynthesis>;

/** A finding shown to the coordinator before the draft, with the agency's words it came from. */
export const ConsolidationCheck = z.object({
  /** Stable across rebuilds, so a dismissal sticks. */
  id: z.string(),
  kind: z.enum(['prose-figure', 'same-totals', 'remit', 'territory', 'far-above', 'lead-missing', 'reference']),
  severity: z.enum(['warning', 'info']),
  agencyId: z.number().nullable(),
  agencyName: z.string().nullable(),
  taskCode: z.string().nullable(),
  message: z.string(),
  source: z.string().nullable(),
  dismissed: z.boolean(),
});
export type ConsolidationCheck = z.infer<typeof ConsolidationCheck>;

/** A task's paragraph of section II and the highlights behind it. */
export const TaskParagraph = z.object({
  taskId: z.number(),
  code: z.string(),
  heading: z.string(),
  isGroup: z.boolean(),
  text: z.string(),
  /** The highlights chosen by rule, and the ones printed (the coordinator's when edited). */
  highlights: z.object({ auto: z.array(z.string()), printed: z.array(z.string()), edited: z.boolean() }),
  hasResults: z.boolean(),
  deadline: z
    .object({ due: IsoDate.nullable(), status: z.enum(['done', 'in-progress', 'not-started', 'unreported']) })
    .nullable(),
});
export type TaskParagraph = z.infer<typeof TaskParagraph>;

/** Report settings saved beside the text; every field has a default, so an old row reads fine. */
export const ReportOptions = z.object({
  /** "Văn bản số 1234/BVHTTDL-TTCS ngày 05/6/2025 của Bộ … về việc …" — cited first in the opening. */
  ministryRequest: z.string().trim().max(600).nullable().default(null),
  /** Append the agencies' own lines (Phụ lục III); the coordinator may leave them out. */
  includeAgencyLines: z.boolean().default(true),
  /** Drafting unit printed after "Lưu: VT,"; null = the lead department's abbreviation. */
  archiveUnit: z.string().trim().max(40).nullable().default(null),
  /** Checks the coordinator has looked at and dismissed (their ids). */
  dismissedChecks: z.array(z.string().max(200)).max(1000).default([]),
});
export type ReportOptions = z.output<typeof ReportOptions>;

/** The settings as the server sends them: every field present. */
export const ReportOptionsView = z.object({
  ministryRequest: z.string().nullable(),
  includeAgencyLines: z.boolean(),
  archiveUnit: z.string().nullable(),
  dismissedChecks: z.array(z.string()),
});

/** Highlights per task code, replacing the ones chosen by rule; an empty list prints none. */
export const Highlights = z.record(z.string().max(40), z.array(z.string().trim().min(1).max(600)).max(5));
export type Highlights = z.output<typeof Highlights>;

/** The province's consolidated report of a period: figures, task synthesis, narrative. */
export const ConsolidationView = z.object({
  abilities: Abilities,
  period: z.object({
    id: z.number(),
    label: z.string(),
    kind: z.string(),
    year: z.number(),
    windowFrom: IsoDate,
    windowTo: IsoDate,
    dueOn: IsoDate,
  }),
  plan: z.object({ id: z.number(), title: z.string() }),
  counts: z.object({
    expected: z.number(),
    submitted: z.number(),
    onTime: z.number(),
    late: z.number(),
    missing: z.number(),
    submittedRate: z.number(),
    onTimeRate: z.number(),
  }),
  agencies: z.array(AgencyReportStatus),
  late: z.array(AgencyReportStatus),
  missing: z.array(AgencyReportStatus),
  indicators: z.array(IndicatorTotal),
  tasks: z.array(TaskSynthesis),
  remarks: z.array(
    z.object({ agencyId: z.number(), agencyName: z.string(), difficulties: z.string(), proposals: z.string() }),
  ),
  /** Findings shown to the coordinator before the draft (warnings first). */
  checks: z.array(ConsolidationCheck),
  /** Section II paragraph by paragraph. */
  synthesis: z.object({ tasks: z.array(TaskParagraph) }),
  /** The department that drafts the report (the holder of most lead roles). */
  context: z.object({
    coordinator: z.object({ agencyId: z.number(), name: z.string(), abbreviation: z.string().nullable() }).nullable(),
  }),
  narrative: z.object({
    draft: Sections,
    edits: Sections.partial(),
    sections: Sections,
    options: ReportOptionsView,
    highlights: Highlights,
    version: z.number(),
    updatedAt: Timestamp.nullable(),
  }),
});
export type ConsolidationView = z.infer<typeof ConsolidationView>;

const SectionText = z.string().max(100_000).nullable().optional();

/** Options the coordinator changes; a field left out keeps its saved value. */
export const ReportOptionsPatch = z
  .object({
    ministryRequest: z.string().trim().max(600).nullable(),
    includeAgencyLines: z.boolean(),
    archiveUnit: z.string().trim().max(40).nullable(),
    dismissedChecks: z.array(z.string().max(200)).max(1000),
  })
  .partial()
  .strict();

/**
 * The coordinator's edits: the complete set of overridden sections (a section left out or null goes
 * back to the recomputed draft), optionally the report's options and highlights per task code (null
 * gives a task back to the highlights chosen by rule), and the version edited (0 = never saved).
 */
export const SaveNarrativeBody = z.object({
  sections: z
    .object({
      direction: SectionText,
      results: SectionText,
      assessment: SectionText,
      nextSteps: SectionText,
      proposals: SectionText,
    })
    .strict(),
  options: ReportOptionsPatch.optional(),
  highlights: z.record(z.string().max(40), z.array(z.string().trim().min(1).max(600)).max(5).nullable()).optional(),
  version: z.number().int().min(0),
});
export type SaveNarrativeBody = z.input<typeof SaveNarrativeBody>;

const PeriodParams = z.object({ id: Id });

export const getConsolidation = endpoint({
  method: 'GET',
  path: '/api/consolidation/periods/:id',
  summary: 'Báo cáo tổng hợp của kỳ / The consolidated report of a period',
  tags,
  params: PeriodParams,
  response: ConsolidationView,
});

export const saveNarrative = endpoint({
  method: 'PUT',
  path: '/api/consolidation/periods/:id/narrative',
  summary: 'Sửa phần lời của báo cáo tổng hợp / Save the narrative edits (with the version)',
  tags,
  params: PeriodParams,
  body: SaveNarrativeBody,
  response: z.object({
    version: z.number(),
    sections: Sections.partial(),
    options: ReportOptionsView,
    highlights: Highlights,
    updatedAt: Timestamp,
    abilities: Abilities,
  }),
});

export const downloadConsolidationDocx = endpoint({
  method: 'GET',
  path: '/api/consolidation/periods/:id/report.docx',
  summary: 'Báo cáo tổng hợp (Word, NĐ 30/2020) / The consolidated report as DOCX',
  tags,
  params: PeriodParams,
  response: { file: [DOCX_TYPE] },
});

export const downloadConsolidationXlsx = endpoint({
  method: 'GET',
  path: '/api/consolidation/periods/:id/report.xlsx',
  summary: 'Biểu tổng hợp (Excel) / The consolidated tables as XLSX',
  tags,
  params: PeriodParams,
  response: { file: [XLSX_TYPE] },
});

export const downloadInternalNote = endpoint({
  method: 'GET',
  path: '/api/consolidation/periods/:id/internal-note.docx',
  summary: 'Ghi chú nội bộ về tình hình gửi báo cáo (Word) / Internal note on who reported when',
  tags,
  params: PeriodParams,
  response: { file: [DOCX_TYPE] },
});
