import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, wrapPglite, type Database, createPglite } from '../db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteImages: { empty: string; demo: string };
    pgTemplates: { url: string; empty: string; demo: string } | null;
  }
}

const URLS = new WeakMap<Database, string>();

/** The PostgreSQL URL of a test database (to open a second app instance on it); null on PGlite. */
export function urlOfTestDatabase(database: Database): string | null {
  return URLS.get(database) ?? null;
}

/** Is this run on a PostgreSQL server (TEST_DATABASE_URL) rather than embedded PGlite? */
export function usingPostgres(): boolean {
  return inject('pgTemplates') !== null;
}

/**
 * A fresh database for one test file, copied from a migrated golden image: PGlite from a dumped
 * data folder, PostgreSQL from a template database. `demo` holds Tuyên Quang's demo data.
 */
export async function createTestDatabase(kind: 'empty' | 'demo' = 'demo'): Promise<Database> {
  const templates = inject('pgTemplates');
  if (templates) {
    const name = `ttdn_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: templates.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${templates[kind]}`);
    await admin.end();
    const url = new URL(templates.url);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString());
    const copy: Database = {
      ...database,
      close: async () => {
        await database.close();
        const cleanup = new pg.Client({ connectionString: templates.url });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
    URLS.set(copy, url.toString());
    return copy;
  }
  const image = await readFile(inject('pgliteImages')[kind]);
  const client = await createPglite(undefined, { loadDataDir: new Blob([image]) });
  return wrapPglite(client);
}
