/**
 * Builds reporting rows by direct inserts, so consolidation tests do not depend on the reporting
 * core's commands: a regime and period on the demo 2025 plan, indicators, obligations, submissions.
 */

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agencyNames } from '../../db/schema/organisations.js';
import { plans, tasks } from '../../db/schema/plans.js';
import {
  indicators,
  obligations,
  reportRegimes,
  reportingPeriods,
  submissionIndicatorValues,
  submissionLines,
  submissions,
  type LineStatus,
  type RegimeKind,
  type SubmissionStatus,
} from '../../db/schema/reporting.js';

/** The demo plan of 2025 and its tasks by code. */
export async function demoPlan(db: Db): Promise<{ planId: number; taskIds: Map<string, number> }> {
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.year, 2025));
  if (!plan) throw new Error('demo plan 2025 missing');
  const rows = await db.select({ id: tasks.id, code: tasks.code }).from(tasks).where(eq(tasks.planId, plan.id));
  return { planId: plan.id, taskIds: new Map(rows.map((r) => [r.code, r.id])) };
}

/** Agency ids by exact name, current or former. */
export async function agencyIds(db: Db, names: string[]): Promise<number[]> {
  const rows = await db
    .select({ id: agencyNames.agencyId, name: agencyNames.name })
    .from(agencyNames)
    .where(inArray(agencyNames.name, names));
  return names.map((n) => {
    const row = rows.find((r) => r.name === n);
    if (!row) throw new Error(`demo agency missing: ${n}`);
    return row.id;
  });
}

/** A regime and one period of it on a plan. */
export async function buildPeriod(
  db: Db,
  o: { planId: number; kind?: RegimeKind; year?: number; dueOn?: string; indicatorCodes?: string[]; name?: string },
): Promise<number> {
  const kind = o.kind ?? 'semiannual';
  const year = o.year ?? 2025;
  const [regime] = await db
    .insert(reportRegimes)
    .values({
      planId: o.planId,
      kind,
      name: o.name ?? `Báo cáo ${kind} ${Math.random()}`,
      indicatorCodes: o.indicatorCodes ?? [],
    })
    .returning();
  const dueOn = o.dueOn ?? `${year}-05-15`;
  const [period] = await db
    .insert(reportingPeriods)
    .values({
      regimeId: regime!.id,
      planId: o.planId,
      kind,
      year,
      label: kind === 'semiannual' ? `6 tháng đầu năm ${year}` : `Năm ${year}`,
      windowFrom: `${year}-01-01`,
      windowTo: kind === 'semiannual' ? `${year}-05-10` : `${year}-11-10`,
      statedDue: dueOn,
      dueOn,
      locksOn: dueOn,
    })
    .returning();
  return period!.id;
}

/** An indicator of the catalogue. */
export async function buildIndicator(
  db: Db,
  o: {
    code: string;
    name: string;
    unit: string;
    groupName?: string;
    breakdown?: { dimension: string; keys: string[] } | null;
    position?: number;
  },
): Promise<number> {
  const [row] = await db
    .insert(indicators)
    .values({
      code: o.code,
      name: o.name,
      unit: o.unit,
      groupName: o.groupName ?? 'Báo chí, truyền thông',
      breakdown: o.breakdown ?? null,
      position: o.position ?? 0,
    })
    .returning();
  return row!.id;
}

/** Obligations of agencies in a period. */
export async function buildObligations(
  db: Db,
  periodId: number,
  agencyIdList: number[],
  taskIds: number[] = [],
): Promise<void> {
  if (agencyIdList.length === 0) return;
  await db.insert(obligations).values(agencyIdList.map((agencyId) => ({ periodId, agencyId, taskIds })));
}

export type LineSpec = {
  taskId: number;
  status?: LineStatus;
  doneText?: string;
  resultsText?: string;
  evidenceLinks?: string[];
};
export type ValueSpec = { indicatorId: number; key?: string; value: number };

/** A submission with its lines and values; `submittedAt` also sets the first submission unless given. */
export async function buildSubmission(
  db: Db,
  o: {
    periodId: number;
    agencyId: number;
    status: SubmissionStatus;
    submittedAt?: string | null;
    firstSubmittedAt?: string | null;
    difficulties?: string;
    proposals?: string;
    lines?: LineSpec[];
    values?: ValueSpec[];
  },
): Promise<number> {
  const submittedAt = o.submittedAt ? new Date(o.submittedAt) : null;
  const first =
    o.firstSubmittedAt === undefined ? submittedAt : o.firstSubmittedAt ? new Date(o.firstSubmittedAt) : null;
  const [row] = await db
    .insert(submissions)
    .values({
      periodId: o.periodId,
      agencyId: o.agencyId,
      status: o.status,
      submittedAt,
      firstSubmittedAt: first,
      difficulties: o.difficulties ?? '',
      proposals: o.proposals ?? '',
    })
    .returning();
  const id = row!.id;
  if (o.lines?.length) {
    await db.insert(submissionLines).values(
      o.lines.map((l) => ({
        submissionId: id,
        taskId: l.taskId,
        status: l.status ?? 'done',
        doneText: l.doneText ?? '',
        resultsText: l.resultsText ?? '',
        evidenceLinks: l.evidenceLinks ?? [],
      })),
    );
  }
  if (o.values?.length) {
    // Large batches in chunks: PostgreSQL caps a statement at 65,535 parameters.
    for (let i = 0; i < o.values.length; i += 1000) {
      await db
        .insert(submissionIndicatorValues)
        .values(
          o.values
            .slice(i, i + 1000)
            .map((v) => ({ submissionId: id, indicatorId: v.indicatorId, breakdownKey: v.key ?? '', value: v.value })),
        );
    }
  }
  return id;
}

/** Removes a period's obligations of one agency (used to model an agency that reports unasked). */
export async function dropObligation(db: Db, periodId: number, agencyId: number): Promise<void> {
  await db.delete(obligations).where(and(eq(obligations.periodId, periodId), eq(obligations.agencyId, agencyId)));
}
