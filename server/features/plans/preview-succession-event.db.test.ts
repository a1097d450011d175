import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { createTestDatabase } from '../../test/test-db.js';
import { findOwesByName } from './plans.queries.js';
import { previewSuccessionEvent } from './preview-succession-event.js';

let database: Database;
let ctx: RequestContext;
const idOf = async (name: string) =>
  (await ctx.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, name)))[0]!.id;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  ctx = { db: database.db, clock: createClock('2026-12-06'), actor: { kind: 'system', name: 'test' } };
});
afterAll(() => database.close());

describe('the preview of a reorganisation (nothing written)', () => {
  it('a merge names the plan and lists each task Sở Ngoại vụ holds exactly once, going to Sở Tư pháp only', async () => {
    const ngoaiVu = await idOf('Sở Ngoại vụ');
    const tuPhap = await idOf('Sở Tư pháp');
    const preview = await previewSuccessionEvent(ctx, {
      kind: 'merge',
      effectiveOn: '2026-12-15',
      links: [{ fromAgencyId: ngoaiVu, toAgencyId: tuPhap }],
    });
    // The 2025 plan has ended by then and 2024 is archived: only the 2026 plan, by its title and number.
    expect(preview.plans.map((p) => [p.year, p.number, p.status])).toEqual([[2026, '12/KH-UBND', 'issued']]);
    const plan = preview.plans[0]!;
    expect(plan.title).toContain('năm 2026');

    const owedBefore = (await findOwesByName(ctx, 'Sở Ngoại vụ', 2026, '2026-12-14')).owes;
    const owedCodes = [...new Set(owedBefore.map((o) => o.code))];
    const codes = plan.moving.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(owedCodes);
    expect(plan.staying).toEqual([]);
    // One agency takes over, not every holder of the group roles.
    for (const move of plan.moving) {
      expect(move.from).toEqual([{ id: ngoaiVu, name: 'Sở Ngoại vụ' }]);
      expect(move.to.map((t) => t.id)).toEqual([tuPhap]);
    }
    // A task printed with Sở Ngoại vụ in two roles is one line with both roles.
    const twoRoles = owedBefore.filter((o, _, all) => all.filter((x) => x.code === o.code).length > 1);
    expect(twoRoles.length).toBeGreaterThan(0);
    const line = plan.moving.find((m) => m.code === twoRoles[0]!.code)!;
    expect(line.roles).toEqual([...new Set(twoRoles.filter((o) => o.code === line.code).map((o) => o.role))]);
    // Sở Tư pháp already coordinates the tasks of "các sở, ban, ngành"; a lead only Sở Ngoại vụ holds is new to it.
    const held = new Set((await findOwesByName(ctx, 'Sở Tư pháp', 2026, '2026-12-14')).owes.map((o) => o.code));
    for (const move of plan.moving) expect(move.to[0]!.alreadyHolds).toBe(held.has(move.code));
    expect(plan.moving.some((m) => m.to[0]!.alreadyHolds)).toBe(true);
    expect(plan.moving.some((m) => !m.to[0]!.alreadyHolds)).toBe(true);
  });

  it('a transfer of another function moves nothing; one of foreign information moves only the direct duties', async () => {
    const ngoaiVu = await idOf('Sở Ngoại vụ');
    const taiChinh = await idOf('Sở Tài chính');
    const press = await previewSuccessionEvent(ctx, {
      kind: 'transfer',
      effectiveOn: '2026-12-15',
      links: [{ fromAgencyId: ngoaiVu, toAgencyId: taiChinh, functions: ['press'] }],
    });
    expect(press.plans[0]!.moving).toEqual([]);
    expect(press.plans[0]!.staying.length).toBeGreaterThan(0);

    const fi = await previewSuccessionEvent(ctx, {
      kind: 'transfer',
      effectiveOn: '2026-12-15',
      links: [{ fromAgencyId: ngoaiVu, toAgencyId: taiChinh, functions: ['foreign-information'] }],
    });
    const direct = (await findOwesByName(ctx, 'Sở Ngoại vụ', 2026, '2026-12-14')).owes
      .filter((o) => o.viaKind === 'direct')
      .map((o) => o.code);
    const moving = fi.plans[0]!.moving;
    expect(moving.map((m) => m.code)).toEqual([...new Set(direct)]);
    // Still a department on that date, it keeps what "các sở, ban, ngành" owes; no task is in both lists.
    const staying = fi.plans[0]!.staying.map((s) => s.code);
    expect(staying.length).toBeGreaterThan(0);
    expect(staying.filter((code) => moving.some((m) => m.code === code))).toEqual([]);
  });
});
