/**
 * Who may see and change a case. A sensitive case is need-to-know: only the people named on it see
 * it (its coordinators change it), whatever their role. Otherwise province-wide roles see every case
 * and agency staff see the cases referred to their agency (or naming them). Invisible cases answer
 * NOT_FOUND, so their existence does not leak.
 */

import { eq } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { Actor, SystemActor } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { responseCaseMembers, responseCases, responseReferrals } from '../../db/schema/response.js';
import { can, readsAllAgencies } from '../../policies/policy.js';

type CaseRow = typeof responseCases.$inferSelect;
/** What access needs to know about a case: its sensitivity, its people and where it was referred. */
export type CaseReach = {
  isSensitive: boolean;
  members: Array<{ userId: number; role: 'coordinator' | 'member' }>;
  referredAgencyIds: number[];
};

/** May the actor see the case? */
export function canSeeCase(actor: Actor | SystemActor, reach: CaseReach): boolean {
  if (actor.kind === 'system') return true;
  if (!can(actor, 'response.read')) return false;
  const isNamed = reach.members.some((m) => m.userId === actor.userId);
  if (reach.isSensitive) return isNamed;
  if (readsAllAgencies(actor) || isNamed) return true;
  return reach.referredAgencyIds.some((id) => actor.agencyScope.includes(id));
}

/** May the actor change the case (open actions, refer, close)? */
export function canManageCase(actor: Actor | SystemActor, reach: CaseReach): boolean {
  if (actor.kind === 'system') return true;
  if (!can(actor, 'response.manage') || !canSeeCase(actor, reach)) return false;
  // On a need-to-know case, only its coordinators act; other named people read.
  return !reach.isSensitive || reach.members.some((m) => m.userId === actor.userId && m.role === 'coordinator');
}

/** Reads a case's reach (members, referred agencies). */
export async function loadCaseReach(db: Db | Tx, row: Pick<CaseRow, 'id' | 'isSensitive'>): Promise<CaseReach> {
  const members = await db
    .select({ userId: responseCaseMembers.userId, role: responseCaseMembers.role })
    .from(responseCaseMembers)
    .where(eq(responseCaseMembers.caseId, row.id));
  const referrals = await db
    .select({ agencyId: responseReferrals.agencyId })
    .from(responseReferrals)
    .where(eq(responseReferrals.caseId, row.id));
  return { isSensitive: row.isSensitive, members, referredAgencyIds: referrals.map((r) => r.agencyId) };
}

/** The case row if the actor may see it, else NOT_FOUND (a hidden case and a missing one look alike). */
export async function getVisibleCase(
  db: Db | Tx,
  actor: Actor | SystemActor,
  caseId: number,
  options: { forUpdate?: boolean } = {},
): Promise<{ row: CaseRow; reach: CaseReach }> {
  const query = db.select().from(responseCases).where(eq(responseCases.id, caseId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', { resource: 'responseCase', id: `#${caseId}` });
  const reach = await loadCaseReach(db, row);
  if (!canSeeCase(actor, reach)) throw new AppError('NOT_FOUND', { resource: 'responseCase', id: `#${caseId}` });
  return { row, reach };
}

/** The case for a change: visible and manageable, else NOT_FOUND or FORBIDDEN. */
export async function getManageableCase(
  tx: Tx,
  actor: Actor | SystemActor,
  caseId: number,
): Promise<{ row: CaseRow; reach: CaseReach }> {
  const found = await getVisibleCase(tx, actor, caseId, { forUpdate: true });
  if (!canManageCase(actor, found.reach)) throw new AppError('FORBIDDEN').with({ action: 'response.manage' });
  return found;
}
