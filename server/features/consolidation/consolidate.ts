/**
 * The pure core of consolidation: the rows of one period (obligations, submissions, lines,
 * indicator values) in, the province's figures out. No database, so the rules are easy to test.
 */

import { compareVietnamese } from '../../../common/text/vietnamese.js';
import { classifyTimeliness } from '../reporting/index.js';
import type { LineStatus, RegimeKind, SubmissionStatus } from '../../db/schema/reporting.js';
import type { PlanSigner } from '../../db/schema/plans.js';
import type { AgencyKind } from '../../db/schema/organisations.js';
import { emptyContext, type ReportContext, type ResolvedRole } from './report-context.js';

/** Statuses whose data counts: the agency has sent the report (drafts and returns never count). */
export const COUNTED_STATUSES: readonly SubmissionStatus[] = ['submitted', 'accepted'];

/** Everything consolidation reads for one period, loaded in one pass. */
export type ConsolidationInput = {
  period: {
    id: number;
    label: string;
    kind: RegimeKind;
    year: number;
    windowFrom: string;
    windowTo: string;
    dueOn: string;
  };
  plan: {
    id: number;
    title: string;
    number: string | null;
    issuer: string | null;
    issuedOn: string | null;
    province: string;
    signer: PlanSigner | null;
  };
  /** Indicator codes the regime asks for: listed even when nobody reported them. */
  regimeIndicatorCodes: string[];
  obligations: Array<{ agencyId: number; agencyName: string }>;
  /** Extensions granted per agency (yyyy-mm-dd), which move that agency's due date. */
  extensions?: Map<number, string>;
  submissions: Array<{
    id: number;
    agencyId: number;
    agencyName: string;
    status: SubmissionStatus;
    submittedAt: Date | null;
    firstSubmittedAt: Date | null;
    difficulties: string;
    proposals: string;
  }>;
  tasks: Array<{
    id: number;
    code: string;
    title: string;
    parentId: number | null;
    position: number;
    /** 'continuous', 'annual', 'within-year', 'by-date' … as the plan parser read the task's timeframe. */
    timeframeKind?: string | null;
    timeframeDue?: string | null;
    content?: string;
  }>;
  lines: Array<{
    submissionId: number;
    taskId: number;
    status: LineStatus;
    doneText: string;
    resultsText: string;
    evidenceLinks: string[];
  }>;
  indicators: Array<{
    id: number;
    code: string;
    name: string;
    unit: string;
    groupName: string;
    breakdown: { dimension: string; keys: string[] } | null;
    position: number;
  }>;
  values: Array<{ submissionId: number; indicatorId: number; breakdownKey: string; value: number }>;
  /** The registry and history around the period (empty in unit tests that need none of it). */
  context?: ReportContext;
};

/** How an agency stands in the period. */
export type AgencyReportStatus = {
  agencyId: number;
  agencyName: string;
  kind: AgencyKind | null;
  /** False for an agency that reported without owing a report: its data counts, its rate does not. */
  obligated: boolean;
  submissionStatus: SubmissionStatus | null;
  /** The moment that decides timeliness: the first submission (a later return does not make it late). */
  submittedAt: string | null;
  counted: boolean;
  timeliness: 'on-time' | 'late' | 'missing';
  /** Missing and past the due date (before it, "not yet sent" is not yet a failure). */
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
  /** Sum per breakdown key (e.g. language), in the catalogue's key order then any extra keys. */
  byBreakdown: Array<{ key: string; value: number }>;
  /** Per reporting agency (only agencies with a value). */
  byAgency: Array<{ agencyId: number; value: number; byBreakdown: Record<string, number> }>;
  /** The same period of the year before, when the system holds it. */
  previous: { total: number; byBreakdown: Record<string, number> } | null;
};

export type TaskLineSummary = {
  agencyId: number;
  agencyName: string;
  status: LineStatus;
  doneText: string;
  resultsText: string;
  evidenceLinks: string[];
};

export type TaskSynthesis = {
  id: number;
  code: string;
  title: string;
  depth: number;
  parentId: number | null;
  timeframeKind: string | null;
  timeframeDue: string | null;
  content: string;
  /** The task's roles resolved to agencies on the due date (lead first). */
  roles: ResolvedRole[];
  lines: TaskLineSummary[];
  statusCounts: Record<LineStatus, number>;
};

export type Consolidation = {
  period: ConsolidationInput['period'];
  plan: ConsolidationInput['plan'];
  counts: {
    expected: number;
    submitted: number;
    onTime: number;
    late: number;
    missing: number;
    submittedRate: number;
    onTimeRate: number;
  };
  agencies: AgencyReportStatus[];
  late: AgencyReportStatus[];
  missing: AgencyReportStatus[];
  indicators: IndicatorTotal[];
  tasks: TaskSynthesis[];
  remarks: Array<{ agencyId: number; agencyName: string; difficulties: string; proposals: string }>;
  context: ReportContext;
};

const LINE_STATUSES: readonly LineStatus[] = ['done', 'in-progress', 'continuing', 'not-started'];
const ROLE_RANK = { lead: 0, guide: 1, implementer: 2, coordinator: 3 } as const;

/** Consolidates one period's rows as of `today`; only submitted or accepted submissions contribute data. */
export function consolidate(input: ConsolidationInput, today: string): Consolidation {
  const overdue = today > input.period.dueOn;
  const context = input.context ?? emptyContext();
  const kindOf = (agencyId: number) => context.agencyKinds[agencyId] ?? null;
  const byAgency = new Map<number, AgencyReportStatus>();
  for (const o of input.obligations) {
    byAgency.set(o.agencyId, {
      agencyId: o.agencyId,
      agencyName: o.agencyName,
      kind: kindOf(o.agencyId),
      obligated: true,
      submissionStatus: null,
      submittedAt: null,
      counted: false,
      timeliness: 'missing',
      overdue,
    });
  }
  const counted = new Map<number, ConsolidationInput['submissions'][number]>();
  for (const s of input.submissions) {
    const isCounted = COUNTED_STATUSES.includes(s.status);
    if (isCounted) counted.set(s.id, s);
    const at = s.firstSubmittedAt ?? s.submittedAt;
    const existing = byAgency.get(s.agencyId);
    // A draft of an agency that owes nothing is noise; a sent report of one is still data.
    if (!existing && !isCounted) continue;
    byAgency.set(s.agencyId, {
      agencyId: s.agencyId,
      agencyName: existing?.agencyName ?? s.agencyName,
      kind: kindOf(s.agencyId),
      obligated: existing?.obligated ?? false,
      submissionStatus: s.status,
      submittedAt: at ? at.toISOString() : null,
      counted: isCounted,
      timeliness: !isCounted
        ? 'missing'
        : isLate(at, input.period.dueOn, input.extensions?.get(s.agencyId))
          ? 'late'
          : 'on-time',
      overdue: !isCounted && overdue,
    });
  }
  const agencies = [...byAgency.values()].sort((a, b) => compareVietnamese(a.agencyName, b.agencyName));
  const obligated = agencies.filter((a) => a.obligated);
  const expected = obligated.length;
  const submitted = obligated.filter((a) => a.counted).length;
  const onTime = obligated.filter((a) => a.timeliness === 'on-time').length;
  const late = agencies.filter((a) => a.timeliness === 'late');
  const missing = obligated.filter((a) => a.timeliness === 'missing');

  return {
    period: input.period,
    plan: input.plan,
    counts: {
      expected,
      submitted,
      onTime,
      late: late.length,
      missing: missing.length,
      submittedRate: rate(submitted, expected),
      onTimeRate: rate(onTime, expected),
    },
    agencies,
    late,
    missing,
    indicators: sumIndicators(input, counted),
    tasks: synthesiseTasks(input, counted),
    remarks: remarksByAgency(agencies, counted),
    context,
  };
}

/** Late when the first submission falls on a Vietnamese calendar day after the due date (the reporting core's rule). */
export function isLate(submittedAt: Date | null, dueOn: string, extendedTo?: string | null): boolean {
  return (
    submittedAt !== null && classifyTimeliness({ dueOn, firstSubmittedAt: submittedAt, extendedTo }, dueOn) === 'late'
  );
}

/** A share in percent with one decimal, never above 100 (the numerator only counts obligated agencies). */
function rate(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.min(100, Math.round((part / whole) * 1000) / 10);
}

/** Sums without binary-fraction noise (0.1 + 0.2 prints as 0.3). */
function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

function remarksByAgency(
  agencies: AgencyReportStatus[],
  counted: Map<number, ConsolidationInput['submissions'][number]>,
): Consolidation['remarks'] {
  const byAgency = new Map([...counted.values()].map((s) => [s.agencyId, s]));
  return agencies
    .flatMap((a) => {
      const s = byAgency.get(a.agencyId);
      return s
        ? [
            {
              agencyId: a.agencyId,
              agencyName: a.agencyName,
              difficulties: s.difficulties.trim(),
              proposals: s.proposals.trim(),
            },
          ]
        : [];
    })
    .filter((r) => r.difficulties !== '' || r.proposals !== '');
}

function sumIndicators(
  input: ConsolidationInput,
  counted: Map<number, ConsolidationInput['submissions'][number]>,
): IndicatorTotal[] {
  // Per (indicator, agency): the unkeyed value is the agency's stated total; keyed values break it down.
  type Cell = { total: number | null; keyed: Map<string, number> };
  const cells = new Map<number, Map<number, Cell>>();
  for (const v of input.values) {
    const s = counted.get(v.submissionId);
    if (!s) continue;
    let perAgency = cells.get(v.indicatorId);
    if (!perAgency) {
      perAgency = new Map();
      cells.set(v.indicatorId, perAgency);
    }
    let cell = perAgency.get(s.agencyId);
    if (!cell) {
      cell = { total: null, keyed: new Map() };
      perAgency.set(s.agencyId, cell);
    }
    if (v.breakdownKey === '') cell.total = add(cell.total ?? 0, v.value);
    else cell.keyed.set(v.breakdownKey, add(cell.keyed.get(v.breakdownKey) ?? 0, v.value));
  }
  const wanted = new Set(input.regimeIndicatorCodes);
  return input.indicators
    .filter((i) => wanted.has(i.code) || cells.has(i.id))
    .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, 'vi', { numeric: true }))
    .map((i) => {
      const perAgency = cells.get(i.id) ?? new Map<number, Cell>();
      let total = 0;
      const keyTotals = new Map<string, number>((i.breakdown?.keys ?? []).map((k) => [k, 0]));
      const byAgency: IndicatorTotal['byAgency'] = [];
      for (const [agencyId, cell] of perAgency) {
        const keyedSum = [...cell.keyed.values()].reduce(add, 0);
        // An agency that gave only a breakdown has that breakdown's sum as its total.
        const value = cell.total ?? keyedSum;
        total = add(total, value);
        for (const [k, x] of cell.keyed) keyTotals.set(k, add(keyTotals.get(k) ?? 0, x));
        byAgency.push({ agencyId, value, byBreakdown: Object.fromEntries(cell.keyed) });
      }
      return {
        id: i.id,
        code: i.code,
        name: i.name,
        unit: i.unit,
        groupName: i.groupName,
        breakdownDimension: i.breakdown?.dimension ?? null,
        total,
        byBreakdown: [...keyTotals].map(([key, value]) => ({ key, value })),
        byAgency,
        previous: input.context?.history?.totals[i.code] ?? null,
      };
    });
}

function synthesiseTasks(
  input: ConsolidationInput,
  counted: Map<number, ConsolidationInput['submissions'][number]>,
): TaskSynthesis[] {
  const linesByTask = new Map<number, TaskLineSummary[]>();
  for (const l of input.lines) {
    const s = counted.get(l.submissionId);
    if (!s) continue;
    const list = linesByTask.get(l.taskId) ?? [];
    list.push({
      agencyId: s.agencyId,
      agencyName: s.agencyName,
      status: l.status,
      doneText: l.doneText.trim(),
      resultsText: l.resultsText.trim(),
      evidenceLinks: l.evidenceLinks,
    });
    linesByTask.set(l.taskId, list);
  }
  return [...input.tasks]
    .sort((a, b) => a.position - b.position)
    .map((t) => {
      const lines = (linesByTask.get(t.id) ?? []).sort((a, b) => compareVietnamese(a.agencyName, b.agencyName));
      const statusCounts = Object.fromEntries(LINE_STATUSES.map((st) => [st, 0])) as Record<LineStatus, number>;
      for (const l of lines) statusCounts[l.status] += 1;
      return {
        id: t.id,
        code: t.code,
        title: t.title,
        depth: t.code.split('.').length,
        parentId: t.parentId,
        timeframeKind: t.timeframeKind ?? null,
        timeframeDue: t.timeframeDue ?? null,
        content: t.content ?? '',
        roles: (input.context?.roles ?? [])
          .filter((r) => r.taskId === t.id)
          .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]),
        lines,
        statusCounts,
      };
    });
}
