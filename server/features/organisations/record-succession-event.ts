import { addDays } from '../../../common/calendar/index.js';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { SuccessionEventBody } from '../../../common/contracts/organisations.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { agencies, successionEvents, successionLinks } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { findSuccessionEventView } from './organisations.queries.js';
import { applyRename } from './update-agency.js';

type ParsedEvent = z.output<typeof SuccessionEventBody>;

/** Checks the shape each kind of event must have (merge n→1, split 1→n, transfer scoped…). */
export function assertEventShape(input: ParsedEvent): void {
  const sources = new Set(input.links.map((l) => l.fromAgencyId));
  const targets = new Set(input.links.map((l) => l.toAgencyId));
  const fail = () => {
    throw new AppError('SUCCESSION_SHAPE', { kind: input.kind });
  };
  if (Number.isNaN(Date.parse(`${input.effectiveOn}T00:00:00Z`)))
    throw new AppError('INVALID_DATE', { value: input.effectiveOn });
  switch (input.kind) {
    case 'rename':
      if (input.links.length !== 1 || !input.newName) fail();
      break;
    case 'merge':
      if (targets.size !== 1 || targets.has(null)) fail();
      break;
    case 'split':
      if (sources.size !== 1 || targets.has(null) || targets.size < 2) fail();
      break;
    case 'transfer':
      if (input.links.length !== 1 || input.links[0]!.toAgencyId === null || input.links[0]!.functions.length === 0) {
        fail();
      }
      break;
    case 'dissolve':
      if (sources.size !== 1) fail();
      break;
  }
  if (input.kind !== 'rename' && input.links.some((l) => l.fromAgencyId === l.toAgencyId)) {
    throw new AppError('SELF_SUCCESSION');
  }
}

/** Refuses links that would let duties flow back to where they came from. */
async function assertNoCycle(tx: Tx, input: ParsedEvent): Promise<void> {
  if (input.kind === 'rename') return;
  const existing = await tx
    .select({ from: successionLinks.fromAgencyId, to: successionLinks.toAgencyId })
    .from(successionLinks);
  const edges = new Map<number, number[]>();
  for (const e of [...existing, ...input.links.map((l) => ({ from: l.fromAgencyId, to: l.toAgencyId }))]) {
    if (e.to === null || e.to === e.from) continue;
    edges.set(e.from, [...(edges.get(e.from) ?? []), e.to]);
  }
  for (const link of input.links) {
    if (link.toAgencyId === null) continue;
    const stack = [link.toAgencyId];
    const seen = new Set<number>();
    while (stack.length) {
      const node = stack.pop()!;
      if (node === link.fromAgencyId) {
        throw new AppError('SUCCESSION_CYCLE').with({ link });
      }
      if (seen.has(node)) continue;
      seen.add(node);
      stack.push(...(edges.get(node) ?? []));
    }
  }
}

/**
 * Records a dated reorganisation and applies its effects: sources of a merge, split or dissolution
 * close the day before; a rename adds a dated name. Earlier history is never rewritten.
 */
export async function recordSuccessionEvent(ctx: RequestContext, raw: SuccessionEventBody) {
  authorize(ctx.actor, 'agency.manage');
  const input = SuccessionEventBody.parse(raw);
  assertEventShape(input);
  return inTransaction(ctx.db, async (tx) => {
    const ids = [...new Set(input.links.flatMap((l) => [l.fromAgencyId, ...(l.toAgencyId ? [l.toAgencyId] : [])]))];
    const rows = await tx.select().from(agencies).where(inArray(agencies.id, ids));
    if (rows.length !== ids.length) throw new AppError('NOT_FOUND', { resource: 'agency', id: '' });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const link of input.links) {
      const source = byId.get(link.fromAgencyId)!;
      if (
        source.validFrom >= input.effectiveOn ||
        (source.validTo !== null && source.validTo < addDays(input.effectiveOn, -1))
      ) {
        throw new AppError('AGENCY_NOT_EXISTING_ON_DATE', { name: source.name, date: input.effectiveOn });
      }
    }
    await assertNoCycle(tx, input);
    const [event] = await tx
      .insert(successionEvents)
      .values({
        kind: input.kind,
        effectiveOn: input.effectiveOn,
        legalBasis: input.legalBasis ?? null,
        note: input.note ?? null,
      })
      .returning();
    await tx.insert(successionLinks).values(
      input.links.map((l) => ({
        eventId: event!.id,
        fromAgencyId: l.fromAgencyId,
        toAgencyId: l.toAgencyId,
        functions: l.functions,
      })),
    );
    if (input.kind === 'rename') await applyRename(tx, input.links[0]!.fromAgencyId, input.newName!, input.effectiveOn);
    if (input.kind === 'merge' || input.kind === 'split' || input.kind === 'dissolve') {
      const closing = [...new Set(input.links.map((l) => l.fromAgencyId))];
      for (const id of closing) {
        const source = byId.get(id)!;
        await tx
          .update(agencies)
          .set({ validTo: addDays(input.effectiveOn, -1), version: source.version + 1 })
          .where(eq(agencies.id, id));
      }
    }
    await recordAuditEvent(tx, ctx, {
      action: 'succession.record',
      subjectType: 'succession-event',
      subjectId: event!.id,
      after: { ...input, id: event!.id },
    });
    return findSuccessionEventView(tx, event!.id);
  });
}
