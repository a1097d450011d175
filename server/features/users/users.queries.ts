import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserView } from '../../../common/contracts/users.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/system.js';
import { authorize } from '../../policies/policy.js';

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  role: users.role,
  agencyId: users.agencyId,
  agencyName: agencies.name,
  isActive: users.isActive,
  lockedUntil: users.lockedUntil,
  createdAt: users.createdAt,
};

/** One account as the administrator sees it; NOT_FOUND when it does not exist. */
export async function findUserView(db: Db | Tx, userId: number): Promise<z.output<typeof UserView>> {
  const [row] = await db
    .select(columns)
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, userId));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'user', id: `#${userId}` });
  return row;
}

/** Every account, by username (administrators only). */
export async function listUsers(ctx: RequestContext): Promise<Array<z.output<typeof UserView>>> {
  authorize(ctx.actor, 'user.manage');
  const rows = await ctx.db
    .select(columns)
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(asc(users.username));
  return rows;
}
