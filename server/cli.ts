import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import { createClock, type RequestContext } from './context.js';
import { openDatabase, type Database } from './db/client.js';
import { countUsers, isEmptyDatabase, loadDemo, type PlanFileParser } from './demo/load-demo.js';
import { readConfig } from './env.js';
import { createUser } from './features/auth/create-user.js';
import { importPlan } from './features/plans/import-plan.js';
import { findOwesByName } from './features/plans/plans.queries.js';
import { loadNameIndex, resolveName } from './features/organisations/resolve-name.js';
import { AppError } from './http/app-error.js';

const USAGE = `ttdn — quản lý công tác thông tin đối ngoại / foreign-information work

  ttdn serve                          chạy máy chủ web (PORT, TTDN_DATA_DIR, DATABASE_URL)
  ttdn db migrate                     áp dụng migration
  ttdn demo load                      nạp dữ liệu mẫu Tuyên Quang (chạy lại không đổi gì)
  ttdn user create --username U --password P --role R [--agency "Tên cơ quan"] [--name "Họ tên"]
  ttdn plan parse <file>              in JSON kế hoạch (.txt .docx .pdf, ảnh quét)
  ttdn plan import <file> [--province "Tuyên Quang"]
  ttdn plan eval <dir>                chấm bộ văn bản mẫu (precision/recall/F1)
  ttdn agency owes "<tên>" --plan-year 2025 --as-of 2025-06-01 [--json]
  ttdn report consolidate --year 2025 --kind semiannual|annual --out <tệp.docx> [--xlsx <tệp.xlsx>]
`;

/** The plan parser, loaded lazily so that commands which do not parse do not pay for it. */
export const parsePlanFile: PlanFileParser = async (path, options) => {
  const parser = await import('./documents/plan-parser/index.js');
  return parser.parsePlanFile(path, options);
};

const systemContext = (database: Database, today?: string): RequestContext => ({
  db: database.db,
  clock: createClock(today),
  actor: { kind: 'system', name: 'cli' },
});

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function serve(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config);
  const clock = createClock(config.today);
  const ctx = systemContext(database, config.today);
  if (await isEmptyDatabase(ctx)) {
    const { created } = await loadDemo(ctx, parsePlanFile);
    if (created) console.log('Đã nạp dữ liệu mẫu / Demo data loaded (accounts: admin, dieuphoi, lanhdao, baotuyenquang, songoaivu — password "demo")');
  } else if ((await countUsers(ctx)) === 0) {
    console.log('Chưa có tài khoản nào: tạo bằng `npx ttdn user create …` / No accounts yet: create one with `npx ttdn user create …`');
  }
  const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));
  const app = await buildApp({ database, clock, webRoot, logger: { level: config.logLevel } });
  // Reminders, digest and mail delivery; safe with several instances on one PostgreSQL (job_runs claims).
  const jobs = await import('./jobs/index.js');
  const mailer = (await import('./mail/mailer.js')).createMailerFromConfig(config.smtpUrl);
  const scheduler = jobs.createScheduler({ db: database.db, clock, jobs: jobs.DEFAULT_JOBS, mailer });
  scheduler.start();
  const shutdown = async () => {
    await scheduler.stop();
    await mailer?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  console.log(`TTĐN: http://localhost:${config.port} (${database.kind}, schema ${database.schemaVersion})`);
}

const MIME: Record<string, string> = { '.txt': 'text/plain', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg' };

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' }, 'plan-year': { type: 'string' }, 'as-of': { type: 'string' }, province: { type: 'string' },
      username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, agency: { type: 'string' }, name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      year: { type: 'string' }, kind: { type: 'string' }, out: { type: 'string' }, xlsx: { type: 'string' },
    },
  });
  const [command, sub, arg] = positionals;
  const key = [command, sub].filter(Boolean).join(' ');
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command === 'serve' ? 'serve' : key) {
    case 'serve':
      await serve();
      return -1;
    case 'db migrate':
      return withDatabase(async (database) => {
        console.log(`Schema: ${database.schemaVersion} (${database.kind})`);
        return 0;
      });
    case 'demo load':
      return withDatabase(async (database) => {
        const { created } = await loadDemo(systemContext(database), parsePlanFile);
        console.log(created ? 'Đã nạp dữ liệu mẫu / Demo data loaded' : 'Dữ liệu mẫu đã có sẵn; không thay đổi gì / Demo data already present; nothing changed');
        return 0;
      });
    case 'user create':
      return withDatabase(async (database) => {
        const ctx = systemContext(database);
        let agencyId: number | null = null;
        if (values.agency) {
          const match = resolveName(await loadNameIndex(database.db), values.agency).match;
          if (!match || match.type !== 'agency') throw new AppError('NOT_FOUND', `Không tìm thấy cơ quan “${values.agency}” / Agency not found`);
          agencyId = match.id;
        }
        const user = await createUser(ctx, { username: values.username ?? '', password: values.password ?? '', role: (values.role ?? '') as never, displayName: values.name ?? values.username ?? '', agencyId });
        console.log(`Đã tạo tài khoản ${user.username} (${user.role}) / Account created`);
        return 0;
      });
    case 'plan parse': {
      if (!arg) throw new AppError('BAD_REQUEST', 'Thiếu đường dẫn tệp / Missing file path');
      const plan = await parsePlanFile(resolve(arg));
      process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    case 'plan import': {
      if (!arg) throw new AppError('BAD_REQUEST', 'Thiếu đường dẫn tệp / Missing file path');
      return withDatabase(async (database) => {
        const ctx = systemContext(database);
        const path = resolve(arg);
        const plan = await parsePlanFile(path);
        const bytes = new Uint8Array(await readFile(path));
        const result = await importPlan(ctx, plan, { province: values.province, source: { filename: basename(path), mimeType: MIME[extname(path).toLowerCase()] ?? 'application/octet-stream', bytes } });
        console.log(`Đã nhập kế hoạch #${result.planId}: ${result.tasks} nhiệm vụ, ${result.unresolved} tên cơ quan chưa xác định / Imported`);
        for (const w of result.warnings) console.log(`  ! ${w}`);
        return 0;
      });
    }
    case 'plan eval': {
      if (!arg) throw new AppError('BAD_REQUEST', 'Thiếu thư mục / Missing folder');
      const parser = await import('./documents/plan-parser/index.js');
      const report = await parser.evaluatePlanDir(resolve(arg));
      console.log(parser.formatEvalReport(report));
      return 0;
    }
    case 'agency owes': {
      if (!arg) throw new AppError('BAD_REQUEST', 'Thiếu tên cơ quan / Missing agency name');
      const year = Number(values['plan-year']);
      const asOf = values['as-of'] ?? '';
      if (!Number.isInteger(year) || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new AppError('INVALID_DATE', 'Cần --plan-year YYYY và --as-of YYYY-MM-DD / Need --plan-year and --as-of');
      return withDatabase(async (database) => {
        const result = await findOwesByName(systemContext(database), arg, year, asOf);
        if (values.json) {
          process.stdout.write(`${JSON.stringify(result.owes.map((o) => ({ code: o.code, role: o.role, via: o.via })), null, 2)}\n`);
        } else {
          console.log(`${result.agency.name} — ${result.plan.title} — ngày ${asOf.split('-').reverse().join('/')}`);
          for (const o of result.owes) console.log(`  ${o.code.padEnd(8)} ${o.role.padEnd(12)} ${o.via}`);
        }
        return 0;
      });
    }
    case 'report consolidate':
      return withDatabase(async (database) => (await import('./features/consolidation/export-consolidation.js')).runConsolidateCommand(systemContext(database, readConfig().today), values));
    default:
      console.error(`Lệnh không rõ: ${key}\n${USAGE}`);
      return 2;
  }
}
