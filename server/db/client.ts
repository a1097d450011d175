import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { AppError } from '../../common/errors.js';
import { projectPath } from '../paths.js';
import {
  ChangeFeed,
  CHANGES_CHANNEL,
  type FeedScope,
  listenOnPostgres,
  reportPoolWrites,
  VERSION_KEYS,
} from './change-feed.js';
import * as schema from './schema/index.js';
import { appMeta } from './schema/system.js';
import { provinces } from './schema/tenancy.js';
import { currentScope, runInScope, TenantPgClient, TenantPgliteClient } from './tenancy.js';

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
  /**
   * The system's own handle: it bypasses the province policies (migrations, sign-in, the
   * scheduler's claims, the outbox) and writes into the default province. Requests never get it.
   */
  db: Db;
  /** The handle requests and jobs use: every query runs for the province of the current scope. */
  tenantDb: Db;
  /** Runs `work` for one province (readAll: the ministry reading every province). */
  withProvince<T>(provinceId: number, work: (db: Db) => Promise<T>, options?: { readAll?: boolean }): Promise<T>;
  /** The province the system writes into outside any scope (a single-province deployment's only one). */
  defaultProvinceId: number;
  kind: DbKind;
  /** The versions caches are keyed by, per province, kept current across instances. */
  changes: ChangeFeed;
  /** Latest applied migration tag, e.g. "0000_init". */
  schemaVersion: string;
  close(): Promise<void>;
};

/** What a handle's cached values are scoped by: its database's feed and the province it reads. */
export type HandleScope = { feed: ChangeFeed; scope: () => FeedScope; key: () => string };
const HANDLE_SCOPES = new WeakMap<object, HandleScope>();
let databases = 0;

/**
 * The feed and province of a database handle (the system handle reads every province); undefined
 * for a transaction's handle, whose uncommitted changes no feed knows of.
 */
export function handleScopeOf(db: object): HandleScope | undefined {
  return HANDLE_SCOPES.get(db);
}

/** Creates the change feed of a database, reading versions through the system handle. */
function createFeed(system: Db): ChangeFeed {
  return new ChangeFeed(async (scope) => {
    const rows = await system
      .select({ provinceId: appMeta.provinceId, key: appMeta.key, value: appMeta.value })
      .from(appMeta)
      .where(and(inArray(appMeta.key, [...VERSION_KEYS]), scope === 'all' ? undefined : eq(appMeta.provinceId, scope)));
    return rows.map((r) => ({ provinceId: r.provinceId, key: r.key, value: Number(r.value) }));
  });
}

async function finishOpening(
  system: Db,
  tenantDb: Db,
  changes: ChangeFeed,
  rest: Pick<Database, 'kind' | 'close'>,
  setDefault: (provinceId: number) => Promise<void>,
): Promise<Database> {
  const id = ++databases;
  HANDLE_SCOPES.set(system, { feed: changes, scope: () => 'all', key: () => `${id}:system` });
  const tenantScope = (): FeedScope => {
    const scope = currentScope();
    return scope.readAll ? 'all' : scope.provinceId;
  };
  HANDLE_SCOPES.set(tenantDb, { feed: changes, scope: tenantScope, key: () => `${id}:${tenantScope()}` });
  const [row] = await system
    .select({ id: provinces.id })
    .from(provinces)
    .where(eq(provinces.isDefault, true))
    .orderBy(asc(provinces.id))
    .limit(1);
  const defaultProvinceId = row?.id ?? 1;
  await setDefault(defaultProvinceId);
  return {
    db: system,
    tenantDb,
    defaultProvinceId,
    withProvince: (provinceId, work, options = {}) =>
      runInScope({ provinceId, readAll: options.readAll ?? false }, () => work(tenantDb)),
    changes,
    schemaVersion: latestMigrationTag(),
    ...rest,
    close: async () => {
      await changes.close();
      await rest.close();
    },
  };
}

export const MIGRATIONS_FOLDER = projectPath('server/db/migrations');

/** The name of the newest migration in the folder, which is the schema version after migrate. */
export function latestMigrationTag(): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  return journal.entries.at(-1)?.tag ?? 'none';
}

/** Opens a PostgreSQL server database and applies pending migrations. */
export async function openPostgres(connectionString: string, options: { poolSize?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Requests hold a tenant connection for their duration, so that pool is the larger one.
  const tenantPool = new pg.Pool({ connectionString, max: options.poolSize ?? 20 });
  for (const p of [pool, tenantPool]) {
    // An idle connection the server drops (restart, admin termination) must not crash the process;
    // the pool replaces it on the next query.
    p.on('error', (error) =>
      console.warn(`PostgreSQL: kết nối rảnh bị đóng / idle connection closed: ${error.message}`),
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const changes = createFeed(db);
  // This instance's own writes are known before their notification arrives: forget at once.
  // Attached before the migration, so that every pooled connection reports (they are reused).
  reportPoolWrites(pool, () => changes.forgetAll());
  await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  const tenantDb = drizzlePg({
    client: new TenantPgClient(tenantPool, (provinceId) => changes.forget(provinceId)) as never,
    schema,
  }) as unknown as Db;
  listenOnPostgres(changes, connectionString);
  let defaultProvince = '1';
  // The system pool writes into the default province: a setting every new connection starts with.
  pool.on('connect', (client) => {
    void client.query("select set_config('ttdn.province_id', $1, false)", [defaultProvince]).catch(() => undefined);
  });
  return finishOpening(
    db,
    tenantDb,
    changes,
    {
      kind: 'postgresql',
      close: async () => {
        await Promise.all([pool.end(), tenantPool.end()]);
      },
    },
    async (id) => {
      defaultProvince = String(id);
      // The pool's existing connections (the migration's) get the setting now; new ones on connect.
      const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
      for (const client of clients) {
        await client.query("select set_config('ttdn.province_id', $1, false)", [defaultProvince]);
        client.release();
      }
    },
  );
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
        throw new AppError('DATA_DIR_LOCKED', { dir, pid: holder });
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', { dir, pid: 0 });
}

/** The contrib extensions the migrations create (press search: accents folded, trigram matching). */
export const PGLITE_EXTENSIONS = { unaccent, pg_trgm };

/**
 * Creates a PGlite instance with the extensions the schema needs: every PGlite the app, its tests
 * and benches open goes through here, since an extension can only be loaded when PGlite starts.
 */
export function createPglite(dataDir?: string, options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create({ ...options, ...(dataDir ? { dataDir } : {}), extensions: PGLITE_EXTENSIONS });
}

/** Wraps an open PGlite instance as a Database, applying migrations. */
export async function wrapPglite(client: PGlite, release: () => void = () => {}): Promise<Database> {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  const tenantDb = drizzlePglite({ client: new TenantPgliteClient(client) as never, schema }) as unknown as Db;
  // PGlite delivers a notification while the committing statement returns, so one instance's
  // writes are known before its next read without any other hook.
  const changes = createFeed(db);
  changes.listening(await client.listen(CHANGES_CHANNEL, (payload) => changes.notified(payload)));
  return finishOpening(
    db,
    tenantDb,
    changes,
    {
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    },
    // One session: the system's setting; each tenant transaction overrides it locally.
    async (id) => void (await client.query(`select set_config('ttdn.province_id', $1, false)`, [String(id)])),
  );
}

/** Opens (creating if needed) the embedded database persisted in `dir`, locked to this process. */
export async function openPglite(dir: string): Promise<Database> {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const release = lockDataDir(folder);
  try {
    const client = await createPglite(join(folder, 'pglite'));
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
