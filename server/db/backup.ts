/**
 * Logical backup and restore, the same on PGlite and PostgreSQL (so a backup of one restores into
 * the other: `ttdn db copy`). A backup is gzip'd JSON lines: a header (format, schema version,
 * tables in foreign-key order), one line per row (`to_jsonb` of the row, so the database itself
 * writes and reads every type, bytea included), and a trailer with each table's row count and
 * checksum. Restore runs in one transaction and compares the restored tables with the trailer
 * before committing: a truncated or altered file leaves the database as it was.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import type { Db, Tx } from './client.js';

const FORMAT = 'ttdn-backup';
const BATCH_ROWS = 500;
/** Rows are inserted in batches of at most this many characters of JSON (attachments are large). */
const BATCH_CHARS = 4_000_000;

type Exec = Pick<Tx, 'execute'>;
type Row = Record<string, unknown>;
export type TableSummary = { rows: number; checksum: string };
/** What a backup holds and what a restore put back: per table, rows and checksum. */
export type BackupSummary = { schemaVersion: string; tables: Record<string, TableSummary> };
type Header = { format: string; version: 1; schemaVersion: string; createdAt: string; tables: string[] };

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function rows(tx: Exec, query: ReturnType<typeof sql>): Promise<Row[]> {
  return (await tx.execute(query)).rows as Row[];
}

/** The application's tables, parents before children (foreign keys), so a restore inserts in order. */
export async function tablesInOrder(tx: Exec): Promise<string[]> {
  const names = (
    await rows(
      tx,
      sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    )
  ).map((r) => String(r.name));
  const edges = await rows(
    tx,
    sql`SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
        JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = ch.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.relname <> pa.relname`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const e of edges) if (e.child === name) visit(String(e.parent));
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}

/** Columns a row is restored into (generated columns are computed, never inserted). */
async function insertableColumns(tx: Exec, table: string): Promise<string[]> {
  return (
    await rows(
      tx,
      sql`SELECT attname FROM pg_attribute WHERE attrelid = ${`public.${ident(table)}`}::regclass
          AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    )
  ).map((r) => String(r.attname));
}

/** Count and checksum of a table as JSON rows: the same on both databases (UTC, sorted row hashes). */
async function summarise(tx: Exec, table: string): Promise<TableSummary> {
  const [r] = await rows(
    tx,
    sql.raw(`SELECT count(*)::int AS n, coalesce(md5(string_agg(h, '' ORDER BY h)), '') AS sum
             FROM (SELECT md5(to_jsonb(t)::text) AS h FROM public.${ident(table)} t) s`),
  );
  return { rows: Number(r?.n ?? 0), checksum: String(r?.sum ?? '') };
}

/** Every table's count and checksum now (a test's and an operator's check of a round trip). */
export async function summariseDatabase(db: Db): Promise<Record<string, TableSummary>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
    const result: Record<string, TableSummary> = {};
    for (const table of await tablesInOrder(tx)) result[table] = await summarise(tx, table);
    return result;
  });
}

async function primaryKey(tx: Exec, table: string): Promise<string[]> {
  return (
    await rows(
      tx,
      sql`SELECT a.attname FROM pg_index i
          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
          WHERE i.indrelid = ${`public.${ident(table)}`}::regclass AND i.indisprimary ORDER BY a.attnum`,
    )
  ).map((r) => String(r.attname));
}

/**
 * Writes a backup of the whole database (every province) to `file`, from one consistent snapshot
 * (a repeatable-read, read-only transaction), through a temporary file renamed at the end so a
 * crash never leaves a half-written backup under the final name.
 */
export async function backupDatabase(
  db: Db,
  file: string,
  meta: { schemaVersion: string; now: Date },
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const summary: BackupSummary = { schemaVersion: meta.schemaVersion, tables: {} };
  async function* lines(): AsyncGenerator<string> {
    const queue: string[] = [];
    let done = false;
    let failure: unknown;
    let wake: (() => void) | undefined;
    let resume: (() => void) | undefined;
    const push = async (line: string) => {
      queue.push(line);
      wake?.();
      // Back-pressure: the database side waits while the file side is behind.
      if (queue.length > 2 * BATCH_ROWS) await new Promise<void>((r) => (resume = r));
    };
    const producer = db
      .transaction(async (tx) => {
        await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
        await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
        const tables = await tablesInOrder(tx);
        const header: Header = {
          format: FORMAT,
          version: 1,
          schemaVersion: meta.schemaVersion,
          createdAt: meta.now.toISOString(),
          tables,
        };
        await push(`${JSON.stringify(header)}\n`);
        for (const table of tables) {
          const order = (await primaryKey(tx, table)).map(ident).join(', ') || '1';
          await tx.execute(
            sql.raw(`DECLARE ttdn_backup NO SCROLL CURSOR FOR
                     SELECT to_jsonb(t)::text AS r FROM public.${ident(table)} t ORDER BY ${order}`),
          );
          for (;;) {
            const batch = await rows(tx, sql.raw(`FETCH ${BATCH_ROWS} FROM ttdn_backup`));
            for (const r of batch) await push(`{"t":${JSON.stringify(table)},"r":${String(r.r)}}\n`);
            if (batch.length < BATCH_ROWS) break;
          }
          await tx.execute(sql`CLOSE ttdn_backup`);
          summary.tables[table] = await summarise(tx, table);
        }
        await push(`${JSON.stringify({ end: summary })}\n`);
      })
      .catch((error: unknown) => {
        failure = error;
      })
      .finally(() => {
        done = true;
        wake?.();
      });
    for (;;) {
      if (queue.length > 0) {
        yield queue.splice(0, queue.length).join('');
        resume?.();
        resume = undefined;
        continue;
      }
      if (done) break;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
    await producer;
    if (failure) throw failure;
  }
  try {
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return summary;
}

/**
 * Replaces the database's content with a backup's, in one transaction, and checks every table's
 * count and checksum against the backup's trailer before committing. The database must be at the
 * backup's schema version; it must be empty unless `replace` is set.
 */
export async function restoreDatabase(
  db: Db,
  file: string,
  options: { schemaVersion: string; replace?: boolean },
): Promise<BackupSummary> {
  const invalid = (reason: string) => new AppError('BACKUP_INVALID', { file, reason });
  const input = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = input[Symbol.asyncIterator]();
  const next = async (): Promise<Row | null> => {
    let step: IteratorResult<string>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw invalid((error as Error).message);
    }
    if (step.done) return null;
    try {
      return JSON.parse(step.value) as Row;
    } catch {
      throw invalid('not JSON');
    }
  };
  const header = (await next()) as Header | null;
  if (header?.format !== FORMAT || header.version !== 1) throw invalid('not a TTĐN backup');
  if (header.schemaVersion !== options.schemaVersion)
    throw new AppError('BACKUP_SCHEMA_MISMATCH', { backup: header.schemaVersion, database: options.schemaVersion });
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
      // The change feed's triggers stand aside: app_meta is restored as it was backed up.
      await tx.execute(sql`SELECT set_config('ttdn.restoring', 'on', true)`);
      const tables = await tablesInOrder(tx);
      const unknown = header.tables.find((t) => !tables.includes(t));
      if (unknown) throw invalid(`unknown table ${unknown}`);
      if (!options.replace) {
        let present = 0;
        // A freshly migrated database holds only its default province.
        for (const t of tables) if (t !== 'provinces') present += (await summarise(tx, t)).rows;
        if (present > 0) throw new AppError('RESTORE_TARGET_NOT_EMPTY', { rows: present });
      }
      await tx.execute(
        sql.raw(`TRUNCATE ${tables.map((t) => `public.${ident(t)}`).join(', ')} RESTART IDENTITY CASCADE`),
      );
      const columns = new Map<string, string>();
      const pending = { table: '', rows: [] as string[], chars: 0 };
      const flush = async () => {
        if (pending.rows.length === 0) return;
        const { table } = pending;
        if (!columns.has(table)) columns.set(table, (await insertableColumns(tx, table)).map(ident).join(', '));
        const list = columns.get(table)!;
        await tx.execute(
          sql`${sql.raw(`INSERT INTO public.${ident(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::public.${ident(table)},`)} ${`[${pending.rows.join(',')}]`}::jsonb)`,
        );
        pending.rows = [];
        pending.chars = 0;
      };
      let trailer: BackupSummary | null = null;
      for (let line = await next(); line; line = await next()) {
        if (line.end) {
          trailer = line.end as BackupSummary;
          break;
        }
        const table = String(line.t);
        if (!header.tables.includes(table)) throw invalid(`unknown table ${table}`);
        if (pending.table !== table) await flush();
        pending.table = table;
        const text = JSON.stringify(line.r);
        pending.rows.push(text);
        pending.chars += text.length;
        if (pending.rows.length >= BATCH_ROWS || pending.chars >= BATCH_CHARS) await flush();
      }
      await flush();
      if (!trailer) throw invalid('the file ends before its trailer (truncated)');
      // Serial columns continue after the restored ids.
      for (const table of header.tables) {
        for (const r of await rows(
          tx,
          sql`SELECT attname, pg_get_serial_sequence(${`public.${ident(table)}`}, attname) AS seq FROM pg_attribute
              WHERE attrelid = ${`public.${ident(table)}`}::regclass AND attnum > 0 AND NOT attisdropped`,
        )) {
          if (!r.seq) continue;
          await tx.execute(
            sql.raw(
              `SELECT setval('${String(r.seq).replaceAll("'", "''")}', coalesce((SELECT max(${ident(String(r.attname))}) FROM public.${ident(table)}), 0) + 1, false)`,
            ),
          );
        }
      }
      const restored: BackupSummary = { schemaVersion: header.schemaVersion, tables: {} };
      for (const table of header.tables) {
        restored.tables[table] = await summarise(tx, table);
        const expected = trailer.tables[table];
        if (
          !expected ||
          expected.rows !== restored.tables[table].rows ||
          expected.checksum !== restored.tables[table].checksum
        )
          throw invalid(`table ${table} does not match its checksum`);
      }
      return restored;
    });
  } finally {
    input.close();
  }
}
