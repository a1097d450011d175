/**
 * Reads one period's rows in a fixed number of queries (no query per agency or per task) and
 * consolidates them; the coordinator's narrative edits come along so one call feeds every output.
 */

import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { agencies, agencyNames } from '../../db/schema/organisations.js';
import { plans, tasks } from '../../db/schema/plans.js';
import {
  periodExceptions,
  consolidatedReports,
  indicators,
  obligations,
  reportRegimes,
  reportingPeriods,
  submissionIndicatorValues,
  submissionLines,
  submissions,
} from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authorize, can, readsAllAgencies } from '../../policies/policy.js';
import { COUNTED_STATUSES, consolidate, type Consolidation, type ConsolidationInput } from './consolidate.js';
import { draftNarrative, mergeNarrative, type NarrativeSections } from './narrative.js';

/** The consolidation plus its narrative: the recomputed draft, the saved edits and what will print. */
export type ConsolidationWithNarrative = Consolidation & {
  narrative: { draft: NarrativeSections; edits: Partial<NarrativeSections>; sections: NarrativeSections; version: number; updatedAt: string | null };
};

/**
 * Consolidates a period: the coordinator builds it; province leaders (read-only, province-wide)
 * may read it too. NOT_FOUND for an unknown period.
 */
export async function buildConsolidation(ctx: RequestContext, periodId: number): Promise<ConsolidationWithNarrative> {
  if (!(can(ctx.actor, 'report.read') && readsAllAgencies(ctx.actor))) authorize(ctx.actor, 'consolidation.build');
  // One read transaction: figures, lines and narrative come from the same snapshot.
  return inTransaction(ctx.db, async (tx) => {
    const input = await loadConsolidationInput(tx, periodId);
    const consolidation = consolidate(input, ctx.clock.today());
    const [saved] = await tx.select().from(consolidatedReports).where(eq(consolidatedReports.periodId, periodId));
    const draft = draftNarrative(consolidation);
    const edits = (saved?.sections ?? {}) as Partial<NarrativeSections>;
    return {
      ...consolidation,
      narrative: { draft, edits, sections: mergeNarrative(draft, edits), version: saved?.version ?? 0, updatedAt: saved?.updatedAt.toISOString() ?? null },
    };
  });
}

/** Finds the period of a plan year and kind (the CLI's way of naming a period), newest first. */
export async function findPeriodId(ctx: RequestContext, year: number, kind: string): Promise<number> {
  const rows = await ctx.db
    .select({ id: reportingPeriods.id })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .where(and(eq(plans.year, year), eq(reportingPeriods.kind, kind as ConsolidationInput['period']['kind'])))
    .orderBy(asc(reportingPeriods.windowTo), asc(reportingPeriods.id));
  const last = rows.at(-1);
  if (!last) throw new AppError('NOT_FOUND', `Không có kỳ báo cáo “${kind}” của kế hoạch năm ${year} / No ${kind} period for the ${year} plan`);
  return last.id;
}

/** Every row consolidation needs, in nine queries whatever the number of agencies. */
export async function loadConsolidationInput(tx: Tx, periodId: number): Promise<ConsolidationInput> {
  const [head] = await tx
    .select({ period: reportingPeriods, plan: plans, indicatorCodes: reportRegimes.indicatorCodes })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .innerJoin(reportRegimes, eq(reportRegimes.id, reportingPeriods.regimeId))
    .where(eq(reportingPeriods.id, periodId));
  if (!head) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo #${periodId} / Reporting period not found`);
  const { period, plan } = head;

  const obligationRows = await tx
    .select({ agencyId: obligations.agencyId, agencyName: agencies.name })
    .from(obligations)
    .innerJoin(agencies, eq(agencies.id, obligations.agencyId))
    .where(eq(obligations.periodId, periodId));
  const extensionRows = await tx.select({ agencyId: periodExceptions.agencyId, extendedTo: periodExceptions.extendedTo }).from(periodExceptions).where(eq(periodExceptions.periodId, periodId));
  const submissionRows = await tx
    .select({
      id: submissions.id, agencyId: submissions.agencyId, agencyName: agencies.name, status: submissions.status,
      submittedAt: submissions.submittedAt, firstSubmittedAt: submissions.firstSubmittedAt,
      difficulties: submissions.difficulties, proposals: submissions.proposals,
    })
    .from(submissions)
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .where(eq(submissions.periodId, periodId));
  // Lines and values are read only for sent reports: a draft's text never leaves the agency.
  const countedOfPeriod = and(eq(submissions.periodId, periodId), inArray(submissions.status, [...COUNTED_STATUSES]));
  const lineRows = await tx
    .select({
      submissionId: submissionLines.submissionId, taskId: submissionLines.taskId, status: submissionLines.status,
      doneText: submissionLines.doneText, resultsText: submissionLines.resultsText, evidenceLinks: submissionLines.evidenceLinks,
    })
    .from(submissionLines)
    .innerJoin(submissions, eq(submissions.id, submissionLines.submissionId))
    .where(countedOfPeriod);
  const valueRows = await tx
    .select({
      submissionId: submissionIndicatorValues.submissionId, indicatorId: submissionIndicatorValues.indicatorId,
      breakdownKey: submissionIndicatorValues.breakdownKey, value: submissionIndicatorValues.value,
    })
    .from(submissionIndicatorValues)
    .innerJoin(submissions, eq(submissions.id, submissionIndicatorValues.submissionId))
    .where(countedOfPeriod);
  const indicatorRows = await tx
    .select({ id: indicators.id, code: indicators.code, name: indicators.name, unit: indicators.unit, groupName: indicators.groupName, breakdown: indicators.breakdown, position: indicators.position })
    .from(indicators);
  const taskRows = await tx
    .select({ id: tasks.id, code: tasks.code, title: tasks.title, parentId: tasks.parentId, position: tasks.position })
    .from(tasks)
    .where(eq(tasks.planId, plan.id));

  // An agency is named as it was on the due date: a report on the first half of 2025 says
  // "Báo Tuyên Quang" even if the paper was renamed in July.
  const datedNames = await tx
    .select({ agencyId: agencyNames.agencyId, name: agencyNames.name })
    .from(agencyNames)
    .where(and(lte(agencyNames.validFrom, period.dueOn), or(isNull(agencyNames.validTo), gte(agencyNames.validTo, period.dueOn))));
  const nameOn = new Map(datedNames.map((n) => [n.agencyId, n.name]));
  const named = <T extends { agencyId: number; agencyName: string }>(row: T): T => ({ ...row, agencyName: nameOn.get(row.agencyId) ?? row.agencyName });

  return {
    period: { id: period.id, label: period.label, kind: period.kind, year: period.year, windowFrom: period.windowFrom, windowTo: period.windowTo, dueOn: period.dueOn },
    plan: { id: plan.id, title: plan.title, number: plan.number, issuer: plan.issuer, issuedOn: plan.issuedOn, province: plan.province, signer: plan.signer },
    regimeIndicatorCodes: head.indicatorCodes,
    obligations: obligationRows.map(named),
    extensions: new Map(extensionRows.map((e) => [e.agencyId, e.extendedTo])),
    submissions: submissionRows.map(named),
    tasks: taskRows,
    lines: lineRows,
    indicators: indicatorRows,
    values: valueRows.map((v) => ({ ...v, value: Number(v.value) })),
  };
}
