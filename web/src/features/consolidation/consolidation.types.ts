/** Shapes of GET /api/consolidation/periods/:id (see server/features/consolidation/consolidate.ts). */
import type { LineStatus, SubmissionStatus } from '../reporting/reporting.types';

export const SECTION_KEYS = ['direction', 'results', 'assessment', 'nextSteps', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type NarrativeSections = Record<SectionKey, string>;

export type AgencyReportStatus = {
  agencyId: number;
  agencyName: string;
  obligated: boolean;
  submissionStatus: SubmissionStatus | null;
  submittedAt: string | null;
  counted: boolean;
  timeliness: 'on-time' | 'late' | 'missing';
  overdue: boolean;
};

export type IndicatorTotal = {
  id: number;
  code: string;
  name: string;
  unit: string;
  groupName: string;
  breakdownDimension: string | null;
  total: number;
  byBreakdown: Array<{ key: string; value: number }>;
  byAgency: Array<{ agencyId: number; value: number; byBreakdown: Record<string, number> }>;
};

export type TaskSynthesis = {
  id: number;
  code: string;
  title: string;
  depth: number;
  lines: Array<{ agencyId: number; agencyName: string; status: LineStatus; doneText: string; resultsText: string; evidenceLinks: string[] }>;
  statusCounts: Record<LineStatus, number>;
};

export type ConsolidationView = {
  /** What the reader may do: only the coordinator edits the narrative. */
  abilities: Record<string, boolean>;
  period: { id: number; label: string; kind: string; year: number; windowFrom: string; windowTo: string; dueOn: string };
  plan: { id: number; title: string };
  counts: { expected: number; submitted: number; onTime: number; late: number; missing: number; submittedRate: number; onTimeRate: number };
  agencies: AgencyReportStatus[];
  late: AgencyReportStatus[];
  missing: AgencyReportStatus[];
  indicators: IndicatorTotal[];
  tasks: TaskSynthesis[];
  remarks: Array<{ agencyId: number; agencyName: string; difficulties: string; proposals: string }>;
  narrative: { draft: NarrativeSections; edits: Partial<NarrativeSections>; sections: NarrativeSections; version: number; updatedAt: string | null };
};

/** Only the sections that differ from the generated draft are sent as edits (the rest follow the data). */
export function editsToSave(draft: NarrativeSections, texts: NarrativeSections): Partial<Record<SectionKey, string | null>> {
  const edits: Partial<Record<SectionKey, string | null>> = {};
  for (const key of SECTION_KEYS) edits[key] = texts[key].trim() === '' || texts[key] === draft[key] ? null : texts[key];
  return edits;
}
