import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../context.js';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { createTestDatabase } from '../../test/test-db.js';
import { recordAuditEvent } from './record-audit-event.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase('demo');
});
afterAll(() => database.close());

const ctx = () => ({
  db: database.tenantDb,
  clock: createClock('2025-06-01'),
  actor: { kind: 'system' as const, name: 'test' },
});

/** Writes one audit row the way every command does: inside a transaction, in the default province. */
const audit = (action: string) =>
  database.withProvince(database.defaultProvinceId, (db) =>
    inTransaction(db, (tx) =>
      recordAuditEvent(tx, { ...ctx(), db }, { action, subjectType: 'test', subjectId: 1, after: { n: 1 } }),
    ),
  );

// The attacker's move: the owner of the table can switch the append-only guard off.
const withGuardOff = async (work: () => Promise<unknown>) => {
  await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
  try {
    await work();
  } finally {
    await database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
  }
};

const chainOf = async () =>
  (
    await database.db.execute(
      sql`SELECT id, chain_seq, prev_hash, hash FROM audit_events WHERE province_id = ${database.defaultProvinceId} ORDER BY chain_seq`,
    )
  ).rows as Array<{ id: number; chain_seq: string | number; prev_hash: string; hash: string }>;

describe('the audit log is a hash chain', () => {
  it('seals the demo rows and every new row at commit, each pointing at the previous hash', async () => {
    const before = await verifyAuditChain(database.db);
    expect(before.rows).toBeGreaterThan(0);
    expect(before.problems).toEqual([]);
    // Twenty writers at once: the chain stays one line (PostgreSQL runs them on parallel connections).
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit(`test.parallel.${i}`)));
    const chain = await chainOf();
    // The demo holds other provinces too (the ministry's): count this province's chain only.
    const headBefore = before.heads.find((h) => h.provinceId === database.defaultProvinceId)!;
    expect(chain.length).toBe(headBefore.seq + 20);
    chain.forEach((row, i) => {
      expect(Number(row.chain_seq)).toBe(i + 1);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prev_hash).toBe(i === 0 ? '' : chain[i - 1]!.hash);
    });
    const after = await verifyAuditChain(database.db);
    expect(after.problems).toEqual([]);
    expect(after.heads).toContainEqual({
      provinceId: database.defaultProvinceId,
      seq: chain.length,
      hash: chain.at(-1)!.hash,
    });
  });

  it('refuses to update or delete a row', async () => {
    const [row] = await chainOf();
    await expect(
      database.db.execute(sql`UPDATE audit_events SET action = 'x' WHERE id = ${row!.id}`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM audit_events WHERE id = ${row!.id}`)).rejects.toThrow();
    expect((await verifyAuditChain(database.db)).problems).toEqual([]);
  });

  it('finds a changed row, a changed row whose hash was recomputed, a deleted row and a deleted tail', async () => {
    const chain = await chainOf();
    const [a, b, c] = [chain[3]!, chain[6]!, chain[9]!];
    await withGuardOff(async () => {
      await database.db.execute(sql`UPDATE audit_events SET actor_name = 'someone else' WHERE id = ${a.id}`);
      // A careful forger recomputes the row's own hash: the next row still points at the old one.
      await database.db.execute(sql`UPDATE audit_events SET action = 'x' WHERE id = ${b.id}`);
      await database.db.execute(
        sql`UPDATE audit_events SET hash = ttdn_audit_row_hash(prev_hash, chain_seq, audit_events) WHERE id = ${b.id}`,
      );
      await database.db.execute(sql`DELETE FROM audit_events WHERE id = ${c.id}`);
      await database.db.execute(sql`DELETE FROM audit_events WHERE id = ${chain.at(-1)!.id}`);
    });
    const report = await verifyAuditChain(database.db);
    const kinds = report.problems.map((p) => [p.seq, p.kind]);
    expect(kinds).toEqual([
      [Number(a.chain_seq), 'altered'],
      [Number(b.chain_seq) + 1, 'link-broken'],
      [Number(c.chain_seq) + 1, 'rows-missing'],
      [chain.length, 'tail-missing'],
    ]);
  });
});
