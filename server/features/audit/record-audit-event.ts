import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { auditEvents } from '../../db/schema/system.js';

export type AuditInput = {
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** Writes the audit row for a change, inside the change's own transaction. */
export async function recordAuditEvent(tx: Tx, ctx: RequestContext, input: AuditInput): Promise<void> {
  const actor = ctx.actor;
  await tx.insert(auditEvents).values({
    at: ctx.clock.now(),
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorName: actor.kind === 'user' ? actor.username : `system:${actor.name}`,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId === undefined || input.subjectId === null ? null : String(input.subjectId),
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: ctx.requestId ?? null,
  });
}
