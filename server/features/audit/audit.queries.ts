import { desc, lt } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { auditEvents } from '../../db/schema/system.js';
import { authorize } from '../../policies/policy.js';

/** A page of the audit log, newest first (administrators only); `nextBefore` continues it. */
export async function listAuditEvents(ctx: RequestContext, page: { before?: number; limit: number }) {
  authorize(ctx.actor, 'audit.read');
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(page.before ? lt(auditEvents.id, page.before) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(page.limit);
  return { events: rows, nextBefore: rows.length === page.limit ? rows.at(-1)!.id : null };
}
