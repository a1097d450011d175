import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../context.js';
import { recordAuditEvent } from '../features/audit/record-audit-event.js';
import { verifyAuditChain } from '../features/audit/verify-audit-chain.js';
import { backupToFolder } from '../jobs/backup-database.job.js';
import { createTestDatabase, usingPostgres } from '../test/test-db.js';
import { backupDatabase, restoreDatabase, summariseDatabase } from './backup.js';
import { type Database, wrapPglite, createPglite } from './client.js';
import { inTransaction } from './transaction.js';

let source: Database;
const dir = mkdtempSync(join(tmpdir(), 'ttdn-backup-'));
const file = join(dir, 'demo.ttdn.gz');

beforeAll(async () => {
  source = await createTestDatabase('demo');
});
afterAll(() => source.close());

const restoreInto = (target: Database, path = file, replace = false) =>
  restoreDatabase(target.db, path, { schemaVersion: target.schemaVersion, replace });

/** Rewrites the backup's lines (a damaged or foreign file). */
const rewrite = (name: string, edit: (lines: string[]) => string[]) => {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
  const path = join(dir, name);
  writeFileSync(path, gzipSync(`${edit(lines).join('\n')}\n`));
  return path;
};

describe('ttdn backup / ttdn restore', () => {
  it('restores the demo database identically (row counts and checksums of every table), on PGlite and PostgreSQL', async () => {
    const expected = await summariseDatabase(source.db);
    expect(expected.attachments!.rows).toBeGreaterThan(0); // bytea travels too
    const written = await backupDatabase(source.db, file, { schemaVersion: source.schemaVersion, now: new Date() });
    expect(written.tables).toEqual(expected);
    // The same run's own kind, and on the PostgreSQL pass an embedded database as well: one format for both.
    const targets = [await createTestDatabase('empty')];
    if (usingPostgres()) targets.push(await wrapPglite(await createPglite()));
    for (const target of targets) {
      try {
        await restoreInto(target);
        expect(await summariseDatabase(target.db)).toEqual(expected);
        expect((await verifyAuditChain(target.db)).problems).toEqual([]);
        // Ids continue after the restored ones, and the audit chain goes on from the restored head.
        await target.withProvince(target.defaultProvinceId, (db) =>
          inTransaction(db, (tx) =>
            recordAuditEvent(
              tx,
              { db, clock: createClock('2025-06-01'), actor: { kind: 'system', name: 'test' } },
              { action: 'test.after-restore', subjectType: 'test' },
            ),
          ),
        );
        const report = await verifyAuditChain(target.db);
        expect(report.problems).toEqual([]);
        expect(report.rows).toBe(expected.audit_events!.rows + 1);
      } finally {
        await target.close();
      }
    }
  });

  it('refuses a non-empty target without --replace, a truncated or altered file and another schema version, changing nothing', async () => {
    const target = await createTestDatabase('demo');
    try {
      const before = await summariseDatabase(target.db);
      await expect(restoreInto(target)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
      const truncated = rewrite('truncated.ttdn.gz', (lines) => lines.slice(0, -40));
      await expect(restoreInto(target, truncated, true)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
      const altered = rewrite('altered.ttdn.gz', (lines) =>
        lines.map((l) => (l.startsWith('{"t":"users"') ? l.replace('"display_name": "', '"display_name": "X') : l)),
      );
      await expect(restoreInto(target, altered, true)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
      const older = rewrite('older.ttdn.gz', ([header, ...rest]) => [
        header!.replace(/"schemaVersion":"[^"]+"/, '"schemaVersion":"0003_indicator_english"'),
        ...rest,
      ]);
      await expect(restoreInto(target, older, true)).rejects.toMatchObject({ code: 'BACKUP_SCHEMA_MISMATCH' });
      expect(await summariseDatabase(target.db)).toEqual(before);
      // --replace puts the backup's content in place of what was there.
      await target.db.execute(sql`INSERT INTO app_meta (key, value) VALUES ('extra', '1'::jsonb)`);
      await restoreInto(target, file, true);
      expect(await summariseDatabase(target.db)).toEqual(await summariseDatabase(source.db));
    } finally {
      await target.close();
    }
  });

  it('the nightly job writes one file a day and keeps the newest few', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ttdn-nightly-'));
    writeFileSync(join(folder, 'notes.txt'), 'not ours'); // never removed
    for (const day of ['2025-06-01', '2025-06-02', '2025-06-03'])
      await backupToFolder(
        { db: source.db, clock: createClock(day) },
        { dir: folder, keep: 2, schemaVersion: source.schemaVersion },
      );
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'ttdn-2025-06-02.ttdn.gz', 'ttdn-2025-06-03.ttdn.gz']);
  });
});
