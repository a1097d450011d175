import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { USER_ROLES, users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { hashPassword } from './passwords.js';

export const CreateUserInput = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, 'a-z, 0-9, . _ - (3–40)'),
  displayName: z.string().trim().min(2).max(120),
  email: z.string().email().nullable().optional(),
  password: z.string().min(4).max(200),
  role: z.enum(USER_ROLES),
  agencyId: z.number().int().positive().nullable().optional(),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

/** Creates an account; agency roles must name their agency. Admins only. */
export async function createUser(ctx: RequestContext, raw: CreateUserInput) {
  authorize(ctx.actor, 'user.manage');
  const input = CreateUserInput.parse(raw);
  if ((input.role === 'agency-officer' || input.role === 'agency-leader') && !input.agencyId) {
    throw new AppError('VALIDATION_FAILED', 'Tài khoản của cơ quan phải gắn với một cơ quan / Agency accounts need an agency');
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (tx) => {
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (existing.length) throw new AppError('CONFLICT', `Tên đăng nhập “${input.username}” đã có / Username already taken`);
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, email: input.email ?? null, passwordHash, role: input.role, agencyId: input.agencyId ?? null })
      .returning({ id: users.id, username: users.username, role: users.role, agencyId: users.agencyId, displayName: users.displayName });
    await recordAuditEvent(tx, ctx, { action: 'user.create', subjectType: 'user', subjectId: user!.id, after: user });
    return user!;
  });
}
