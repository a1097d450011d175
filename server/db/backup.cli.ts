import { resolve } from 'node:path';
import { AppError } from '../../common/errors.js';
import { createClock } from '../context.js';
import { readConfig } from '../env.js';
import { backupDatabase, restoreDatabase, type BackupSummary } from './backup.js';
import { openDatabase, openPostgres } from './client.js';

const totals = (s: BackupSummary) => {
  const tables = Object.values(s.tables);
  return `${tables.length} bảng/tables, ${tables.reduce((n, t) => n + t.rows, 0)} dòng/rows`;
};

/** `ttdn backup --out FILE`, `ttdn restore FILE [--replace]`, `ttdn db copy --to postgres://…`. */
export async function runBackupCli(
  command: 'backup' | 'restore' | 'copy',
  args: { file?: string; out?: string; to?: string; replace?: boolean },
): Promise<number> {
  const config = readConfig();
  const database = await openDatabase(config);
  try {
    if (command === 'backup') {
      if (!args.out) throw new AppError('MISSING_ARGUMENT', { argument: '--out <tệp.ttdn.gz>' });
      const summary = await backupDatabase(database.db, resolve(args.out), {
        schemaVersion: database.schemaVersion,
        now: createClock(config.today).now(),
      });
      console.log(`Đã sao lưu / Backed up: ${totals(summary)} → ${args.out}`);
      return 0;
    }
    if (command === 'restore') {
      if (!args.file) throw new AppError('MISSING_ARGUMENT', { argument: '<tệp sao lưu>' });
      const summary = await restoreDatabase(database.db, resolve(args.file), {
        schemaVersion: database.schemaVersion,
        replace: args.replace,
      });
      console.log(`Đã phục hồi, khớp tổng kiểm / Restored, checksums match: ${totals(summary)}`);
      return 0;
    }
    if (!args.to?.startsWith('postgres')) throw new AppError('MISSING_ARGUMENT', { argument: '--to postgres://…' });
    // Through a backup file: the copy is checked table by table like any restore, and the file stays
    // as the record of what was moved.
    const file = resolve(args.out ?? `ttdn-copy-${Date.now()}.ttdn.gz`);
    await backupDatabase(database.db, file, {
      schemaVersion: database.schemaVersion,
      now: createClock(config.today).now(),
    });
    const target = await openPostgres(args.to);
    try {
      const summary = await restoreDatabase(target.db, file, {
        schemaVersion: target.schemaVersion,
        replace: args.replace,
      });
      console.log(
        `Đã chuyển sang PostgreSQL / Copied to PostgreSQL: ${totals(summary)} (bản sao lưu / backup: ${file})`,
      );
    } finally {
      await target.close();
    }
    return 0;
  } finally {
    await database.close();
  }
}
