import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createClock } from '../context.js';
import { openPostgres, wrapPglite, type Database, createPglite } from '../db/client.js';
import { loadDemo } from '../demo/load-demo.js';
import { parsePlanFile } from '../cli.js';

async function seedDemo(database: Database): Promise<void> {
  await loadDemo(
    { db: database.db, clock: createClock('2025-01-15'), actor: { kind: 'system', name: 'test-setup' } },
    parsePlanFile,
  );
}

async function dumpPglite(withDemo: boolean): Promise<string> {
  const client = await createPglite();
  const database = await wrapPglite(client);
  if (withDemo) await seedDemo(database);
  const dump = await client.dumpDataDir('none');
  const path = join(mkdtempSync(join(tmpdir(), 'ttdn-golden-')), withDemo ? 'demo.tar' : 'empty.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  return path;
}

async function prepareTemplate(url: string, name: string, withDemo: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString());
  if (withDemo) await seedDemo(database);
  await database.close();
}

/** Migrates golden databases once per run; each test file then copies one (see test-db.ts). */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const suffix = process.pid;
    const empty = `ttdn_tpl_empty_${suffix}`;
    const demo = `ttdn_tpl_demo_${suffix}`;
    await prepareTemplate(url, empty, false);
    await prepareTemplate(url, demo, true);
    project.provide('pgTemplates', { url, empty, demo });
    project.provide('pgliteImages', { empty: '', demo: '' });
    return;
  }
  project.provide('pgTemplates', null);
  project.provide('pgliteImages', { empty: await dumpPglite(false), demo: await dumpPglite(true) });
}
