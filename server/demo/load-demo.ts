import { projectPath } from '../paths.js';
import { readFile } from 'node:fs/promises';
import { count, eq } from 'drizzle-orm';
import type { PlanJson } from '../../common/contracts/plan-json.js';
import type { RequestContext } from '../context.js';
import type { Db } from '../db/client.js';
import { agencies } from '../db/schema/organisations.js';
import { plans } from '../db/schema/plans.js';
import { appMeta, users } from '../db/schema/system.js';
import { AppError } from '../../common/errors.js';
import { createUser } from '../features/users/create-user.js';
import { createAgency } from '../features/organisations/create-agency.js';
import { createGroup } from '../features/organisations/create-group.js';
import { recordSuccessionEvent } from '../features/organisations/record-succession-event.js';
import { importPlan } from '../features/plans/import-plan.js';
import { loadNameIndex } from '../features/organisations/resolve-name.js';
import { DEMO_GROUPS, DEMO_USERS } from './tuyen-quang-groups-users.js';
import { DEMO_AGENCIES, DEMO_EVENTS } from './tuyen-quang-registry.js';

export const SEED_PLAN_PATH = projectPath('server/demo/documents/ke-hoach-ttdn-tuyen-quang-2025.txt');
const DEMO_PASSWORD = 'demo';

/** Parses a plan document into the contract JSON (the plan parser, injected to keep layers apart). */
export type PlanFileParser = (path: string, options?: { lexicon?: string[] }) => Promise<PlanJson>;

/** Does this database hold the demo data (and so may get demo accounts)? */
export async function isDemoDatabase(ctx: Pick<RequestContext, 'db'>): Promise<boolean> {
  const [row] = await ctx.db.select().from(appMeta).where(eq(appMeta.key, 'demo'));
  return row !== undefined;
}

/** Is the database empty of organisations (a fresh start)? */
export async function isEmptyDatabase(ctx: Pick<RequestContext, 'db'>): Promise<boolean> {
  const [row] = await ctx.db.select({ n: count() }).from(agencies);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads Tuyên Quang's registry, the 2025 reorganisation, the demo accounts and the seed plan
 * (imported through the parser). Idempotent: a second run changes nothing. Refuses a database that
 * holds real data, so accounts with known passwords never appear there.
 */
export async function loadDemo(outer: RequestContext, parsePlanFile: PlanFileParser): Promise<{ created: boolean }> {
  if (await isDemoDatabase(outer)) return { created: false };
  if (!(await isEmptyDatabase(outer))) {
    throw new AppError('DEMO_ON_REAL_DATA');
  }
  // One transaction (commands nest as savepoints): a start killed half-way leaves no half demo.
  await outer.db.transaction(async (tx) => {
    await loadDemoInto({ ...outer, db: tx as unknown as Db }, parsePlanFile);
  });
  return { created: true };
}

async function loadDemoInto(ctx: RequestContext, parsePlanFile: PlanFileParser): Promise<void> {
  const ids = new Map<string, number>();
  for (const a of DEMO_AGENCIES) {
    const agency = await createAgency(ctx, {
      name: a.name,
      kind: a.kind,
      province: a.province,
      validFrom: a.validFrom ?? '2000-01-01',
      note: a.note ?? null,
      aliases: (a.aliases ?? []).map(([alias, kind]) => ({ alias, kind })),
    });
    ids.set(a.key, agency.id);
  }
  const id = (key: string) => {
    const value = ids.get(key);
    if (value === undefined) throw new Error(`demo data: unknown agency key ${key}`);
    return value;
  };
  for (const g of DEMO_GROUPS) {
    await createGroup(ctx, {
      name: g.name,
      province: 'Tuyên Quang',
      isOpen: g.rule === null,
      rule: g.rule,
      aliases: g.aliases ?? [],
      includes: (g.includes ?? []).map(id),
    });
  }
  for (const e of DEMO_EVENTS) {
    await recordSuccessionEvent(ctx, {
      kind: e.kind,
      effectiveOn: e.effectiveOn,
      legalBasis: e.legalBasis,
      note: e.note ?? null,
      newName: e.newName,
      links: e.links.map((l) => ({
        fromAgencyId: id(l.from),
        toAgencyId: l.to === null ? null : id(l.to),
        functions: l.functions ?? [],
      })),
    });
  }
  for (const u of DEMO_USERS) {
    await createUser(
      ctx,
      {
        username: u.username,
        displayName: u.displayName,
        password: DEMO_PASSWORD,
        role: u.role,
        agencyId: u.agency ? id(u.agency) : null,
      },
      { demoPassword: true },
    );
  }
  // The plan is read with the registry's names as lexicon, as the upload screen reads it.
  const lexicon = [...new Set((await loadNameIndex(ctx.db)).entries.map((e) => e.known))];
  const seed = await parsePlanFile(SEED_PLAN_PATH, { lexicon });
  const bytes = new Uint8Array(await readFile(SEED_PLAN_PATH));
  const { planId } = await importPlan(ctx, seed, {
    province: 'Tuyên Quang',
    source: { filename: 'ke-hoach-ttdn-tuyen-quang-2025.txt', mimeType: 'text/plain', bytes },
  });
  await ctx.db.update(plans).set({ status: 'issued' }).where(eq(plans.id, planId));
  await (await import('./reporting-demo.js')).loadReportingDemo(ctx, { seedPlanId: planId });
  await (await import('./ministry-demo.js')).loadMinistryDemo(ctx);
  await (await import('./response-demo.js')).loadResponseDemo(ctx);
  await (await import('./guidance-demo.js')).loadGuidanceDemo(ctx);
  await (await import('./budget-demo.js')).loadBudgetDemo(ctx);
  await ctx.db.insert(appMeta).values({ key: 'demo', value: { loadedAt: ctx.clock.now().toISOString() } });
}

/** Counts accounts; used to tell a first start from a later one. */
export async function countUsers(ctx: Pick<RequestContext, 'db'>): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
