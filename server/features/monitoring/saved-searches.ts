import { and, desc, eq } from 'drizzle-orm';
import type { SavedSearchView } from '../../../common/contracts/monitoring.js';
import { SavedSearchQuery } from '../../../common/contracts/monitoring.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { monitorSavedSearches } from '../../db/schema/monitoring.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

type Row = typeof monitorSavedSearches.$inferSelect;

/** The signed-in user's id: saved searches are a person's own (a system job has none). */
function ownerOf(ctx: RequestContext): number {
  authorize(ctx.actor, 'monitor.read');
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN').with({ action: 'monitor.read' });
  return ctx.actor.userId;
}

function view(row: Row): SavedSearchView {
  // A stored query read back through the contract: a filter the list no longer knows is dropped.
  const query = SavedSearchQuery.safeParse(row.query);
  return { id: row.id, name: row.name, query: query.success ? query.data : {}, createdAt: row.createdAt };
}

/** The searches the signed-in user saved, newest first. */
export async function listSavedSearches(ctx: RequestContext) {
  const userId = ownerOf(ctx);
  const rows = await ctx.db
    .select()
    .from(monitorSavedSearches)
    .where(eq(monitorSavedSearches.userId, userId))
    .orderBy(desc(monitorSavedSearches.createdAt), desc(monitorSavedSearches.id));
  return rows.map(view);
}

/** Saves the user's search under a name; the same name again replaces that search's filters. */
export async function saveSearch(ctx: RequestContext, input: { name: string; query: SavedSearchView['query'] }) {
  const userId = ownerOf(ctx);
  const name = input.name.normalize('NFC');
  const query = Object.fromEntries(Object.entries(input.query).filter(([, v]) => v !== undefined && v !== ''));
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(monitorSavedSearches)
      .values({ userId: userId, name, query, createdAt: ctx.clock.now() })
      .onConflictDoUpdate({
        target: [monitorSavedSearches.provinceId, monitorSavedSearches.userId, monitorSavedSearches.name],
        set: { query, createdAt: ctx.clock.now() },
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.search-saved',
      subjectType: 'monitor-saved-search',
      subjectId: row!.id,
      after: row,
    });
    return view(row!);
  });
}

/** Deletes one of the user's saved searches (another user's is not theirs to delete: nothing removed). */
export async function deleteSavedSearch(ctx: RequestContext, id: number) {
  const userId = ownerOf(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const removed = await tx
      .delete(monitorSavedSearches)
      .where(and(eq(monitorSavedSearches.id, id), eq(monitorSavedSearches.userId, userId)))
      .returning();
    if (removed.length)
      await recordAuditEvent(tx, ctx, {
        action: 'monitor.search-deleted',
        subjectType: 'monitor-saved-search',
        subjectId: id,
        before: removed[0],
      });
    return { removed: removed.length };
  });
}
