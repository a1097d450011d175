import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import {
  obligations,
  periodExceptions,
  reportingPeriods,
  submissions,
  type SubmissionStatus,
} from '../../db/schema/reporting.js';
import { compareVietnamese } from '../../../common/text/vietnamese.js';
import { classifyTimeliness, type TimelinessClass } from './timeliness.js';
import { isEntryOpen } from './period-dates.js';

/** One obligation with its report's state and timeliness, as boards, reminders and consolidation need it. */
export type ObligationStatus = {
  obligationId: number;
  periodId: number;
  agencyId: number;
  agency: string;
  taskIds: number[];
  submissionId: number | null;
  status: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  /** The last return and the officer's last request for approval: the cycle's words and next steps. */
  returnedAt: Date | null;
  approvalRequestedAt: Date | null;
  dueOn: string;
  locksOn: string;
  exceptionTo: string | null;
  /** The due date every count uses: the agency's extension when it has one. */
  dueInForce: string;
  entryOpen: boolean;
  timeliness: TimelinessClass;
};

/**
 * Every obligation of some periods with its state and timeliness class on `today`, unscoped (for
 * jobs and for queries that scope afterwards). Sorted by agency name.
 */
export async function loadObligationStatusesUnscoped(
  db: Db | Tx,
  periodIds: number[],
  today: string,
): Promise<ObligationStatus[]> {
  if (periodIds.length === 0) return [];
  const rows = await db
    .select({
      o: {
        id: obligations.id,
        periodId: obligations.periodId,
        agencyId: obligations.agencyId,
        taskIds: obligations.taskIds,
      },
      agency: agencies.name,
      dueOn: reportingPeriods.dueOn,
      locksOn: reportingPeriods.locksOn,
      // Only the columns the status needs: the report's texts would be megabytes over 3,500 units.
      s: {
        id: submissions.id,
        status: submissions.status,
        firstSubmittedAt: submissions.firstSubmittedAt,
        submittedAt: submissions.submittedAt,
        acceptedAt: submissions.acceptedAt,
        returnedAt: submissions.returnedAt,
        approvalRequestedAt: submissions.approvalRequestedAt,
      },
      exceptionTo: periodExceptions.extendedTo,
    })
    .from(obligations)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, obligations.periodId))
    .innerJoin(agencies, eq(agencies.id, obligations.agencyId))
    .leftJoin(
      submissions,
      and(eq(submissions.periodId, obligations.periodId), eq(submissions.agencyId, obligations.agencyId)),
    )
    .leftJoin(
      periodExceptions,
      and(eq(periodExceptions.periodId, obligations.periodId), eq(periodExceptions.agencyId, obligations.agencyId)),
    )
    .where(inArray(obligations.periodId, periodIds))
    .orderBy(asc(obligations.id));
  return rows
    .map((r) => ({
      obligationId: r.o.id,
      periodId: r.o.periodId,
      agencyId: r.o.agencyId,
      agency: r.agency,
      taskIds: r.o.taskIds,
      submissionId: r.s?.id ?? null,
      status: r.s?.status ?? null,
      firstSubmittedAt: r.s?.firstSubmittedAt ?? null,
      submittedAt: r.s?.submittedAt ?? null,
      acceptedAt: r.s?.acceptedAt ?? null,
      returnedAt: r.s?.returnedAt ?? null,
      approvalRequestedAt: r.s?.approvalRequestedAt ?? null,
      dueOn: r.dueOn,
      locksOn: r.locksOn,
      exceptionTo: r.exceptionTo ?? null,
      dueInForce: r.exceptionTo && r.exceptionTo > r.dueOn ? r.exceptionTo : r.dueOn,
      entryOpen: isEntryOpen(r.locksOn, r.exceptionTo ?? null, today),
      timeliness: classifyTimeliness(
        { dueOn: r.dueOn, firstSubmittedAt: r.s?.firstSubmittedAt ?? null, extendedTo: r.exceptionTo ?? null },
        today,
      ),
    }))
    .sort((a, b) => compareVietnamese(a.agency, b.agency));
}
