import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { wordMatcher } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { agencies, agencyGroups, agencyNames as agencyNameHistory } from '../../db/schema/organisations.js';
import { legalBases, plans, tasks } from '../../db/schema/plans.js';
import { AppError } from '../../../common/errors.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { loadNameIndex, resolveName } from '../organisations/resolve-name.js';
import { compareTaskCodes, computeOwes, type Obligation } from './owes.js';
import { loadPlanRoles } from './plan-roles.data.js';

/** Lists plans, newest year first. */
export async function listPlans(ctx: RequestContext) {
  authorize(ctx.actor, 'plan.read');
  return ctx.db
    .select({
      id: plans.id,
      year: plans.year,
      title: plans.title,
      kind: plans.kind,
      number: plans.number,
      status: plans.status,
      province: plans.province,
      issuedOn: plans.issuedOn,
    })
    .from(plans)
    .orderBy(desc(plans.year), asc(plans.id));
}

export type PlanTreeFilter = { agencyId?: number; role?: string; timeframe?: string; q?: string; asOf: string };

/**
 * The plan page: the task tree with role chips and timeframes, filtered by agency (what it owes
 * on `asOf`), role, timeframe kind and diacritic-free text. Agency staff only ever see what their
 * own agency owes; the ancestors of a shown task come along as context.
 */
export async function getPlanTree(ctx: RequestContext, planId: number, filter: PlanTreeFilter) {
  authorize(ctx.actor, 'plan.read');
  const scopedAgency = !readsAllAgencies(ctx.actor) && ctx.actor.kind === 'user' ? ctx.actor.agencyId : undefined;
  if (scopedAgency === null) throw new AppError('ACCOUNT_WITHOUT_AGENCY');
  const agencyId = scopedAgency ?? filter.agencyId;
  const roles = await loadPlanRoles(ctx.db, planId);
  const taskRows = await ctx.db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position));
  const bases = await ctx.db
    .select()
    .from(legalBases)
    .where(eq(legalBases.planId, planId))
    .orderBy(asc(legalBases.position));
  const agencyIds = [
    ...new Set(
      roles.tasks.flatMap((t) => t.roles.flatMap((r) => (r.target?.type === 'agency' ? [r.target.agencyId] : []))),
    ),
  ];
  const groupIds = [
    ...new Set(
      roles.tasks.flatMap((t) => t.roles.flatMap((r) => (r.target?.type === 'group' ? [r.target.groupId] : []))),
    ),
  ];
  const agencyNames = await namesOn(ctx, agencyIds, filter.asOf);
  const groupNames = new Map(
    (groupIds.length
      ? await ctx.db
          .select({ id: agencyGroups.id, name: agencyGroups.name })
          .from(agencyGroups)
          .where(inArray(agencyGroups.id, groupIds))
      : []
    ).map((g) => [g.id, g.name]),
  );

  let owes: Obligation[] | null = null;
  if (agencyId !== undefined) owes = computeOwes(await loadOrgSnapshot(ctx.db), roles, agencyId, filter.asOf);
  const owedByTask = new Map<number, Obligation[]>();
  for (const o of owes ?? []) {
    if (filter.role && o.role !== filter.role) continue;
    owedByTask.set(o.taskId, [...(owedByTask.get(o.taskId) ?? []), o]);
  }
  const hasWords = wordMatcher(filter.q ?? '');
  const rolesByTask = new Map(roles.tasks.map((t) => [t.id, t.roles]));
  const matches = (t: (typeof taskRows)[number]) =>
    (owes === null || owedByTask.has(t.id)) &&
    (!filter.role || owes !== null || (rolesByTask.get(t.id) ?? []).some((r) => r.role === filter.role)) &&
    (!filter.timeframe || t.timeframeKind === filter.timeframe) &&
    (!filter.q || hasWords(`${t.search} ${(rolesByTask.get(t.id) ?? []).map((r) => r.asPrinted).join(' ')}`));
  const byId = new Map(taskRows.map((t) => [t.id, t]));
  const shown = new Set<number>();
  const context = new Set<number>();
  for (const t of taskRows) {
    if (!matches(t)) continue;
    shown.add(t.id);
    for (let parent = t.parentId; parent !== null; parent = byId.get(parent)?.parentId ?? null)
      if (!shown.has(parent)) context.add(parent);
  }
  const visible = taskRows.filter((t) => shown.has(t.id) || context.has(t.id)).sort((a, b) => a.position - b.position);
  return {
    plan: { ...roles.plan, legalBases: bases },
    replaces: roles.plan.status === 'draft' ? await issuedPlanOfSameYear(ctx, roles.plan) : null,
    asOf: filter.asOf,
    agencyId: agencyId ?? null,
    scoped: scopedAgency !== undefined,
    totalTasks: taskRows.length,
    tasks: visible.map((t) => ({
      id: t.id,
      code: t.code,
      parentId: t.parentId,
      depth: t.code.split('.').length - 1,
      title: t.title,
      content: t.content,
      timeframe: { kind: t.timeframeKind, text: t.timeframeText, due: t.timeframeDue },
      isContext: !shown.has(t.id),
      roles: (rolesByTask.get(t.id) ?? []).map((r) => ({
        id: r.id,
        role: r.role,
        asPrinted: r.asPrinted,
        target:
          r.target === null
            ? null
            : r.target.type === 'agency'
              ? {
                  type: 'agency' as const,
                  id: r.target.agencyId,
                  name: agencyNames.get(r.target.agencyId) ?? r.asPrinted,
                }
              : { type: 'group' as const, id: r.target.groupId, name: groupNames.get(r.target.groupId) ?? r.asPrinted },
      })),
      owed: owedByTask.get(t.id) ?? [],
    })),
  };
}

/** The issued plan that issuing this draft would archive (same province and year), if any. */
async function issuedPlanOfSameYear(ctx: RequestContext, draft: { id: number; province: string; year: number }) {
  const [issued] = await ctx.db
    .select({ id: plans.id, title: plans.title, number: plans.number, issuedOn: plans.issuedOn })
    .from(plans)
    .where(
      and(
        eq(plans.province, draft.province),
        eq(plans.year, draft.year),
        eq(plans.status, 'issued'),
        ne(plans.id, draft.id),
      ),
    )
    .limit(1);
  return issued ?? null;
}

/**
 * "What does agency X owe in the plan of year Y as of D", with X given as printed in any form
 * the registry resolves (the CLI's `agency owes`).
 */
export async function findOwesByName(ctx: RequestContext, printedName: string, planYear: number, asOf: string) {
  authorize(ctx.actor, 'owes.read');
  const index = await loadNameIndex(ctx.db);
  const resolution = resolveName(index, printedName, { date: asOf });
  if (resolution.status !== 'resolved' || resolution.match?.type !== 'agency') {
    const hint = resolution.suggestions.map((s) => s.name).join('; ');
    throw new AppError('AGENCY_NAME_UNKNOWN', { name: printedName, suggestions: hint || '—' }).with({
      suggestions: resolution.suggestions,
    });
  }
  // The agency's own province's plan of that year, else the first plan of that year.
  const candidates = await ctx.db.select().from(plans).where(eq(plans.year, planYear)).orderBy(asc(plans.id));
  const plan = candidates.find((p) => p.province === resolution.match!.province) ?? candidates[0];
  if (!plan) throw new AppError('NO_PLAN_FOR_YEAR', { year: planYear });
  authorize(ctx.actor, 'owes.read', resolution.match.id);
  const owes = computeOwes(
    await loadOrgSnapshot(ctx.db),
    await loadPlanRoles(ctx.db, plan.id),
    resolution.match.id,
    asOf,
  );
  return {
    agency: resolution.match,
    plan: { id: plan.id, year: plan.year, title: plan.title },
    asOf,
    owes: owes.sort((a, b) => compareTaskCodes(a.code, b.code)),
  };
}

/** Each agency's name as it was on `date` (a rename shows only from its effective date). */
async function namesOn(ctx: RequestContext, agencyIds: number[], date: string): Promise<Map<number, string>> {
  if (agencyIds.length === 0) return new Map();
  const current = await ctx.db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, agencyIds));
  const names = new Map(current.map((a) => [a.id, a.name]));
  const history = await ctx.db.select().from(agencyNameHistory).where(inArray(agencyNameHistory.agencyId, agencyIds));
  for (const row of history) {
    if (row.validFrom <= date && (row.validTo === null || row.validTo >= date)) names.set(row.agencyId, row.name);
  }
  return names;
}
