import type { z } from 'zod';
import type { NewSourceBody } from '../../../common/contracts/monitoring.js';
import type { RequestContext } from '../../context.js';
import { monitorSources } from '../../db/schema/monitoring.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { sourceView } from './monitoring.queries.js';

/** Adds a feed, news sitemap or page to follow; the polling job fetches it from the next tick. */
export async function createSource(ctx: RequestContext, input: z.output<typeof NewSourceBody>) {
  authorize(ctx.actor, 'monitor.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(monitorSources)
      .values({
        kind: input.kind,
        name: input.name.normalize('NFC'),
        url: input.url,
        pollMinutes: input.pollMinutes ?? 60,
        createdAt: ctx.clock.now(),
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.source-create',
      subjectType: 'monitor-source',
      subjectId: row!.id,
      after: row,
    });
    return sourceView(row!, 0, ctx.clock.now());
  });
}
