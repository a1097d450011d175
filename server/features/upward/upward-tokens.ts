/**
 * Tokens a self-hosted province sends upward with. The ministry's admin creates one per province
 * (`ttdn upward token --province CODE`); it is printed once and only its SHA-256 is stored. The
 * admin lists them (`--list`) and revokes one (`--revoke ID`): a revoked token is refused at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardTokens } from '../../db/schema/upward.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/** The stored form of a token. */
export function hashUpwardToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Creates a token for the province of the current scope (the CLI runs it in that province, on the
 * ministry's deployment) and returns it in clear, the only time it is seen.
 */
export async function createUpwardToken(ctx: RequestContext): Promise<string> {
  authorize(ctx.actor, 'user.manage');
  const token = `ttdn_${randomBytes(32).toString('base64url')}`;
  await inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(upwardTokens)
      .values({ tokenHash: hashUpwardToken(token), createdAt: ctx.clock.now() })
      .returning({ id: upwardTokens.id });
    await recordAuditEvent(tx, ctx, { action: 'upward.token-create', subjectType: 'upward-token', subjectId: row!.id });
  });
  return token;
}

/**
 * The province a bearer token speaks for, looked up on the system handle (as a session is: the
 * province is not known before); UPWARD_TOKEN_INVALID when unknown or revoked.
 */
export async function provinceOfToken(system: Db, authorization: string | undefined, now: Date): Promise<number> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new AppError('UPWARD_TOKEN_INVALID');
  const [row] = await system
    .update(upwardTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(upwardTokens.tokenHash, hashUpwardToken(token)), isNull(upwardTokens.revokedAt)))
    .returning({ provinceId: upwardTokens.provinceId });
  if (!row) throw new AppError('UPWARD_TOKEN_INVALID');
  return row.provinceId;
}

/** One token as the admin sees it: never the token itself, only whose it is and how it was used. */
export type UpwardTokenRow = {
  id: number;
  provinceId: number;
  provinceCode: string;
  provinceName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Every province's tokens (on the system handle: the admin manages all of them), oldest first. */
export async function listUpwardTokens(system: Db): Promise<UpwardTokenRow[]> {
  return system
    .select({
      id: upwardTokens.id,
      provinceId: upwardTokens.provinceId,
      provinceCode: provinces.code,
      provinceName: provinces.name,
      createdAt: upwardTokens.createdAt,
      lastUsedAt: upwardTokens.lastUsedAt,
      revokedAt: upwardTokens.revokedAt,
    })
    .from(upwardTokens)
    .innerJoin(provinces, eq(provinces.id, upwardTokens.provinceId))
    .orderBy(asc(upwardTokens.id));
}

/**
 * Revokes a token of the province of the current scope (its audit row stays with that province);
 * revoking it again changes nothing; NOT_FOUND when the province has no such token.
 */
export async function revokeUpwardToken(ctx: RequestContext, id: number): Promise<{ revokedAt: Date }> {
  authorize(ctx.actor, 'user.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx.select().from(upwardTokens).where(eq(upwardTokens.id, id)).for('update');
    if (!row) throw new AppError('NOT_FOUND', { resource: 'upwardToken', id: String(id) });
    if (row.revokedAt) return { revokedAt: row.revokedAt };
    const revokedAt = ctx.clock.now();
    await tx.update(upwardTokens).set({ revokedAt }).where(eq(upwardTokens.id, id));
    await recordAuditEvent(tx, ctx, {
      action: 'upward.token-revoke',
      subjectType: 'upward-token',
      subjectId: id,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
    return { revokedAt };
  });
}
