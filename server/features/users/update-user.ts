import { eq } from 'drizzle-orm';
import { UpdateUserBody } from '../../../common/contracts/users.js';
import type { RequestContext } from '../../context.js';
import { sessions, users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertPasswordPolicy } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import { assertAgencyFitsRole, assertRoleFitsProvince } from './create-user.js';
import { findUserView } from './users.queries.js';

/**
 * Changes an account's name, e-mail, role, agency or whether it may sign in (admins only).
 * Disabling an account or changing its role or agency ends its sessions, so the change applies at once.
 */
export async function updateUser(ctx: RequestContext, userId: number, raw: UpdateUserBody) {
  authorize(ctx.actor, 'user.manage');
  const input = UpdateUserBody.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const before = await findUserView(tx, userId);
    const role = input.role ?? before.role;
    const agencyId = input.agencyId === undefined ? before.agencyId : input.agencyId;
    assertAgencyFitsRole(role, agencyId);
    await assertRoleFitsProvince(tx, role);
    await tx
      .update(users)
      .set({
        ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
        ...(input.email === undefined ? {} : { email: input.email }),
        role,
        agencyId: role === 'agency-officer' || role === 'agency-leader' ? agencyId : (agencyId ?? null),
        ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
      })
      .where(eq(users.id, userId));
    const accessChanged = input.isActive === false || role !== before.role || agencyId !== before.agencyId;
    if (accessChanged) await tx.delete(sessions).where(eq(sessions.userId, userId));
    const after = await findUserView(tx, userId);
    await recordAuditEvent(tx, ctx, { action: 'user.update', subjectType: 'user', subjectId: userId, before, after });
    return after;
  });
}

/** Sets a new password for an account (admins only) and ends its sessions; the owner should change it. */
export async function resetUserPassword(ctx: RequestContext, userId: number, password: string) {
  authorize(ctx.actor, 'user.manage');
  const account = await findUserView(ctx.db, userId);
  assertPasswordPolicy(password, account);
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx.db, async (tx) => {
    await findUserView(tx, userId);
    await tx.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAuditEvent(tx, ctx, { action: 'user.password-reset', subjectType: 'user', subjectId: userId });
    return findUserView(tx, userId);
  });
}
