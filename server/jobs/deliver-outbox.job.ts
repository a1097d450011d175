import { deliverPendingEmails } from '../mail/outbox.js';
import { every, type JobContext, type JobDefinition } from './scheduler.js';

/** Sends pending outbox mail (retries with backoff; without SMTP the mail waits and a line is logged). */
export function deliverOutboxJob(ctx: JobContext) {
  return deliverPendingEmails(ctx, ctx.mailer, {}, ctx.log);
}

/** Runs every minute. */
export const DELIVER_OUTBOX: JobDefinition = { name: 'deliver-outbox', runKeyAt: every(1), run: deliverOutboxJob };
