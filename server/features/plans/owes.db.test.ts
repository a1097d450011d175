import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../test/test-db.js';
import { findOwesByName, getPlanTree, listPlans } from './plans.queries.js';

let database: Database;
let ctx: RequestContext;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  ctx = { db: database.db, clock: createClock('2025-06-01'), actor: { kind: 'system', name: 'test' } };
});
afterAll(() => database.close());

const codesByRole = async (name: string, asOf: string, role: string, viaKind?: string) =>
  (await findOwesByName(ctx, name, 2025, asOf)).owes
    .filter((o) => o.role === role && (!viaKind || o.viaKind === viaKind))
    .map((o) => o.code);

describe('what an agency owes in the 2025 plan', () => {
  it('Sở VHTTDL inherits Sở TT&TT’s leads from 01/03/2025 and keeps its own', async () => {
    expect(await codesByRole('Sở VHTTDL', '2025-06-01', 'lead', 'succession')).toEqual(['1', '2.3.3', '3', '4']);
    expect(await codesByRole('Sở Văn hóa, Thể thao và Du lịch', '2025-06-01', 'lead', 'direct')).toEqual([
      '7.1',
      '7.5',
    ]);
    const result = await findOwesByName(ctx, 'Sở VHTTDL', 2025, '2025-06-01');
    const task1 = result.owes.find((o) => o.code === '1' && o.role === 'lead')!;
    expect(task1.via).toContain('Sở Thông tin và Truyền thông');
    expect(task1.via).toContain('01/03/2025');
  });

  it('before the transfer Sở TT&TT still leads and Sở VHTTDL does not', async () => {
    expect(await codesByRole('Sở\nThông tin và Truyền thông', '2025-02-01', 'lead', 'direct')).toEqual([
      '1',
      '2.3.3',
      '3',
      '4',
    ]);
    expect(await codesByRole('Sở VHTTDL', '2025-02-01', 'lead', 'succession')).toEqual([]);
  });

  it('Sở Ngoại vụ leads 2.3.2 and 7.4', async () => {
    expect(await codesByRole('Sở Ngoại vụ', '2025-06-01', 'lead', 'direct')).toEqual(['2.3.2', '7.4']);
  });

  it('group membership counts: every department coordinates task 1', async () => {
    const owes = (await findOwesByName(ctx, 'Sở Tư pháp', 2025, '2025-06-01')).owes;
    expect(owes.find((o) => o.code === '1')).toMatchObject({ role: 'coordinator', viaKind: 'group' });
  });

  it('after 01/07/2025 the communes carry the districts’ duties', async () => {
    const before = await findOwesByName(ctx, 'UBND xã Tân Trào', 2025, '2025-06-15').catch(() => null);
    expect(before === null || before.owes.length === 0).toBe(true);
    const after = (await findOwesByName(ctx, 'UBND xã Tân Trào', 2025, '2025-09-01')).owes;
    expect(after.find((o) => o.code === '1')).toMatchObject({ role: 'coordinator', viaKind: 'succession' });
    expect(after.find((o) => o.code === '1')!.via).toContain('huyện Sơn Dương');
  });

  it('the merged press agency reports for the former provincial broadcaster', async () => {
    const owes = (await findOwesByName(ctx, 'Báo Tuyên Quang', 2025, '2025-09-01')).owes;
    const task51 = owes.filter((o) => o.code === '5.1' && o.role === 'implementer');
    expect(task51).toHaveLength(1);
    expect(owes.map((o) => o.code)).not.toContain('7.4');
  });

  it('an unknown name answers AGENCY_NAME_UNKNOWN with ranked suggestions', async () => {
    await expect(findOwesByName(ctx, 'So Ngoai vu tinh Tuyen', 2025, '2025-06-01')).rejects.toMatchObject({
      code: 'AGENCY_NAME_UNKNOWN',
      details: { suggestions: expect.arrayContaining([expect.objectContaining({ name: 'Sở Ngoại vụ' })]) },
    });
  });
});

describe('the plan page query', () => {
  it('filters by agency and keeps ancestors as context', async () => {
    const plan = (await listPlans(ctx)).find((p) => p.year === 2025);
    const result = await getPlanTree(ctx, plan!.id, {
      asOf: '2025-06-01',
      agencyId: (await findOwesByName(ctx, 'Sở Ngoại vụ', 2025, '2025-06-01')).agency.id,
      role: 'lead',
    });
    const shown = result.tasks.filter((t) => !t.isContext).map((t) => t.code);
    // 2.4's lead is "Các sở, ban, ngành", a group Sở Ngoại vụ belongs to.
    expect(shown).toEqual(['2.3.2', '2.4', '7.4']);
    expect(result.tasks.find((t) => t.code === '2.4')!.owed[0]).toMatchObject({ viaKind: 'group' });
    expect(result.tasks.find((t) => t.code === '7.4')!.owed[0]).toMatchObject({ viaKind: 'direct' });
    expect(result.tasks.filter((t) => t.isContext).map((t) => t.code)).toEqual(['2', '2.3', '7']);
  });

  it('searches without diacritics', async () => {
    const plan = (await listPlans(ctx)).find((p) => p.year === 2025);
    const result = await getPlanTree(ctx, plan!.id, { asOf: '2025-06-01', q: 'quan ly huong dan phong vien' });
    expect(result.tasks.filter((t) => !t.isContext).map((t) => t.code)).toEqual(['2.3.2']);
  });
});

describe('names on a date', () => {
  it('shows an agency under the name it had on the chosen date', async () => {
    const plan = (await listPlans(ctx)).find((p) => p.year === 2025);
    const chip = async (asOf: string) =>
      (await getPlanTree(ctx, plan!.id, { asOf })).tasks
        .find((t) => t.code === '5.1')!
        .roles.find((r) => r.asPrinted === 'Báo Tuyên Quang')!.target!.name;
    expect(await chip('2025-06-01')).toBe('Báo Tuyên Quang');
    expect(await chip('2025-09-01')).toBe('Báo và Phát thanh, Truyền hình Tuyên Quang');
  });
});
