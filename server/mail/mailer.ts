import nodemailer from 'nodemailer';

/** One outgoing message; plain UTF-8 text (Vietnamese subjects and bodies). */
export type MailMessage = { to: string; subject: string; text: string };

/** Sends mail; the outbox delivery sweep is its only caller, so nothing is sent outside a recorded row. */
export interface Mailer {
  /** Where mail goes, for log lines (never includes credentials). */
  readonly description: string;
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** The sender used when SMTP_URL does not carry `?from=`. */
export const DEFAULT_MAIL_FROM = '"Hệ thống TTĐN Tuyên Quang" <ttdn@localhost>';

/**
 * An SMTP mailer over nodemailer from a URL such as smtp://user:pass@host:587 (smtps:// for TLS).
 * A `from` query parameter sets the sender; other query parameters are nodemailer options.
 */
export function createSmtpMailer(smtpUrl: string, options: { timeoutMs?: number } = {}): Mailer {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from') ?? DEFAULT_MAIL_FROM;
  url.searchParams.delete('from');
  const timeout = options.timeoutMs ?? 15_000;
  // Short timeouts: a dead server must fail the attempt quickly so the sweep moves on and retries later.
  const transport = nodemailer.createTransport(url.toString(), {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  } as never);
  return {
    description: `${url.protocol}//${url.hostname}:${url.port || '(mặc định)'}`,
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        textEncoding: 'base64',
      });
    },
    async close() {
      transport.close();
    },
  };
}

/** A mailer that keeps messages in memory (tests, demos); `failWith` makes every send throw. */
export function createMemoryMailer(): Mailer & { sent: MailMessage[]; failWith: Error | null } {
  const mailer = {
    description: 'memory',
    sent: [] as MailMessage[],
    failWith: null as Error | null,
    async send(message: MailMessage) {
      if (mailer.failWith) throw mailer.failWith;
      mailer.sent.push(message);
    },
    async close() {},
  };
  return mailer;
}

/** The configured mailer, or null when SMTP_URL is absent: mail then waits in the outbox (logged, never lost). */
export function createMailerFromConfig(
  smtpUrl: string | undefined,
  log: (line: string) => void = console.log,
): Mailer | null {
  if (!smtpUrl) {
    log('Chưa cấu hình SMTP_URL: thư được giữ trong hộp thư đi, chưa gửi / SMTP_URL not set: mail stays in the outbox');
    return null;
  }
  return createSmtpMailer(smtpUrl);
}
