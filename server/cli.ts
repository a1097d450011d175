import { projectPath } from './paths.js';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClock, type RequestContext } from './context.js';
import type { Database } from './db/client.js';
import type { PlanFileParser } from './demo/load-demo.js';
import { readConfig } from './env.js';
import { AppError } from '../common/errors.js';

// Commands load what they need when they run: `ttdn --help` must not pay for Fastify, the database
// driver and the document readers (about a second of imports).
const dbModule = () => import('./db/client.js');
const demoModule = () => import('./demo/load-demo.js');
const provincesModule = () => import('./features/provinces/provinces.queries.js');

const USAGE = `ttdn — quản lý công tác thông tin đối ngoại / foreign-information work

  ttdn serve [--demo]                 chạy máy chủ web (PORT, TTDN_DATA_DIR, DATABASE_URL, TTDN_TRUST_PROXY, TTDN_SESSION_IDLE_MINUTES);
                                      --demo nạp dữ liệu mẫu vào CSDL trống (npm start)
  ttdn db migrate                     áp dụng migration
  ttdn demo load                      nạp dữ liệu mẫu Tuyên Quang (chạy lại không đổi gì)
  ttdn user create --username U --password P --role R [--agency "Tên cơ quan"] [--name "Họ tên"]
  ttdn plan parse <file>              in JSON kế hoạch (.txt .docx .pdf, ảnh quét)
  ttdn plan import <file> [--province "Tuyên Quang"]
  ttdn plan eval <dir>                chấm bộ văn bản mẫu (precision/recall/F1)
  ttdn agency owes "<tên>" --plan-year 2025 --as-of 2025-06-01 [--json]
  ttdn province create --code tuyen-quang --name "Tuyên Quang"   mở thêm một tỉnh
  (các lệnh làm việc trong tỉnh TTDN_PROVINCE=<mã>, mặc định tỉnh mặc định)
  ttdn report consolidate --year 2025 --kind semiannual|annual --out <tệp.docx> [--xlsx <tệp.xlsx>] [--note <ghi-chú-nội-bộ.docx>]
  ttdn upward token --province <mã> [--name "Tên tỉnh"]   (ở Bộ) tạo mã gửi báo cáo cho một tỉnh, in ra một lần
  ttdn upward token --list [--province <mã>]   (ở Bộ) liệt kê các mã: tỉnh, ngày tạo, lần dùng cuối, đã thu hồi
  ttdn upward token --revoke <số>      (ở Bộ) thu hồi một mã: tỉnh dùng mã đó bị từ chối ngay (401)
  ttdn upward send --to <URL của Bộ> --token <mã> --period 2025/semiannual|annual   gửi báo cáo tổng hợp lên Bộ
  ttdn upward status --to <URL của Bộ> --token <mã>   trạng thái các báo cáo đã gửi Bộ
  ttdn activity summary --from yyyy-mm-dd --to yyyy-mm-dd [--agency "Tên cơ quan"] [--json]
                                      số hoạt động theo loại và tổng chỉ tiêu (như báo cáo dùng)
  ttdn backup --out <tệp.ttdn.gz>      sao lưu toàn bộ CSDL / back up the whole database
  ttdn restore <tệp.ttdn.gz> [--replace]   phục hồi (kiểm tra tổng kiểm từng bảng) / restore, checked per table
  ttdn db copy --to postgres://…      chuyển CSDL nhúng sang PostgreSQL / move to a PostgreSQL server
  ttdn audit verify                   kiểm tra chuỗi băm của nhật ký / check the audit log's hash chain
  ttdn monitor analyze <tin.jsonl> [--profile tệp.json] [--explain]   phân tích tin báo chí (không cần CSDL)
  ttdn monitor ingest --feed <url> [--name tên]   tải một nguồn RSS/Atom vào CSDL
  ttdn monitor digest --kind daily|weekly|monthly [--date yyyy-mm-dd] --out <tệp.docx>   điểm tin báo chí
`;

/** Printed by `ttdn serve` on a database without accounts: how to create the first administrator. */
export const FIRST_ADMIN_HINT = `Chưa có tài khoản nào. Tạo quản trị viên đầu tiên / No accounts yet. Create the first administrator:
  npx ttdn user create --username admin --password '<mật khẩu ≥ 10 ký tự>' --role admin --name "Quản trị hệ thống"
(dữ liệu mẫu để thử / demo data to try it out: npm start, hoặc / or ttdn serve --demo)`;

/** The plan parser, loaded lazily so that commands which do not parse do not pay for it. */
export const parsePlanFile: PlanFileParser = async (path, options) => {
  const parser = await import('./documents/plan-parser/index.js');
  return parser.parsePlanFile(path, options);
};

/**
 * Runs a command as the system inside one province's scope: TTDN_PROVINCE (a code) or the
 * deployment's default province, so the CLI reads and writes exactly what that province's users would.
 */
async function inProvince<T>(
  database: Database,
  work: (ctx: RequestContext) => Promise<T>,
  today = readConfig().today,
): Promise<T> {
  const code = readConfig().province;
  const provinceId = code
    ? (await (await provincesModule()).findProvinceByCode(database.db, code)).id
    : database.defaultProvinceId;
  return database.withProvince(provinceId, (db) =>
    work({ db, clock: createClock(today), actor: { kind: 'system', name: 'cli' } }),
  );
}

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await (await dbModule()).openDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/**
 * Starts the web server. Demo data (with its well-known passwords) is loaded only when asked for
 * (`--demo`, what `npm start` does): a production `ttdn serve` never creates accounts by itself.
 */
async function serve(withDemo: boolean): Promise<void> {
  const config = readConfig();
  const database = await (await dbModule()).openDatabase(config);
  const clock = createClock(config.today);
  let pressDemo = false;
  await inProvince(database, async (ctx) => {
    const { countUsers, isEmptyDatabase, loadDemo } = await demoModule();
    if (withDemo && (await isEmptyDatabase(ctx))) {
      const { created } = await loadDemo(ctx, parsePlanFile);
      pressDemo = created && config.demoPress;
      if (created)
        console.log(
          'Đã nạp dữ liệu mẫu / Demo data loaded (accounts: admin, dieuphoi, lanhdao, baotuyenquang, songoaivu — password "demo")',
        );
    } else if ((await countUsers(ctx)) === 0) {
      console.log(FIRST_ADMIN_HINT);
    }
  });
  const webRoot = projectPath('dist/web');
  const { buildApp } = await import('./app.js');
  const app = await buildApp({
    database,
    clock,
    webRoot,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    sessionIdleMs: config.sessionIdleMinutes * 60_000,
    captureAllowPrivate: config.captureAllowPrivate,
  });
  // Reminders, digest and mail delivery; safe with several instances on one PostgreSQL (job_runs claims).
  const jobs = await import('./jobs/index.js');
  const mailer = (await import('./mail/mailer.js')).createMailerFromConfig(config.smtpUrl);
  const scheduler = jobs.createScheduler({
    db: database.db,
    clock,
    jobs: config.backupDir
      ? [
          ...jobs.DEFAULT_JOBS,
          (await import('./jobs/backup-database.job.js')).backupDatabaseJob({
            dir: config.backupDir,
            keep: config.backupKeep,
            schemaVersion: database.schemaVersion,
          }),
        ]
      : jobs.DEFAULT_JOBS,
    mailer,
    provinces: jobs.sweepProvincesOf(database),
  });
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
  // The press demo arrives through the app's own RSS while the app already serves (about a minute).
  const bound = app.server.address();
  if (pressDemo && bound && typeof bound === 'object') void loadPressDemoInBackground(database, bound);
}

/** Polls the demo outlets' feeds served by this app (first demo start); a failure is logged, not fatal. */
async function loadPressDemoInBackground(
  database: Database,
  address: { address: string; port: number; family: string },
): Promise<void> {
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  const origin = `http://${address.family === 'IPv6' && host.includes(':') ? `[${host}]` : host}:${address.port}`;
  try {
    const { loadPressDemo } = await import('./features/monitoring/demo/demo-press.js');
    const press = await inProvince(database, (ctx) => loadPressDemo(ctx, { feedsAt: origin }));
    console.log(`Đã nạp ${press.stored} tin báo chí mẫu qua RSS / press demo loaded through RSS`);
  } catch (error) {
    console.warn(`Không nạp được tin báo chí mẫu / press demo not loaded: ${(error as Error).message}`);
  }
}

const MIME: Record<string, string> = {
  '.txt': 'text/plain',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  if (argv[0] === 'monitor' && (argv[1] === 'ingest' || argv[1] === 'digest' || argv[1] === 'demo'))
    return withDatabase((database) =>
      inProvince(database, async (ctx) =>
        (await import('./features/monitoring/monitor-db.cli.js')).runMonitorDbCommand(ctx, argv.slice(1)),
      ),
    );
  if (argv[0] === 'monitor') return (await import('./features/monitoring/monitor.cli.js')).runMonitorCli(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'plan-year': { type: 'string' },
      'as-of': { type: 'string' },
      province: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      year: { type: 'string' },
      kind: { type: 'string' },
      out: { type: 'string' },
      xlsx: { type: 'string' },
      code: { type: 'string' },
      note: { type: 'string' },
      demo: { type: 'boolean' },
      to: { type: 'string' },
      token: { type: 'string' },
      period: { type: 'string' },
      from: { type: 'string' },
      replace: { type: 'boolean' },
      list: { type: 'boolean' },
      revoke: { type: 'string' },
    },
  });
  const [command, sub, arg] = positionals;
  const key = [command, sub].filter(Boolean).join(' ');
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'backup' || command === 'restore' || key === 'db copy') {
    const { runBackupCli } = await import('./db/backup.cli.js');
    return runBackupCli(command === 'db' ? 'copy' : (command as 'backup' | 'restore'), {
      file: command === 'restore' ? sub : undefined,
      out: values.out,
      to: values.to,
      replace: values.replace,
    });
  }
  switch (command === 'serve' ? 'serve' : key) {
    case 'serve':
      await serve(values.demo === true);
      return -1;
    case 'db migrate':
      return withDatabase(async (database) => {
        console.log(`Schema: ${database.schemaVersion} (${database.kind})`);
        return 0;
      });
    case 'demo load':
      return withDatabase(async (database) => {
        const { loadDemo } = await demoModule();
        const { created } = await inProvince(database, (ctx) => loadDemo(ctx, parsePlanFile));
        console.log(
          created
            ? 'Đã nạp dữ liệu mẫu / Demo data loaded'
            : 'Dữ liệu mẫu đã có sẵn; không thay đổi gì / Demo data already present; nothing changed',
        );
        return 0;
      });
    case 'user create':
      return withDatabase((database) =>
        inProvince(database, async (ctx) => {
          let agencyId: number | null = null;
          if (values.agency) {
            const { loadNameIndex, resolveName } = await import('./features/organisations/resolve-name.js');
            const match = resolveName(await loadNameIndex(ctx.db), values.agency).match;
            if (match?.type !== 'agency')
              throw new AppError('AGENCY_NAME_UNKNOWN', { name: values.agency, suggestions: '—' });
            agencyId = match.id;
          }
          const { createUser } = await import('./features/users/create-user.js');
          const user = await createUser(ctx, {
            username: values.username ?? '',
            password: values.password ?? '',
            role: (values.role ?? '') as never,
            displayName: values.name ?? values.username ?? '',
            agencyId,
          });
          console.log(`Đã tạo tài khoản ${user.username} (${user.role}) / Account created`);
          return 0;
        }),
      );
    case 'province create':
      return withDatabase(async (database) => {
        const ctx = { db: database.db, clock: createClock(), actor: { kind: 'system' as const, name: 'cli' } };
        const { createProvince } = await import('./features/provinces/create-province.js');
        const row = await createProvince(ctx, { code: values.code ?? '', name: values.name ?? '' });
        console.log(`Đã tạo tỉnh ${row.name} (${row.code}, #${row.id}) / Province created`);
        return 0;
      });
    case 'plan parse': {
      if (!arg) throw new AppError('MISSING_ARGUMENT', { argument: '<tệp>' });
      const plan = await parsePlanFile(resolve(arg));
      process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    case 'plan import': {
      if (!arg) throw new AppError('MISSING_ARGUMENT', { argument: '<tệp>' });
      return withDatabase((database) =>
        inProvince(database, async (ctx) => {
          const path = resolve(arg);
          const plan = await parsePlanFile(path);
          const bytes = new Uint8Array(await readFile(path));
          const { importPlan } = await import('./features/plans/import-plan.js');
          const result = await importPlan(ctx, plan, {
            province: values.province,
            source: {
              filename: basename(path),
              mimeType: MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
              bytes,
            },
          });
          console.log(
            `Đã nhập kế hoạch #${result.planId}: ${result.tasks} nhiệm vụ, ${result.unresolved} tên cơ quan chưa xác định / Imported`,
          );
          for (const w of result.warnings) console.log(`  ! ${w}`);
          return 0;
        }),
      );
    }
    case 'plan eval': {
      if (!arg) throw new AppError('MISSING_ARGUMENT', { argument: '<thư mục>' });
      const parser = await import('./documents/plan-parser/index.js');
      const report = await parser.evaluatePlanDir(resolve(arg));
      console.log(parser.formatEvalReport(report));
      return 0;
    }
    case 'agency owes': {
      if (!arg) throw new AppError('MISSING_ARGUMENT', { argument: '"<tên cơ quan>"' });
      const year = Number(values['plan-year']);
      const asOf = values['as-of'] ?? '';
      if (!Number.isInteger(year) || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
        throw new AppError('MISSING_ARGUMENT', { argument: '--plan-year YYYY --as-of YYYY-MM-DD' });
      return withDatabase((database) =>
        inProvince(database, async (ctx) => {
          const { findOwesByName } = await import('./features/plans/plans.queries.js');
          const result = await findOwesByName(ctx, arg, year, asOf);
          if (values.json) {
            process.stdout.write(
              `${JSON.stringify(
                result.owes.map((o) => ({ code: o.code, role: o.role, via: o.via })),
                null,
                2,
              )}\n`,
            );
          } else {
            console.log(`${result.agency.name} — ${result.plan.title} — ngày ${asOf.split('-').reverse().join('/')}`);
            for (const o of result.owes) console.log(`  ${o.code.padEnd(8)} ${o.role.padEnd(12)} ${o.via}`);
          }
          return 0;
        }),
      );
    }
    case 'report consolidate':
      return withDatabase((database) =>
        inProvince(database, async (ctx) =>
          (await import('./features/consolidation/export-consolidation.js')).runConsolidateCommand(ctx, values),
        ),
      );
    case 'upward token':
      return withDatabase(async (database) => {
        const { findProvinceByCode } = await provincesModule();
        const system: RequestContext = {
          db: database.db,
          clock: createClock(readConfig().today),
          actor: { kind: 'system', name: 'cli' },
        };
        if (values.list) return (await import('./features/upward/upward.cli.js')).runUpwardTokenList(database, values);
        if (values.revoke !== undefined)
          return (await import('./features/upward/upward.cli.js')).runUpwardTokenRevoke(
            database,
            system,
            values.revoke,
          );
        if (!values.province) throw new AppError('MISSING_ARGUMENT', { argument: '--province <mã>' });
        // A province hosted elsewhere is registered here by its code, so its reports have a home.
        const province = await findProvinceByCode(database.db, values.province).catch(async (error) => {
          if (!values.name) throw error;
          const { createProvince } = await import('./features/provinces/create-province.js');
          return createProvince(system, { code: values.province!, name: values.name });
        });
        const { runUpwardToken } = await import('./features/upward/upward.cli.js');
        return database.withProvince(province.id, (db) => runUpwardToken({ ...system, db }));
      });
    case 'upward send':
      return withDatabase((database) =>
        inProvince(database, async (ctx) =>
          (await import('./features/upward/upward.cli.js')).runUpwardSend(ctx, values),
        ),
      );
    case 'upward status':
      return (await import('./features/upward/upward.cli.js')).runUpwardStatus(values);
    case 'activity summary':
      return withDatabase((database) =>
        inProvince(database, async (ctx) =>
          (await import('./features/activities/activity.cli.js')).runActivitySummaryCommand(ctx, values),
        ),
      );
    case 'audit verify':
      return withDatabase(async (database) => (await import('./features/audit/audit.cli.js')).runAuditVerify(database));
    default:
      console.error(`Lệnh không rõ: ${key}\n${USAGE}`);
      return 2;
  }
}
