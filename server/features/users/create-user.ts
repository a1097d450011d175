import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../common/errors.js';
import { CreateUserBody } from '../../../common/contracts/users.js';
import { formatDateTime } from '../../../common/calendar/iso-date.js';
import { translate } from '../../../common/i18n/translate.js';
import { ROLE_LABELS, ROLES, type Role } from '../../../common/permissions.js';
import type { RequestContext } from '../../context.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertPasswordPolicy } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import { currentProvinceKind } from '../upward/upward.data.js';
import type { Db, Tx } from '../../db/client.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { findUserView } from './users.queries.js';

/** Agency roles must name their agency; province roles must not. */
export function assertAgencyFitsRole(role: string, agencyId: number | null | undefined): void {
  if ((role === 'agency-officer' || role === 'agency-leader') && !agencyId)
    throw new AppError('AGENCY_REQUIRED_FOR_ROLE');
}

/** The roles an account of the current tenant may be given: a province's never include the ministry's. */
export async function assignableRoles(tx: Tx | Db): Promise<Role[]> {
  return (await currentProvinceKind(tx)) === 'ministry'
    ? ['admin', 'ministry']
    : ROLES.filter((role) => role !== 'ministry');
}

/** The ministry role exists only in a ministry tenant: it reads every province's records. */
export async function assertRoleFitsProvince(tx: Tx | Db, role: string): Promise<void> {
  if (role === 'ministry' && (await currentProvinceKind(tx)) !== 'ministry')
    throw new AppError('MINISTRY_ROLE_OUTSIDE_MINISTRY');
}

/**
 * Creates an account (admins only). `demoPassword` lets the system itself (the demo loader, tests)
 * create the documented demo accounts whose password is shorter than the policy allows.
 */
export async function createUser(ctx: RequestContext, raw: CreateUserBody, options: { demoPassword?: boolean } = {}) {
  authorize(ctx.actor, 'user.manage');
  const demo = options.demoPassword === true && ctx.actor.kind === 'system';
  const input = (demo ? CreateUserBody.extend({ password: z.string().min(1).max(200) }) : CreateUserBody).parse(raw);
  assertAgencyFitsRole(input.role, input.agencyId);
  if (!demo) assertPasswordPolicy(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (tx) => {
    await assertRoleFitsProvince(tx, input.role);
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (existing.length) throw new AppError('USERNAME_TAKEN', { username: input.username });
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        role: input.role,
        agencyId: input.agencyId ?? null,
      })
      .returning({ id: users.id });
    const view = await findUserView(tx, user!.id);
    await recordAuditEvent(tx, ctx, { action: 'user.create', subjectType: 'user', subjectId: user!.id, after: view });
    await notifyAdminsOfAccount(tx, ctx, { id: user!.id, ...input });
    return view;
  });
}

/**
 * Tells the province's other administrators that an account was created, so a second pair of eyes
 * checks its role and agency (the creator is not told of their own act).
 */
async function notifyAdminsOfAccount(
  tx: Tx,
  ctx: RequestContext,
  account: { id: number; username: string; displayName: string; role: CreateUserBody['role'] },
): Promise<void> {
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true), ne(users.id, account.id)));
  const params = {
    name: account.displayName,
    username: account.username,
    role: ROLE_LABELS[account.role].vi,
    time: formatDateTime(ctx.clock.now()),
  };
  await createNotifications(
    tx,
    ctx.clock,
    admins
      .filter((a) => a.id !== actorId)
      .map((a) => ({
        userId: a.id,
        kind: 'user-created',
        title: translate('vi', 'notify.user-created.title', params),
        body: translate('vi', 'notify.user-created.body', params),
        link: '/admin/users',
        dedupeKey: `user-created:${account.id}:${a.id}`,
      })),
  );
}
