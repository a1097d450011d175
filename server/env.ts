import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  TTDN_DATA_DIR: z.string().default('./data'),
  TTDN_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  SMTP_URL: z.string().optional(),
  TTDN_PROVINCE: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
  TTDN_TRUST_PROXY: z.string().optional(),
  TTDN_DEMO_PRESS: z.enum(['0', '1']).optional(),
  TTDN_BACKUP_DIR: z.string().optional(),
  TTDN_BACKUP_KEEP: z.coerce.number().int().min(1).default(14),
  TTDN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  TTDN_CAPTURE_ALLOW_PRIVATE: z.enum(['0', '1']).optional(),
});

/** Configuration read from the environment; the only place that reads process.env. */
export type AppConfig = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  /** Fixed "today" for demos and tests (yyyy-mm-dd); the real date when absent. */
  today?: string;
  smtpUrl?: string;
  logLevel: string;
  /** The province (code) the CLI works in; the deployment's default province when absent. */
  province?: string;
  /**
   * Reverse proxies whose X-Forwarded-For is believed (Fastify's trustProxy: addresses or CIDR
   * ranges, comma-separated, or a hop count); none by default, so a client cannot pick its own address.
   */
  trustProxy?: string[] | number;
  /** Load the press-monitoring demo (ninety days of articles) with the demo data. */
  demoPress: boolean;
  /** Where `ttdn serve` writes its nightly backup (none when absent), and how many it keeps. */
  backupDir?: string;
  backupKeep: number;
  /** Minutes without activity after which a session ends. */
  sessionIdleMinutes: number;
  /**
   * Evidence capture may read private, loopback and link-local addresses (TTDN_CAPTURE_ALLOW_PRIVATE=1).
   * For tests and browser journeys whose "far side" is a server on 127.0.0.1 — never in a deployment.
   */
  captureAllowPrivate: boolean;
};

/** TTDN_TRUST_PROXY → Fastify's trustProxy: "2" = two hops, "10.0.0.1, 10.1.0.0/16" = those addresses. */
export function parseTrustProxy(value: string | undefined): string[] | number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Parses the environment into an AppConfig, failing with the offending variable named. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = Env.parse(env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL || undefined,
    dataDir: parsed.TTDN_DATA_DIR,
    today: parsed.TTDN_TODAY,
    smtpUrl: parsed.SMTP_URL,
    logLevel: parsed.LOG_LEVEL,
    province: parsed.TTDN_PROVINCE || undefined,
    trustProxy: parseTrustProxy(parsed.TTDN_TRUST_PROXY),
    demoPress: parsed.TTDN_DEMO_PRESS !== '0',
    backupDir: parsed.TTDN_BACKUP_DIR || undefined,
    backupKeep: parsed.TTDN_BACKUP_KEEP,
    sessionIdleMinutes: parsed.TTDN_SESSION_IDLE_MINUTES,
    captureAllowPrivate: parsed.TTDN_CAPTURE_ALLOW_PRIVATE === '1',
  };
}
