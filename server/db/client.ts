import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { AppError } from '../http/app-error.js';
import * as schema from './schema/index.js';

export type CommonQueryResult<T> = { rows: (T extends Record<string, unknown> ? T : Record<string, unknown>)[] };
export interface CommonQueryResultHKT extends PgQueryResultHKT {
  type: CommonQueryResult<this['row']>;
}
/** The Drizzle database, whichever backend is behind it. */
export type Db = PgDatabase<CommonQueryResultHKT, typeof schema>;
/** A transaction handle; commands take it so that the audit row commits with the change. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'pglite' | 'postgresql';

export type Database = {
  db: Db;
  kind: DbKind;
  /** Latest applied migration tag, e.g. "0000_init". */
  schemaVersion: string;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/** The name of the newest migration in the folder, which is the schema version after migrate. */
export function latestMigrationTag(): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  return journal.entries.at(-1)?.tag ?? 'none';
}

/** Opens a PostgreSQL server database and applies pending migrations. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server drops (restart, admin termination) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.warn(`PostgreSQL: kết nối rảnh bị đóng / idle connection closed: ${error.message}`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, kind: 'postgresql', schemaVersion: latestMigrationTag(), close: () => pool.end() };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock file, because PGlite has no inter-process locking and two writers
 * would corrupt the data. A lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const lockPath = join(dir, 'ttdn.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder)) {
        throw new AppError(
          'DATA_DIR_LOCKED',
          `Thư mục dữ liệu ${dir} đang được tiến trình ${holder} sử dụng; hãy dừng tiến trình đó hoặc dùng DATABASE_URL. / ` +
            `The data folder ${dir} is in use by process ${holder}; stop it first or use a PostgreSQL server via DATABASE_URL.`,
          { pid: holder },
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', `Không lấy được khoá thư mục ${dir} / Could not lock ${dir}`);
}

/** Wraps an open PGlite instance as a Database, applying migrations. */
export async function wrapPglite(client: PGlite, release: () => void = () => {}): Promise<Database> {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    kind: 'pglite',
    schemaVersion: latestMigrationTag(),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Opens (creating if needed) the embedded database persisted in `dir`, locked to this process. */
export async function openPglite(dir: string): Promise<Database> {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const release = lockDataDir(folder);
  try {
    const client = await PGlite.create(join(folder, 'pglite'));
    return await wrapPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the configured database: a PostgreSQL server when a URL is given, else embedded PGlite. */
export async function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
