import { ActivityInput } from '../../../common/contracts/activities.js';
import type { RequestContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getActivityOptions } from './activities.queries.js';
import { readActivityWorkbook, renderActivityTemplate } from './activity-workbook.js';
import { insertActivity } from './record-activity.js';
import { XLSX_TYPE } from '../../../common/contracts/endpoint.js';

/** The Excel template for the actor's agency (or the one asked for): its tasks of the year and the catalogue. */
export async function downloadActivityTemplate(ctx: RequestContext, query: { agencyId?: number; year?: number }) {
  const choices = await getActivityOptions(ctx, query);
  const year = query.year ?? Number(ctx.clock.today().slice(0, 4));
  return {
    bytes: new Uint8Array(await renderActivityTemplate(choices)),
    filename: `mau-hoat-dong-${year}.xlsx`,
    contentType: XLSX_TYPE,
  };
}

/**
 * Records every activity of a filled template for the agency, all or none: a bad cell refuses the
 * whole file (ACTIVITY_IMPORT_INVALID naming each cell). The agency's own staff only; one audit row.
 */
export async function importActivities(
  ctx: RequestContext,
  input: { agencyId: number; year?: number; bytes: Uint8Array; filename: string },
) {
  authorize(ctx.actor, 'activity.record', input.agencyId);
  const choices = await getActivityOptions(ctx, { agencyId: input.agencyId, year: input.year });
  const rows = await readActivityWorkbook(input.bytes, input.agencyId, choices);
  return inTransaction(ctx.db, async (tx) => {
    const ids: number[] = [];
    for (const row of rows) ids.push(await insertActivity(tx, ctx, ActivityInput.parse(row)));
    await recordAuditEvent(tx, ctx, {
      action: 'activity.import',
      subjectType: 'activity',
      after: { filename: input.filename, agencyId: input.agencyId, activityIds: ids },
    });
    return { created: ids.length, activityIds: ids };
  });
}
