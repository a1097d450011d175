import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupDatabase } from '../db/backup.js';
import { daily, type JobContext, type JobDefinition } from './scheduler.js';

const NAME = /^ttdn-(\d{4}-\d{2}-\d{2})\.ttdn\.gz$/;

/** Writes today's backup into `dir` and keeps the newest `keep` of them (older ones are deleted). */
export async function backupToFolder(
  ctx: Pick<JobContext, 'db' | 'clock'>,
  options: { dir: string; keep: number; schemaVersion: string },
): Promise<{ file: string; removed: string[] }> {
  await mkdir(options.dir, { recursive: true });
  const file = join(options.dir, `ttdn-${ctx.clock.today()}.ttdn.gz`);
  await backupDatabase(ctx.db, file, { schemaVersion: options.schemaVersion, now: ctx.clock.now() });
  // Names sort by date; only files this job wrote are ever removed.
  const ours = (await readdir(options.dir)).filter((f) => NAME.test(f)).sort();
  const removed = ours.slice(0, Math.max(0, ours.length - options.keep));
  for (const old of removed) await rm(join(options.dir, old), { force: true });
  return { file, removed };
}

/**
 * The nightly backup (02:00 in Vietnam), for the whole database: it runs once for the system, not
 * per province, and the scheduler's claim keeps several instances from writing it twice.
 */
export function backupDatabaseJob(options: { dir: string; keep: number; schemaVersion: string }): JobDefinition {
  return {
    name: 'backup-database',
    runKeyAt: daily(2),
    run: async (ctx) => {
      const { file, removed } = await backupToFolder(ctx, options);
      ctx.log(`backup-database: ${file}${removed.length > 0 ? ` (removed ${removed.join(', ')})` : ''}`);
    },
  };
}
