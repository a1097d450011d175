import { and, eq, sql } from 'drizzle-orm';
import type { UpwardFigures } from '../../../common/contracts/upward.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { consolidatedReports } from '../../db/schema/reporting.js';
import { upwardReports } from '../../db/schema/upward.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { buildConsolidation } from '../consolidation/build-consolidation.js';
import { renderConsolidationDocx } from '../consolidation/render-consolidation.js';
import {
  figuresOf,
  ministryDueOn,
  nextUpwardStatus,
  type UpwardRow,
  upwardReportView,
  writeUpwardVersion,
} from './upward.data.js';

/** What a submission upward carries, from this deployment or from a self-hosted province's. */
export type UpwardSubmission = {
  figures: UpwardFigures;
  docx: Uint8Array;
  provinceDueOn: string;
  ministryDueOn: string;
  submittedBy: string;
  periodId: number | null;
  source: 'local' | 'remote';
};

/**
 * Records a province's report as submitted to the ministry, in the caller's transaction and the
 * province's scope: the first send creates it (version 1), a send after a return makes a new
 * version; a report already submitted or accepted is refused (ILLEGAL_TRANSITION).
 */
export async function recordUpwardSubmission(tx: Tx, ctx: RequestContext, input: UpwardSubmission): Promise<UpwardRow> {
  const { year, kind } = input.figures.period;
  const [current] = await tx
    .select()
    .from(upwardReports)
    // Named explicitly too: the demo loader writes on the system handle, which no policy filters.
    .where(
      and(
        eq(upwardReports.provinceId, sql`ttdn_province()`),
        eq(upwardReports.year, year),
        eq(upwardReports.periodKind, kind),
      ),
    )
    .for('update');
  nextUpwardStatus(current?.status ?? 'none', 'send');
  const now = ctx.clock.now();
  const values = {
    periodId: input.periodId,
    year,
    periodKind: kind,
    periodLabel: input.figures.period.label,
    provinceDueOn: input.provinceDueOn,
    ministryDueOn: input.ministryDueOn,
    status: 'submitted' as const,
    figures: input.figures,
    docx: input.docx,
    source: input.source,
    submittedAt: now,
    submittedBy: input.submittedBy,
    updatedAt: now,
  };
  const [row] = current
    ? await tx
        .update(upwardReports)
        .set({ ...values, version: current.version + 1 })
        .where(eq(upwardReports.id, current.id))
        .returning()
    : await tx
        .insert(upwardReports)
        .values({ ...values, firstSubmittedAt: now })
        .returning();
  await writeUpwardVersion(tx, row!, input.submittedBy, now);
  await recordAuditEvent(tx, ctx, {
    action: 'upward.send',
    subjectType: 'upward-report',
    subjectId: row!.id,
    before: current ? { status: current.status, version: current.version } : null,
    after: { status: row!.status, version: row!.version, year, kind, source: input.source },
  });
  return row!;
}

/** Has the coordinator saved the province's consolidated report for this period? */
export async function hasConsolidatedReport(tx: Tx | Db, periodId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: consolidatedReports.id })
    .from(consolidatedReports)
    .where(eq(consolidatedReports.periodId, periodId));
  return row !== undefined;
}

/**
 * The coordinator sends the province's consolidated report of a period to the ministry: its
 * figures and its DOCX as they are now. Refused until the consolidated report exists.
 */
export async function sendUpwardReport(ctx: RequestContext, periodId: number) {
  authorize(ctx.actor, 'upward.send');
  const c = await buildConsolidation(ctx, periodId);
  if (c.period.kind !== 'semiannual' && c.period.kind !== 'annual') throw new AppError('WRONG_PERIOD_KIND');
  const docx = await renderConsolidationDocx(c);
  return inTransaction(ctx.db, async (tx) => {
    if (!(await hasConsolidatedReport(tx, periodId))) throw new AppError('CONSOLIDATION_NOT_READY');
    const row = await recordUpwardSubmission(tx, ctx, {
      figures: figuresOf(c),
      docx,
      provinceDueOn: c.period.dueOn,
      ministryDueOn: ministryDueOn(c.period.dueOn),
      // The system (demo, CLI) sends in the name of the department that drafts the report.
      submittedBy: ctx.actor.kind === 'user' ? ctx.actor.displayName : (c.context.coordinator?.name ?? c.plan.province),
      periodId,
      source: 'local',
    });
    return upwardReportView(tx, row);
  });
}
