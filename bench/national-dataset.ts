import { foldDiacritics, nameKey } from '../common/text/vietnamese.js';
import { createClock } from '../server/context.js';
import type { Database, Db } from '../server/db/client.js';
import { createProvince } from '../server/features/provinces/create-province.js';
import {
  agencies,
  agencyGroups,
  agencyNames,
  successionEvents,
  successionLinks,
} from '../server/db/schema/organisations.js';
import { plans, taskRoles, tasks } from '../server/db/schema/plans.js';
import type { AgencyKind } from '../server/db/schema/organisations.js';

/** Shape of the synthetic national dataset: 34 provinces × 250 agencies × 5 years × 40 tasks. */
export const NATIONAL = {
  provinces: 34,
  agenciesPerProvince: 250,
  years: [2022, 2023, 2024, 2025, 2026],
  tasksPerPlan: 40,
};

const KIND_MIX: Array<[AgencyKind, number]> = [
  ['province-committee', 1],
  ['department', 40],
  ['party-body', 6],
  ['mass-organisation', 10],
  ['press-agency', 8],
  ['armed-forces', 3],
  ['district-committee', 12],
  ['commune-committee', 170],
];

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** What the benchmark asks about in one province. */
export type ProvinceSample = {
  provinceId: number;
  province: string;
  agencyName: string;
  agencyId: number;
  planIds: number[];
};

/**
 * Writes the synthetic country, each province as its own tenant (the first is the deployment's
 * default province, the others are opened as provinces are): every province with its registry,
 * groups, a mid-2025 transfer and district dissolution, and a 40-task plan per year whose roles
 * mix agencies and groups, written straight into the tables (bypassing commands for speed) in
 * the province's scope. Returns what the benchmark asks about, per province.
 */
export async function generateNationalDataset(
  database: Database,
  provinces = NATIONAL.provinces,
): Promise<ProvinceSample[]> {
  const ctx = { db: database.db, clock: createClock('2025-01-01'), actor: { kind: 'system' as const, name: 'bench' } };
  const sample: ProvinceSample[] = [];
  for (let p = 0; p < provinces; p++) {
    const province = `Tỉnh thử ${p + 1}`;
    const provinceId =
      p === 0
        ? database.defaultProvinceId
        : (await createProvince(ctx, { code: `tinh-thu-${p + 1}`, name: province })).id;
    const one = await database.withProvince(provinceId, (db) => generateProvince(db, province));
    sample.push({ provinceId, province, ...one });
  }
  return sample;
}

async function generateProvince(db: Db, province: string) {
  const rows: Array<typeof agencies.$inferInsert> = [];
  for (const [kind, n] of KIND_MIX) {
    for (let i = 0; i < n; i++) {
      const name = `${kind === 'department' ? 'Sở' : kind === 'commune-committee' ? 'Ủy ban nhân dân xã' : kind === 'district-committee' ? 'Ủy ban nhân dân huyện' : 'Cơ quan'} số ${i + 1} ${kind} ${province}`;
      rows.push({
        name,
        nameKey: nameKey(name),
        search: foldDiacritics(name),
        kind,
        province,
        validFrom: kind === 'commune-committee' && i >= 150 ? '2025-07-01' : '2000-01-01',
        validTo: kind === 'district-committee' ? '2025-06-30' : null,
      });
    }
  }
  const inserted: Array<{ id: number; kind: AgencyKind; name: string }> = [];
  await insertInBatches(rows, async (batch) =>
    inserted.push(
      ...(await db
        .insert(agencies)
        .values(batch)
        .returning({ id: agencies.id, kind: agencies.kind, name: agencies.name })),
    ),
  );
  await insertInBatches(inserted, (batch) =>
    db.insert(agencyNames).values(batch.map((a) => ({ agencyId: a.id, name: a.name, validFrom: '2000-01-01' }))),
  );
  const ofKind = (kind: AgencyKind) => inserted.filter((a) => a.kind === kind);
  const groups = await db
    .insert(agencyGroups)
    .values([
      {
        name: 'Các sở, ban, ngành',
        nameKey: nameKey('Các sở, ban, ngành'),
        rule: { kinds: ['department'] },
        province,
        validFrom: '2000-01-01',
      },
      {
        name: 'Ủy ban nhân dân các huyện',
        nameKey: nameKey('Ủy ban nhân dân các huyện'),
        rule: { kinds: ['district-committee'] },
        province,
        validFrom: '2000-01-01',
      },
      {
        name: 'Các cơ quan báo chí',
        nameKey: nameKey('Các cơ quan báo chí'),
        rule: { kinds: ['press-agency'] },
        province,
        validFrom: '2000-01-01',
      },
    ])
    .returning({ id: agencyGroups.id });
  const [transfer] = await db
    .insert(successionEvents)
    .values({ kind: 'transfer', effectiveOn: '2025-03-01' })
    .returning({ id: successionEvents.id });
  const departments = ofKind('department');
  await db.insert(successionLinks).values({
    eventId: transfer!.id,
    fromAgencyId: departments[0]!.id,
    toAgencyId: departments[1]!.id,
    functions: ['foreign-information'],
  });
  const communes = ofKind('commune-committee').slice(150);
  for (const [i, district] of ofKind('district-committee').entries()) {
    const [event] = await db
      .insert(successionEvents)
      .values({ kind: 'dissolve', effectiveOn: '2025-07-01' })
      .returning({ id: successionEvents.id });
    await db.insert(successionLinks).values(
      [communes[i % communes.length]!, communes[(i + 7) % communes.length]!].map((c) => ({
        eventId: event!.id,
        fromAgencyId: district.id,
        toAgencyId: c.id,
      })),
    );
  }
  const planIds: number[] = [];
  for (const year of NATIONAL.years) {
    const [plan] = await db
      .insert(plans)
      .values({ province, year, title: `Kế hoạch công tác thông tin đối ngoại năm ${year}`, status: 'issued' })
      .returning({ id: plans.id });
    planIds.push(plan!.id);
    const taskRows = Array.from({ length: NATIONAL.tasksPerPlan }, (_, i) => {
      const code = i < 8 ? `${i + 1}` : `${(i % 8) + 1}.${Math.floor(i / 8)}`;
      return {
        planId: plan!.id,
        code,
        position: i,
        title: `Nhiệm vụ ${code} năm ${year}`,
        content: '',
        search: foldDiacritics(`${code} nhiem vu ${year}`),
        timeframeKind: 'continuous',
        timeframeText: 'Thường xuyên',
      };
    });
    const taskIds = await db.insert(tasks).values(taskRows).returning({ id: tasks.id });
    const roleRows: Array<typeof taskRoles.$inferInsert> = [];
    taskIds.forEach(({ id }, i) => {
      roleRows.push({
        taskId: id,
        role: 'lead',
        position: 0,
        agencyId: departments[i % departments.length]!.id,
        asPrinted: departments[i % departments.length]!.name,
      });
      roleRows.push({
        taskId: id,
        role: 'coordinator',
        position: 1,
        groupId: groups[0]!.id,
        asPrinted: 'Các sở, ban, ngành',
      });
      roleRows.push({
        taskId: id,
        role: 'coordinator',
        position: 2,
        groupId: groups[1]!.id,
        asPrinted: 'Ủy ban nhân dân các huyện',
      });
      if (i % 3 === 0)
        roleRows.push({
          taskId: id,
          role: 'implementer',
          position: 3,
          groupId: groups[2]!.id,
          asPrinted: 'Các cơ quan báo chí',
        });
    });
    await db.insert(taskRoles).values(roleRows);
  }
  return { agencyName: departments[1]!.name, agencyId: departments[1]!.id, planIds };
}
