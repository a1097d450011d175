import { asc, eq } from 'drizzle-orm';
import type { UpwardPayload } from '../../../common/contracts/upward.js';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardReports } from '../../db/schema/upward.js';
import { inTransaction } from '../../db/transaction.js';
import { recordUpwardSubmission } from './send-upward-report.js';

/**
 * Stores the report a self-hosted province sent with its token, in that province's scope on the
 * ministry's deployment: the same rules as a send from this deployment (a returned report comes
 * back as a new version; a report the ministry holds is not replaced).
 */
export async function receiveUpwardReport(ctx: { db: Db; clock: Clock }, provinceId: number, body: UpwardPayload) {
  const [province] = await ctx.db.select({ code: provinces.code }).from(provinces).where(eq(provinces.id, provinceId));
  const actor = { kind: 'system' as const, name: `upward:${province?.code ?? provinceId}` };
  return inTransaction(ctx.db, async (tx) => {
    const row = await recordUpwardSubmission(
      tx,
      { ...ctx, actor },
      {
        figures: body.figures,
        docx: new Uint8Array(Buffer.from(body.docx, 'base64')),
        provinceDueOn: body.provinceDueOn,
        ministryDueOn: body.ministryDueOn,
        submittedBy: body.submittedBy,
        periodId: null,
        source: 'remote',
      },
    );
    return { id: row.id, status: row.status, version: row.version };
  });
}

/** Where the token's province's reports stand at the ministry (what `ttdn upward status` prints). */
export async function upwardStatusOfProvince(db: Db, provinceId: number) {
  const [province] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.id, provinceId));
  const rows = await db
    .select()
    .from(upwardReports)
    .where(eq(upwardReports.provinceId, provinceId))
    .orderBy(asc(upwardReports.year), asc(upwardReports.periodKind));
  return {
    province: province?.name ?? '',
    reports: rows.map((r) => ({
      year: r.year,
      periodKind: r.periodKind,
      status: r.status,
      version: r.version,
      submittedAt: r.submittedAt,
      returnReason: r.returnReason,
    })),
  };
}
