import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../cli.js';
import { createClock, type RequestContext } from '../context.js';
import { agencies } from '../db/schema/organisations.js';
import { notifications } from '../db/schema/reporting.js';
import { auditEvents, users } from '../db/schema/system.js';
import { createAgency } from '../features/organisations/create-agency.js';
import { createTestDatabase } from '../test/test-db.js';
import { loadDemo } from './load-demo.js';

const contextOf = (db: RequestContext['db']): RequestContext => ({
  db,
  clock: createClock('2025-06-01'),
  actor: { kind: 'system', name: 'test' },
});

describe('demo data', () => {
  it('gives every account its own notices, the admin and the ministry included (the bell is never empty)', async () => {
    const database = await createTestDatabase('demo');
    try {
      const rows = await database.db
        .select({ username: users.username, role: users.role, n: count(notifications.id) })
        .from(users)
        .leftJoin(notifications, eq(notifications.userId, users.id))
        .groupBy(users.username, users.role);
      const empty = rows.filter((r) => r.n === 0).map((r) => `${r.username}:${r.role}`);
      expect(empty).toEqual([]);
      const kinds = await database.db.selectDistinct({ kind: notifications.kind }).from(notifications);
      expect(kinds.map((k) => k.kind)).toEqual(
        expect.arrayContaining([
          'report-submitted',
          'report-extended',
          'report-reminder',
          'report-overdue',
          'period-summary',
          // The admin hears of new accounts; the ministry of provinces' reports sent, returned, accepted.
          'user-created',
          'upward-submitted',
          'upward-returned',
          'upward-accepted',
        ]),
      );
    } finally {
      await database.close();
    }
  });

  it('loads once: a second load changes nothing', async () => {
    const database = await createTestDatabase('demo');
    try {
      const ctx = contextOf(database.db);
      const [before] = await database.db.select({ n: count() }).from(auditEvents);
      expect(await loadDemo(ctx, parsePlanFile)).toEqual({ created: false });
      const [after] = await database.db.select({ n: count() }).from(auditEvents);
      expect(after!.n).toBe(before!.n);
    } finally {
      await database.close();
    }
  });

  it('never lands in a database holding real data, so no known-password accounts appear', async () => {
    const database = await createTestDatabase('empty');
    try {
      const ctx = contextOf(database.db);
      await createAgency(ctx, {
        name: 'Sở Nội vụ tỉnh Thật',
        kind: 'department',
        province: 'Thật',
        validFrom: '2020-01-01',
      });
      await expect(loadDemo(ctx, parsePlanFile)).rejects.toMatchObject({ code: 'DEMO_ON_REAL_DATA' });
      const [accounts] = await database.db.select({ n: count() }).from(users);
      const [registry] = await database.db.select({ n: count() }).from(agencies);
      expect([accounts!.n, registry!.n]).toEqual([0, 1]);
    } finally {
      await database.close();
    }
  });
});
