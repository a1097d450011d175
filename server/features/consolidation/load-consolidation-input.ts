/**
 * Reads one period's rows in a fixed number of queries (no query per agency or per task), and the
 * context the report needs around them: task roles resolved on the due date, last year's same
 * period, the agencies' own plans and focal officials, reorganisations, territory, next deadline.
 */

import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { agencies, agencyAliases, agencyNames } from '../../db/schema/organisations.js';
import { plans, tasks } from '../../db/schema/plans.js';
import {
  periodExceptions,
  indicators,
  obligations,
  reportRegimes,
  reportingPeriods,
  submissionIndicatorValues,
  submissionLines,
  submissions,
} from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';
import { COUNTED_STATUSES, type ConsolidationInput } from './consolidate.js';
import { loadContext } from './load-report-context.js';

/** Every row consolidation needs, in a fixed number of queries whatever the number of agencies. */
export async function loadConsolidationInput(tx: Tx, periodId: number): Promise<ConsolidationInput> {
  const [head] = await tx
    .select({ period: reportingPeriods, plan: plans, indicatorCodes: reportRegimes.indicatorCodes })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .innerJoin(reportRegimes, eq(reportRegimes.id, reportingPeriods.regimeId))
    .where(eq(reportingPeriods.id, periodId));
  if (!head) throw new AppError('NOT_FOUND', { resource: 'period', id: `#${periodId}` });
  const { period, plan } = head;

  const obligationRows = await tx
    .select({ agencyId: obligations.agencyId, agencyName: agencies.name })
    .from(obligations)
    .innerJoin(agencies, eq(agencies.id, obligations.agencyId))
    .where(eq(obligations.periodId, periodId));
  const extensionRows = await tx
    .select({ agencyId: periodExceptions.agencyId, extendedTo: periodExceptions.extendedTo })
    .from(periodExceptions)
    .where(eq(periodExceptions.periodId, periodId));
  const submissionRows = await tx
    .select({
      id: submissions.id,
      agencyId: submissions.agencyId,
      agencyName: agencies.name,
      status: submissions.status,
      submittedAt: submissions.submittedAt,
      firstSubmittedAt: submissions.firstSubmittedAt,
      difficulties: submissions.difficulties,
      proposals: submissions.proposals,
    })
    .from(submissions)
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .where(eq(submissions.periodId, periodId));
  // Lines and values are read only for sent reports: a draft's text never leaves the agency.
  const countedOfPeriod = and(eq(submissions.periodId, periodId), inArray(submissions.status, [...COUNTED_STATUSES]));
  const lineRows = await tx
    .select({
      submissionId: submissionLines.submissionId,
      taskId: submissionLines.taskId,
      status: submissionLines.status,
      doneText: submissionLines.doneText,
      resultsText: submissionLines.resultsText,
      evidenceLinks: submissionLines.evidenceLinks,
    })
    .from(submissionLines)
    .innerJoin(submissions, eq(submissions.id, submissionLines.submissionId))
    .where(countedOfPeriod);
  const valueRows = await tx
    .select({
      submissionId: submissionIndicatorValues.submissionId,
      indicatorId: submissionIndicatorValues.indicatorId,
      breakdownKey: submissionIndicatorValues.breakdownKey,
      value: submissionIndicatorValues.value,
    })
    .from(submissionIndicatorValues)
    .innerJoin(submissions, eq(submissions.id, submissionIndicatorValues.submissionId))
    .where(countedOfPeriod);
  const indicatorRows = await tx
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      groupName: indicators.groupName,
      breakdown: indicators.breakdown,
      position: indicators.position,
    })
    .from(indicators);
  const taskRows = await tx
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      parentId: tasks.parentId,
      position: tasks.position,
      timeframeKind: tasks.timeframeKind,
      timeframeDue: tasks.timeframeDue,
      content: tasks.content,
    })
    .from(tasks)
    .where(eq(tasks.planId, plan.id))
    .orderBy(asc(tasks.position));

  // An agency is named as it was on the due date: a report on the first half of 2025 says
  // "Báo Tuyên Quang" even if the paper was renamed in July.
  const datedNames = await tx
    .select({ agencyId: agencyNames.agencyId, name: agencyNames.name })
    .from(agencyNames)
    .where(
      and(
        lte(agencyNames.validFrom, period.dueOn),
        or(isNull(agencyNames.validTo), gte(agencyNames.validTo, period.dueOn)),
      ),
    );
  const nameOn = new Map(datedNames.map((n) => [n.agencyId, n.name]));
  const named = <T extends { agencyId: number; agencyName: string }>(row: T): T => ({
    ...row,
    agencyName: nameOn.get(row.agencyId) ?? row.agencyName,
  });

  const context = await loadContext(tx, {
    period,
    plan,
    nameOn,
    obligated: obligationRows.map((o) => o.agencyId),
    reporting: submissionRows.map((s) => s.agencyId),
    indicatorCodeById: new Map(indicatorRows.map((i) => [i.id, i.code])),
  });
  const [abbreviation] = context.coordinator
    ? await tx
        .select({ alias: agencyAliases.alias })
        .from(agencyAliases)
        .where(and(eq(agencyAliases.agencyId, context.coordinator.agencyId), eq(agencyAliases.kind, 'abbreviation')))
    : [];
  if (context.coordinator && abbreviation)
    context.coordinator.abbreviation = abbreviation.alias.replace(/^Sở\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');

  return {
    period: {
      id: period.id,
      label: period.label,
      kind: period.kind,
      year: period.year,
      windowFrom: period.windowFrom,
      windowTo: period.windowTo,
      dueOn: period.dueOn,
    },
    plan: {
      id: plan.id,
      title: plan.title,
      number: plan.number,
      issuer: plan.issuer,
      issuedOn: plan.issuedOn,
      province: plan.province,
      signer: plan.signer,
    },
    regimeIndicatorCodes: head.indicatorCodes,
    obligations: obligationRows.map(named),
    extensions: new Map(extensionRows.map((e) => [e.agencyId, e.extendedTo])),
    submissions: submissionRows.map(named),
    tasks: taskRows,
    lines: lineRows,
    indicators: indicatorRows,
    values: valueRows.map((v) => ({ ...v, value: Number(v.value) })),
    context,
  };
}
