/** Shapes of the plan-import answers (server/features/plans/parse-plan-upload.ts, import-plan.ts, diff-plans.ts). */

export type TimeframeKind = 'continuous' | 'within-year' | 'annual' | 'quarter' | 'month' | 'deadline' | 'other';

export type ParsedTask = {
  code: string;
  parent: string | null;
  title: string;
  content: string;
  lead: string[];
  coordinators: string[];
  implementers: string[];
  guides: string[];
  timeframe: { text: string | null; kind: TimeframeKind | null; due: string | null };
};

export type RoleField = 'lead' | 'coordinators' | 'implementers' | 'guides';
export const ROLE_FIELDS: ReadonlyArray<{ field: RoleField; role: 'lead' | 'coordinator' | 'implementer' | 'guide' }> = [
  { field: 'lead', role: 'lead' },
  { field: 'coordinators', role: 'coordinator' },
  { field: 'implementers', role: 'implementer' },
  { field: 'guides', role: 'guide' },
];

export type ParsedPlan = {
  document: {
    kind: string | null;
    number: string | null;
    title: string | null;
    year: number | null;
    issuer: string | null;
    province: string | null;
    issuedOn: string | null;
    signer: { name: string | null; position: string | null; authority: string | null } | null;
  };
  legalBases: Array<{ symbol: string | null; kind: string | null; date: string | null; issuer: string | null }>;
  tasks: ParsedTask[];
  reportingDeadlines: Array<{ kind: 'agency-plan' | 'semiannual' | 'annual'; due: string }>;
  recipients: string[];
  warnings: string[];
};

export type SourceSpan = { start: number; end: number; kind: 'task' | 'agency' | 'timeframe' | 'legal-basis'; code: string | null; text: string };

export type NameTarget = { type: 'agency' | 'group'; id: number };
export type NameMatch = NameTarget & { name: string; via: 'name' | 'former-name' | 'alias'; province: string; score: number };
export type NameResolution = { asPrinted: string; status: 'resolved' | 'suggested' | 'unknown'; match: NameMatch | null; suggestions: NameMatch[] };

export type TaskChange = { code: string; fields: string[]; before: Partial<ParsedTask>; after: Partial<ParsedTask> };
export type PlanDiff = { added: Array<{ code: string; title: string }>; removed: Array<{ code: string; title: string }>; changed: TaskChange[]; unchanged: number };

export type UploadAnswer = {
  attachmentId: number;
  source: string;
  text: string;
  spans: SourceSpan[];
  plan: ParsedPlan;
  province: string;
  names: NameResolution[];
  previous: { id: number; title: string; status: 'draft' | 'issued' | 'archived'; diff: PlanDiff } | null;
};

export type ImportAnswer = { planId: number; tasks: number; unresolved: number; warnings: string[] };
