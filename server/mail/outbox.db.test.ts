import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { outboxEmails } from '../db/schema/reporting.js';
import { fakeClock } from '../features/reminders/reminders.test-support.js';
import { createTestDatabase } from '../test/test-db.js';
import { createMailerFromConfig, createMemoryMailer, createSmtpMailer } from './mailer.js';
import { deliverPendingEmails, enqueueEmails, nextAttemptAt } from './outbox.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A local SMTP server that parses every message it receives. */
async function startSmtp(
  port: number,
): Promise<{ received: ParsedMail[]; envelopes: string[][]; close(): Promise<void> }> {
  const received: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      envelopes.push(session.envelope.rcptTo.map((r) => r.address));
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received, envelopes, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase('empty');
});
afterAll(async () => {
  await database?.close();
});

const subject = '[TTĐN] Nhắc việc ngày 15/05/2025: 2 báo cáo chưa gửi (1 quá hạn)';
const body =
  'Kính gửi đồng chí Trần Thị Đầu Mối,\n\nSở Nông nghiệp và Môi trường — báo cáo 06 tháng đầu năm 2025: đã quá hạn 1 ngày làm việc.';

describe('outbox delivery over real SMTP', () => {
  it('delivers pending mail with a Vietnamese subject and body, once', async () => {
    const port = await freePort();
    const smtp = await startSmtp(port);
    const clock = fakeClock('2025-05-15T08:00:00+07:00');
    const ctx = { db: database.db, clock };
    try {
      await enqueueEmails(database.db, clock, [
        { dedupeKey: 'rt:1', to: 'canbo@tuyenquang.gov.vn', subject, body },
        { dedupeKey: 'rt:2', to: 'lanhdao@tuyenquang.gov.vn', subject, body },
      ]);
      // The same dedupe key again is a no-op.
      expect(
        await enqueueEmails(database.db, clock, [{ dedupeKey: 'rt:1', to: 'x@y.vn', subject: 'x', body: 'x' }]),
      ).toBe(0);
      const mailer = createSmtpMailer(
        `smtp://127.0.0.1:${port}?from=${encodeURIComponent('"Sở VHTTDL Tuyên Quang" <ttdn@svhttdl.tuyenquang.gov.vn>')}`,
      );
      const result = await deliverPendingEmails(ctx, mailer);
      await mailer.close();
      expect(result).toMatchObject({ sent: 2, retrying: 0, failed: 0 });
      expect(smtp.received).toHaveLength(2);
      expect(smtp.envelopes.flat().sort()).toEqual(['canbo@tuyenquang.gov.vn', 'lanhdao@tuyenquang.gov.vn']);
      const first = smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === 'canbo@tuyenquang.gov.vn')!;
      expect(first.subject).toBe(subject);
      expect(first.text?.trim()).toBe(body);
      expect(first.from?.value[0]).toMatchObject({
        address: 'ttdn@svhttdl.tuyenquang.gov.vn',
        name: 'Sở VHTTDL Tuyên Quang',
      });
      const rows = await database.db.select().from(outboxEmails);
      expect(rows.filter((r) => r.dedupeKey.startsWith('rt:')).map((r) => [r.status, r.attempts])).toEqual([
        ['sent', 1],
        ['sent', 1],
      ]);
      // A second sweep sends nothing.
      const again = await deliverPendingEmails(ctx, createMemoryMailer());
      expect(again.sent).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail pending while the server is down and delivers it later', async () => {
    const port = await freePort(); // nothing listens here yet
    const clock = fakeClock('2025-05-16T08:00:00+07:00');
    const ctx = { db: database.db, clock };
    await enqueueEmails(database.db, clock, [{ dedupeKey: 'down:1', to: 'canbo@tuyenquang.gov.vn', subject, body }]);
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, { timeoutMs: 2000 });
    const down = await deliverPendingEmails(ctx, mailer);
    expect(down).toMatchObject({ sent: 0, retrying: 1 });
    let [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, 'down:1'));
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toMatch(/ECONNREFUSED/);
    // Backoff: not retried before a minute has passed.
    expect((await deliverPendingEmails(ctx, mailer)).waiting).toBe(1);
    const smtp = await startSmtp(port);
    try {
      clock.advance(61_000);
      const later = await deliverPendingEmails(ctx, mailer);
      expect(later).toMatchObject({ sent: 1 });
      [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, 'down:1'));
      expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(smtp.received[0]?.subject).toBe(subject);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('marks a row failed after the last attempt', async () => {
    const clock = fakeClock('2025-05-19T08:00:00+07:00');
    await enqueueEmails(database.db, clock, [
      { dedupeKey: 'fail:1', to: 'sai-dia-chi@tuyenquang.gov.vn', subject, body },
    ]);
    const mailer = createMemoryMailer();
    mailer.failWith = new Error('550 mailbox unavailable');
    for (let i = 0; i < 3; i++) {
      await deliverPendingEmails({ db: database.db, clock }, mailer, { maxAttempts: 3, baseDelayMs: 1000 });
      clock.advance(60_000);
    }
    const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, 'fail:1'));
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: '550 mailbox unavailable' });
  });

  it('without SMTP_URL leaves mail in the outbox and says so', async () => {
    const lines: string[] = [];
    const mailer = createMailerFromConfig(undefined, (l) => lines.push(l));
    expect(mailer).toBeNull();
    const clock = fakeClock('2025-05-20T08:00:00+07:00');
    await enqueueEmails(database.db, clock, [{ dedupeKey: 'nosmtp:1', to: 'a@b.vn', subject, body }]);
    const result = await deliverPendingEmails({ db: database.db, clock }, mailer, {}, (l) => lines.push(l));
    expect(result.skipped).toBe('no-mailer');
    expect(lines.join('\n')).toMatch(/SMTP_URL not set[\s\S]*wait in the outbox/);
    const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, 'nosmtp:1'));
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('backs off 1, 3, 7 minutes from creation', () => {
    const created = new Date('2025-05-15T01:00:00Z');
    expect([0, 1, 2, 3].map((n) => (nextAttemptAt(created, n, 60_000).getTime() - created.getTime()) / 60_000)).toEqual(
      [0, 1, 3, 7],
    );
  });
});
