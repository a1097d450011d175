/** Shapes of the /api/reporting answers the reporting screens read (see server/features/reporting/**). */
import type { Abilities } from '../../api/types';

export type SubmissionStatus = 'draft' | 'approved' | 'submitted' | 'returned' | 'accepted';
export type TimelinessClass = 'on-time' | 'late' | 'pending-within-term' | 'overdue';
export type LineStatus = 'not-started' | 'in-progress' | 'done' | 'continuing';

export type Rates = {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  pendingWithinTerm: number;
  overdue: number;
  reportingRate: number | null;
  onTimeRate: number | null;
};

export type Period = {
  id: number;
  regimeId: number;
  planId: number;
  kind: 'agency-plan' | 'semiannual' | 'annual' | 'ad-hoc';
  year: number;
  label: string;
  windowFrom: string;
  windowTo: string;
  statedDue: string;
  dueOn: string;
  locksOn: string;
  closedAt: string | null;
};

/** One agency's obligation in a period, as lists and boards show it. */
export type ObligationRow = {
  obligationId: number;
  periodId: number;
  agencyId: number;
  agency: string;
  taskIds: number[];
  tasksOwed: number;
  submissionId: number | null;
  status: SubmissionStatus | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  dueOn: string;
  locksOn: string;
  exceptionTo: string | null;
  entryOpen: boolean;
  timeliness: TimelinessClass;
  timelinessLabel: string;
  isOwn: boolean;
};

export type PeriodWithRates = Period & { rates: Rates; ownStatus: ObligationRow | null };

export type Board = {
  period: Period;
  today: string;
  overall: Rates;
  byAgency: ObligationRow[];
  byTask: Array<Rates & { taskId: number; code: string; title: string }>;
  abilities: Abilities;
};

export type SubmissionAbilities = { canRead: boolean; canEdit: boolean; canApprove: boolean; canSubmit: boolean; canReview: boolean; canUploadFiles: boolean };

export type SubmissionLine = {
  taskId: number;
  code: string;
  title: string;
  timeframeKind: string | null;
  timeframeText: string | null;
  isContinuous: boolean;
  status: LineStatus;
  doneText: string;
  resultsText: string;
  evidenceLinks: string[];
  reviewStatus: 'pending' | 'accepted' | 'returned';
  reviewComment: string | null;
  lineId: number | null;
};

export type IndicatorDef = {
  code: string;
  name: string;
  unit: string;
  group: string;
  isInteger: boolean;
  minValue: number;
  maxValue: number | null;
  breakdown: { dimension: string; keys: Array<{ key: string; label: string }> } | null;
};

export type IndicatorValue = { code: string; breakdownKey: string; value: number };

export type SubmissionFile = { id: number; lineId: number | null; attachmentId: number; filename: string; mimeType: string; size: number };

export type SubmissionView = {
  period: Period;
  regime: { id: number; kind: string; name: string; outline: unknown } | null;
  agencyId: number;
  submission: {
    id: number | null;
    status: SubmissionStatus | null;
    version: number;
    difficulties: string | null;
    proposals: string | null;
    firstSubmittedAt: string | null;
    submittedAt: string | null;
    approvedAt: string | null;
    returnedAt: string | null;
    acceptedAt: string | null;
    updatedAt: string | null;
  };
  contentVisible: boolean;
  lines: SubmissionLine[];
  indicators: IndicatorDef[];
  indicatorValues: IndicatorValue[];
  files: SubmissionFile[];
  returnReason: string | null;
  /** The agency's own plan (the Q1 duty) as parsed and linked to the province's tasks. */
  ownPlan: OwnPlan | null;
  timeliness: { class: TimelinessClass; label: string } | null;
  entry: { locksOn: string; exceptionTo: string | null; open: boolean };
  abilities: SubmissionAbilities;
  actorAbilities: Abilities;
};

export type TaskView = {
  period: Period;
  task: { id: number; code: string; title: string; timeframeKind: string | null; timeframeText: string | null };
  rates: Rates;
  agencies: Array<ObligationRow & { line: Pick<SubmissionLine, 'status' | 'doneText' | 'resultsText' | 'evidenceLinks' | 'reviewStatus' | 'reviewComment'> | null }>;
};

/** The body of an autosave (PUT …/submission). */
export type DraftPayload = {
  version: number;
  lines?: Array<{ taskId: number; status: LineStatus; doneText: string; resultsText: string; evidenceLinks: string[] }>;
  indicatorValues?: IndicatorValue[];
  difficulties?: string;
  proposals?: string;
};

export type FocalOfficial = { id: number; agencyId: number; kind: 'leader' | 'officer'; fullName: string; position: string | null; phone: string | null; email: string | null; validFrom: string; validTo: string | null };
export type Spokesperson = { id: number; agencyId: number; fullName: string; title: string; phone: string | null; email: string | null; validFrom: string; validTo: string | null };
export type ComplianceRow = {
  agencyId: number;
  agency: string;
  tasksOwed: number;
  needsSpokesperson: boolean;
  leader: string | null;
  officer: string | null;
  spokesperson: string | null;
  missing: Array<'leader' | 'officer' | 'spokesperson'>;
};
export type ComplianceBoard = {
  today: string;
  planId: number | null;
  agencies: ComplianceRow[];
  summary: { owing: number; complete: number; missingLeader: number; missingOfficer: number; missingSpokesperson: number };
};
export type PublicSpokesperson = { agency: string; fullName: string; title: string; phone: string | null; email: string | null; since: string };

export type OwnTaskLink = { ownCode: string; ownTitle: string; taskId: number | null; taskCode: string | null; score: number };
export type OwnPlan = { attachmentId: number; filename: string; title: string | null; ownTasks: number; links: OwnTaskLink[]; warnings: string[] };
