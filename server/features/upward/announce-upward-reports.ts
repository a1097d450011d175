/**
 * The ministry's notices of its provinces' reports: each send (first or again after a return), each
 * return and each acceptance becomes a notice to every ministry account. A province's send is written
 * in the province's own scope, where the ministry's rows cannot be written, so the notices are made
 * afterwards by a sweep on the system handle; one per version and account (the dedupe key), so a
 * repeated sweep adds nothing.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { formatDateTime } from '../../../common/calendar/iso-date.js';
import { translate } from '../../../common/i18n/translate.js';
import type { Db, Tx } from '../../db/client.js';
import { notifications } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardReports, upwardReportVersions } from '../../db/schema/upward.js';

/**
 * Writes the ministry accounts' notices of upward reports sent, returned and accepted, each dated
 * when it happened; `system` is the table owner's handle (it writes into the ministry's scope while
 * reading every province's). Returns how many notices were new.
 */
export async function announceUpwardReports(system: Db | Tx): Promise<number> {
  const ministries = await system.select({ id: provinces.id }).from(provinces).where(eq(provinces.kind, 'ministry'));
  if (ministries.length === 0) return 0;
  const readers = await system
    .select({ id: users.id, provinceId: users.provinceId })
    .from(users)
    .where(
      and(
        eq(users.role, 'ministry'),
        eq(users.isActive, true),
        inArray(
          users.provinceId,
          ministries.map((m) => m.id),
        ),
      ),
    );
  if (readers.length === 0) return 0;
  const versions = await system
    .select({
      id: upwardReportVersions.id,
      reportId: upwardReportVersions.upwardReportId,
      version: upwardReportVersions.version,
      status: upwardReportVersions.status,
      createdAt: upwardReportVersions.createdAt,
      snapshot: upwardReportVersions.snapshot,
      periodLabel: upwardReports.periodLabel,
      province: provinces.name,
    })
    .from(upwardReportVersions)
    .innerJoin(upwardReports, eq(upwardReports.id, upwardReportVersions.upwardReportId))
    .innerJoin(provinces, eq(provinces.id, upwardReportVersions.provinceId))
    .orderBy(asc(upwardReportVersions.createdAt), asc(upwardReportVersions.id));
  const rows = versions.flatMap((v) => {
    // A send after a return is a resend: the reviewer reads the changes, not a new report.
    const step = v.status === 'submitted' ? (v.version > 1 ? 'resubmitted' : 'submitted') : v.status;
    const params = {
      province: v.province,
      period: v.periodLabel,
      time: formatDateTime(v.createdAt),
      reason: ((v.snapshot as { reason?: string | null }).reason ?? '').trim(),
    };
    const title = translate('vi', `notify.upward.${step}.title`, params);
    const body = translate('vi', `notify.upward.${step}.body`, params);
    return readers.map((reader) => ({
      provinceId: reader.provinceId,
      userId: reader.id,
      kind: `upward-${step}`,
      title,
      body,
      link: `/ministry/reports/${v.reportId}`,
      dedupeKey: `ministry:upward:${v.id}:${reader.id}`,
      createdAt: v.createdAt,
    }));
  });
  if (rows.length === 0) return 0;
  const inserted = await system
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length;
}
