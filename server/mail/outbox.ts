import { and, asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../context.js';
import type { Db, Tx } from '../db/client.js';
import { outboxEmails } from '../db/schema/reporting.js';
import type { Mailer } from './mailer.js';

/** A message to put in the outbox; `dedupeKey` makes a repeated enqueue a no-op. */
export type OutboxMessage = { dedupeKey: string; to: string; subject: string; body: string };

/**
 * Writes mail to the outbox inside the caller's transaction, so mail exists exactly when its cause
 * committed. Returns how many rows were new (repeats with the same dedupeKey are skipped).
 */
export async function enqueueEmails(tx: Tx | Db, clock: Clock, messages: OutboxMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = await tx
    .insert(outboxEmails)
    .values(
      messages.map((m) => ({
        dedupeKey: m.dedupeKey,
        toAddress: m.to,
        subject: m.subject,
        body: m.body,
        createdAt: clock.now(),
      })),
    )
    .onConflictDoNothing({ target: outboxEmails.dedupeKey })
    .returning({ id: outboxEmails.id });
  return rows.length;
}

/** Delivery policy: attempts before a row is marked failed, and the first retry delay (doubling). */
export type DeliveryOptions = { maxAttempts: number; baseDelayMs: number; batchSize: number };
export const DEFAULT_DELIVERY: DeliveryOptions = { maxAttempts: 10, baseDelayMs: 60_000, batchSize: 200 };

/**
 * When a row that has had `attempts` failures may be tried again, counted from its creation:
 * base · (2^attempts − 1), i.e. 1, 3, 7, 15 … minutes with a one-minute base. The schema has no
 * "next attempt" column, and this needs none.
 */
export function nextAttemptAt(createdAt: Date, attempts: number, baseDelayMs: number): Date {
  return new Date(createdAt.getTime() + baseDelayMs * (2 ** attempts - 1));
}

export type DeliveryResult = { sent: number; retrying: number; failed: number; waiting: number; skipped?: string };

/**
 * Sends pending outbox rows whose retry time has come. Each row is claimed by bumping its attempt
 * counter with a conditional UPDATE, so two sweeps never both send it; a send that fails stays
 * pending for a later sweep until maxAttempts, then is marked failed with its last error.
 */
export async function deliverPendingEmails(
  ctx: { db: Db; clock: Clock },
  mailer: Mailer | null,
  options: Partial<DeliveryOptions> = {},
  log: (line: string) => void = () => {},
): Promise<DeliveryResult> {
  const policy = { ...DEFAULT_DELIVERY, ...options };
  const pending = await ctx.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.status, 'pending'))
    .orderBy(asc(outboxEmails.id))
    .limit(policy.batchSize);
  if (!mailer) {
    if (pending.length > 0)
      log(
        `Chưa cấu hình SMTP: ${pending.length} thư chờ trong hộp thư đi / SMTP not configured: ${pending.length} mails wait in the outbox`,
      );
    return { sent: 0, retrying: 0, failed: 0, waiting: pending.length, skipped: 'no-mailer' };
  }
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0, waiting: 0 };
  const now = ctx.clock.now();
  for (const row of pending) {
    if (nextAttemptAt(row.createdAt, row.attempts, policy.baseDelayMs) > now) {
      result.waiting++;
      continue;
    }
    const claimed = await ctx.db
      .update(outboxEmails)
      .set({ attempts: sql`${outboxEmails.attempts} + 1` })
      .where(
        and(eq(outboxEmails.id, row.id), eq(outboxEmails.status, 'pending'), eq(outboxEmails.attempts, row.attempts)),
      )
      .returning({ attempts: outboxEmails.attempts });
    if (claimed.length === 0) continue; // another sweep took it
    const attempts = claimed[0]!.attempts;
    try {
      await mailer.send({ to: row.toAddress, subject: row.subject, text: row.body });
      await ctx.db
        .update(outboxEmails)
        .set({ status: 'sent', sentAt: ctx.clock.now(), lastError: null })
        .where(eq(outboxEmails.id, row.id));
      result.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = attempts >= policy.maxAttempts;
      await ctx.db
        .update(outboxEmails)
        .set({ status: failed ? 'failed' : 'pending', lastError: message.slice(0, 1000) })
        .where(eq(outboxEmails.id, row.id));
      if (failed) result.failed++;
      else result.retrying++;
      log(`Gửi thư #${row.id} tới ${row.toAddress} lỗi (lần ${attempts}): ${message} / delivery failed`);
    }
  }
  return result;
}
