import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  TTDN_DATA_DIR: z.string().default('./data'),
  TTDN_TODAY: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  SMTP_URL: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
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
};

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
  };
}
