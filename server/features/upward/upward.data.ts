/**
 * Rows of upward reports and their views. A province's report to the ministry moves like an
 * agency's report to the province: submitted → returned (with a reason) | accepted; a returned report
 * is sent again as a new version; every version is kept.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { addDays } from '../../../common/calendar/iso-date.js';
import { AppError } from '../../../common/errors.js';
import type { UpwardFigures, UpwardReportView } from '../../../common/contracts/upward.js';
import type { Db, Tx } from '../../db/client.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardReports, upwardReportVersions, type UpwardStatus } from '../../db/schema/upward.js';
import type { ConsolidationWithNarrative } from '../consolidation/build-consolidation.js';

/** An upward report row. */
export type UpwardRow = typeof upwardReports.$inferSelect;

/**
 * The ministry's deadline for a province's report: three weeks after the province's own (TT 02/2023:
 * agencies report to the province by the 15th, the province to the ministry by 06/6 and 25/11).
 */
export const MINISTRY_DAYS_AFTER_PROVINCE = 21;

/** The ministry's due date for a period the province closes on `provinceDueOn`. */
export function ministryDueOn(provinceDueOn: string): string {
  return addDays(provinceDueOn, MINISTRY_DAYS_AFTER_PROVINCE);
}

/** Which transitions the ministry and the province may make, from which status. */
const NEXT: Record<'send' | 'return' | 'accept', Partial<Record<UpwardStatus | 'none', UpwardStatus>>> = {
  send: { none: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  accept: { submitted: 'accepted' },
};

/** The status after an action, or ILLEGAL_TRANSITION. */
export function nextUpwardStatus(current: UpwardStatus | 'none', action: 'send' | 'return' | 'accept'): UpwardStatus {
  const next = NEXT[action][current];
  if (!next) throw new AppError('ILLEGAL_TRANSITION', { action, status: current });
  return next;
}

/** The figures a province sends, taken from its consolidation of the period. */
export function figuresOf(c: ConsolidationWithNarrative): UpwardFigures {
  return {
    provinceName: c.plan.province,
    planTitle: c.plan.title,
    period: {
      kind: c.period.kind === 'annual' ? 'annual' : 'semiannual',
      year: c.period.year,
      label: c.period.label,
      windowFrom: c.period.windowFrom,
      windowTo: c.period.windowTo,
      dueOn: c.period.dueOn,
    },
    counts: c.counts,
    indicators: c.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      groupName: i.groupName,
      total: i.total,
    })),
    proposals: c.narrative.sections.proposals,
  };
}

/** Locks an upward report row for a change (in the caller's scope); NOT_FOUND when it is not visible. */
export async function lockUpwardReport(tx: Tx, id: number): Promise<UpwardRow> {
  const [row] = await tx.select().from(upwardReports).where(eq(upwardReports.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', { resource: 'upwardReport', id: String(id) });
  return row;
}

/** Writes a version row: the figures as they stood and the reason of a return. */
export async function writeUpwardVersion(
  tx: Tx,
  row: UpwardRow,
  createdBy: string,
  at: Date,
  reason: string | null = null,
): Promise<void> {
  await tx.insert(upwardReportVersions).values({
    provinceId: row.provinceId,
    upwardReportId: row.id,
    version: row.version,
    status: row.status,
    snapshot: { figures: row.figures, reason },
    createdAt: at,
    createdBy,
  });
}

/** The view of a report (without abilities): its province's name, figures and versions. */
export async function upwardReportView(tx: Tx | Db, row: UpwardRow): Promise<Omit<UpwardReportView, 'abilities'>> {
  const [province] = await tx.select({ name: provinces.name }).from(provinces).where(eq(provinces.id, row.provinceId));
  const versions = await tx
    .select()
    .from(upwardReportVersions)
    .where(eq(upwardReportVersions.upwardReportId, row.id))
    .orderBy(asc(upwardReportVersions.version), asc(upwardReportVersions.id));
  return {
    id: row.id,
    provinceId: row.provinceId,
    provinceName: province?.name ?? '',
    year: row.year,
    periodKind: row.periodKind,
    periodLabel: row.periodLabel,
    status: row.status,
    version: row.version,
    provinceDueOn: row.provinceDueOn,
    ministryDueOn: row.ministryDueOn,
    source: row.source,
    firstSubmittedAt: row.firstSubmittedAt,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
    returnedAt: row.returnedAt,
    returnReason: row.returnReason,
    acceptedAt: row.acceptedAt,
    reviewedBy: row.reviewedBy,
    figures: row.figures as UpwardFigures,
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      reason: (v.snapshot as { reason?: string | null }).reason ?? null,
    })),
  };
}

/** The kind of the province the current scope works for ('ministry' or 'province'). */
export async function currentProvinceKind(tx: Tx | Db): Promise<'province' | 'ministry'> {
  const [row] = await tx.select({ kind: provinces.kind }).from(provinces).where(sql`${provinces.id} = ttdn_province()`);
  return row?.kind ?? 'province';
}
