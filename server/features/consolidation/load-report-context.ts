/**
 * Loads the report's context (report-context.ts) in a handful of queries: the registry snapshot
 * (cached per registry version), the plan's roles, last year's same period, the agencies' own plans,
 * focal officials and spokespersons, reorganisation events and the next deadline.
 */

import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { agencyNames, successionEvents, successionLinks } from '../../db/schema/organisations.js';
import { plans } from '../../db/schema/plans.js';
import {
  focalOfficials,
  obligations,
  reportingPeriods,
  spokespersons,
  submissionIndicatorValues,
  submissions,
} from '../../db/schema/reporting.js';
import { existsOn, type OrgSnapshot } from '../organisations/org-snapshot.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { resolveHolders } from '../organisations/resolve-holders.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { loadBudgetSummary } from '../budget/budget-report.js';
import { loadResponseSummary } from '../response/response-report.js';
import { COUNTED_STATUSES } from './consolidate.js';
import type { History, Place, ReorganisationEvent, ReportContext, ResolvedRole } from './report-context.js';

type PeriodRow = typeof reportingPeriods.$inferSelect;
type PlanRow = typeof plans.$inferSelect;

/** What the context loader is given by the period loader. */
export type ContextSeed = {
  period: PeriodRow;
  plan: PlanRow;
  /** Agency names valid on the due date. */
  nameOn: Map<number, string>;
  obligated: number[];
  reporting: number[];
  indicatorCodeById: Map<number, string>;
};

const LOCAL_GOVERNMENT = new Set(['province-committee', 'district-committee', 'commune-committee']);

/** The report's context for one period. */
export async function loadContext(tx: Tx, seed: ContextSeed): Promise<ReportContext> {
  const { period, plan } = seed;
  const snapshot = await loadOrgSnapshot(tx);
  const nameOf = (id: number) => seed.nameOn.get(id) ?? snapshot.agencies.get(id)?.name ?? `#${id}`;
  const roles = await resolvedRoles(tx, snapshot, plan, period.dueOn, nameOf);
  const agencyKinds: ReportContext['agencyKinds'] = {};
  for (const a of snapshot.agencies.values()) agencyKinds[a.id] = a.kind;
  const horizon = period.kind === 'annual' ? `${period.year + 1}-12-31` : `${period.year}-12-31`;
  return {
    roles,
    agencyKinds,
    history: await loadHistory(tx, snapshot, seed),
    agencyPlans: await loadAgencyPlans(tx, plan.id, period),
    focal: await loadFocal(tx, seed.obligated, period.windowTo),
    events: await loadEvents(tx, snapshot, plan.province, period.windowFrom, horizon),
    places: placesOf(snapshot),
    nextPeriod: await loadNextPeriod(tx, plan.id, period),
    coordinator: coordinatorOf(roles),
    response: await loadResponseSummary(tx, period.windowFrom, period.windowTo),
    budget: await loadBudgetSummary(tx, period.year, period.windowTo),
  };
}

async function resolvedRoles(
  tx: Tx,
  snapshot: OrgSnapshot,
  plan: PlanRow,
  asOf: string,
  nameOf: (id: number) => string,
): Promise<ResolvedRole[]> {
  const planRoles = await loadPlanRoles(tx, plan.id);
  const out: ResolvedRole[] = [];
  for (const task of planRoles.tasks) {
    for (const role of task.roles) {
      const holders = role.target
        ? resolveHolders(snapshot, role.target, {
            planFunction: planRoles.function,
            referenceDate: planRoles.referenceDate,
            asOf,
          }).filter((h) => {
            const agency = snapshot.agencies.get(h.agencyId);
            return agency !== undefined && existsOn(agency, asOf);
          })
        : [];
      out.push({
        taskId: task.id,
        role: role.role,
        printed: role.asPrinted,
        isGroup: role.target?.type === 'group',
        holders: holders.map((h) => ({ agencyId: h.agencyId, name: nameOf(h.agencyId) })),
      });
    }
  }
  return out;
}

/** The department holding the most lead roles named agency by agency: it drafts the report. */
function coordinatorOf(roles: ResolvedRole[]): ReportContext['coordinator'] {
  const count = new Map<number, { name: string; n: number }>();
  for (const r of roles) {
    if (r.role !== 'lead' || r.isGroup) continue;
    for (const h of r.holders) count.set(h.agencyId, { name: h.name, n: (count.get(h.agencyId)?.n ?? 0) + 1 });
  }
  const best = [...count].sort((a, b) => b[1].n - a[1].n || a[0] - b[0])[0];
  return best ? { agencyId: best[0], name: best[1].name, abbreviation: null } : null;
}

/**
 * The same kind of period in the province's plan of the year before, summed province-wide and per
 * current agency (an agency's past includes what its predecessors reported, so Sở Văn hóa, Thể
 * thao và Du lịch's 2025 figures compare with Sở Thông tin và Truyền thông's 2024 ones).
 */
async function loadHistory(tx: Tx, snapshot: OrgSnapshot, seed: ContextSeed): Promise<History | null> {
  const { period, plan } = seed;
  const [previous] = await tx
    .select({ id: reportingPeriods.id, label: reportingPeriods.label })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .where(
      and(eq(plans.province, plan.province), eq(plans.year, period.year - 1), eq(reportingPeriods.kind, period.kind)),
    )
    .orderBy(desc(reportingPeriods.windowTo))
    .limit(1);
  if (!previous) return null;
  const rows = await tx
    .select({
      agencyId: submissions.agencyId,
      indicatorId: submissionIndicatorValues.indicatorId,
      key: submissionIndicatorValues.breakdownKey,
      value: submissionIndicatorValues.value,
    })
    .from(submissionIndicatorValues)
    .innerJoin(submissions, eq(submissions.id, submissionIndicatorValues.submissionId))
    .where(and(eq(submissions.periodId, previous.id), inArray(submissions.status, [...COUNTED_STATUSES])));
  // Per (agency, code): the stated total, else the breakdown's sum — consolidate.ts's rule.
  const cells = new Map<string, { agencyId: number; code: string; total: number | null; keyed: Map<string, number> }>();
  for (const r of rows) {
    const code = seed.indicatorCodeById.get(r.indicatorId);
    if (!code) continue;
    const id = `${r.agencyId}|${code}`;
    const cell = cells.get(id) ?? { agencyId: r.agencyId, code, total: null, keyed: new Map() };
    if (r.key === '') cell.total = (cell.total ?? 0) + Number(r.value);
    else cell.keyed.set(r.key, (cell.keyed.get(r.key) ?? 0) + Number(r.value));
    cells.set(id, cell);
  }
  const totals: History['totals'] = {};
  const oldByAgency = new Map<number, Record<string, number>>();
  for (const cell of cells.values()) {
    const value = cell.total ?? [...cell.keyed.values()].reduce((a, b) => a + b, 0);
    const t = totals[cell.code] ?? { total: 0, byBreakdown: {} };
    t.total += value;
    for (const [k, v] of cell.keyed) t.byBreakdown[k] = (t.byBreakdown[k] ?? 0) + v;
    totals[cell.code] = t;
    const mine = oldByAgency.get(cell.agencyId) ?? {};
    mine[cell.code] = (mine[cell.code] ?? 0) + value;
    oldByAgency.set(cell.agencyId, mine);
  }
  const byAgency: History['byAgency'] = {};
  for (const agencyId of new Set([...seed.obligated, ...seed.reporting])) {
    const sum: Record<string, number> = {};
    for (const id of lineage(snapshot, agencyId, period.dueOn, plan.function)) {
      for (const [code, v] of Object.entries(oldByAgency.get(id) ?? {})) sum[code] = (sum[code] ?? 0) + v;
    }
    if (Object.keys(sum).length > 0) byAgency[agencyId] = sum;
  }
  return { label: previous.label, totals, byAgency };
}

/** The agency and every agency whose duties of this function passed into it (transfers included). */
function lineage(snapshot: OrgSnapshot, agencyId: number, asOf: string, planFunction: string): number[] {
  const result = new Set<number>([agencyId]);
  const queue = [agencyId];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const link of snapshot.linksTo.get(current) ?? []) {
      if (link.effectiveOn > asOf || result.has(link.fromAgencyId)) continue;
      if (link.kind === 'transfer' && link.functions.length > 0 && !link.functions.includes(planFunction)) continue;
      result.add(link.fromAgencyId);
      queue.push(link.fromAgencyId);
    }
  }
  return [...result];
}

async function loadAgencyPlans(tx: Tx, planId: number, period: PeriodRow): Promise<ReportContext['agencyPlans']> {
  if (period.kind === 'agency-plan') return null;
  const [own] = await tx
    .select({ id: reportingPeriods.id, label: reportingPeriods.label })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.kind, 'agency-plan')))
    .limit(1);
  if (!own) return null;
  const expected = await tx.$count(obligations, eq(obligations.periodId, own.id));
  const submitted = await tx.$count(
    submissions,
    and(eq(submissions.periodId, own.id), inArray(submissions.status, [...COUNTED_STATUSES])),
  );
  return expected > 0 ? { submitted, expected, label: own.label } : null;
}

async function loadFocal(tx: Tx, obligated: number[], on: string): Promise<ReportContext['focal']> {
  if (obligated.length === 0) return null;
  const focal = await tx
    .select({ agencyId: focalOfficials.agencyId, kind: focalOfficials.kind })
    .from(focalOfficials)
    .where(
      and(
        inArray(focalOfficials.agencyId, obligated),
        lte(focalOfficials.validFrom, on),
        or(isNull(focalOfficials.validTo), gte(focalOfficials.validTo, on)),
      ),
    );
  const speakers = await tx
    .selectDistinct({ agencyId: spokespersons.agencyId })
    .from(spokespersons)
    .where(
      and(
        inArray(spokespersons.agencyId, obligated),
        lte(spokespersons.validFrom, on),
        or(isNull(spokespersons.validTo), gte(spokespersons.validTo, on)),
      ),
    );
  const leaders = new Set(focal.filter((f) => f.kind === 'leader').map((f) => f.agencyId));
  const officers = new Set(focal.filter((f) => f.kind === 'officer').map((f) => f.agencyId));
  return {
    expected: obligated.length,
    withLeader: leaders.size,
    withOfficer: officers.size,
    withBoth: [...leaders].filter((id) => officers.has(id)).length,
    spokespersons: speakers.length,
  };
}

async function loadEvents(
  tx: Tx,
  snapshot: OrgSnapshot,
  province: string,
  from: string,
  to: string,
): Promise<ReorganisationEvent[]> {
  const rows = await tx
    .select({
      effectiveOn: successionEvents.effectiveOn,
      kind: successionEvents.kind,
      fromAgencyId: successionLinks.fromAgencyId,
      toAgencyId: successionLinks.toAgencyId,
      functions: successionLinks.functions,
    })
    .from(successionLinks)
    .innerJoin(successionEvents, eq(successionEvents.id, successionLinks.eventId))
    .where(and(gte(successionEvents.effectiveOn, from), lte(successionEvents.effectiveOn, to)))
    .orderBy(asc(successionEvents.effectiveOn), asc(successionLinks.id));
  const ids = [...new Set(rows.flatMap((r) => [r.fromAgencyId, ...(r.toAgencyId === null ? [] : [r.toAgencyId])]))];
  const names = ids.length
    ? await tx.select().from(agencyNames).where(inArray(agencyNames.agencyId, ids)).orderBy(asc(agencyNames.validFrom))
    : [];
  // The name a body had on a date: the one valid then, else its last name before it.
  const nameOn = (id: number, date: string) => {
    const mine = names.filter((n) => n.agencyId === id && n.validFrom <= date);
    const valid = mine.find((n) => n.validTo === null || n.validTo >= date);
    return (valid ?? mine.at(-1))?.name ?? snapshot.agencies.get(id)?.name ?? `#${id}`;
  };
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const out: ReorganisationEvent[] = [];
  for (const r of rows) {
    const fromAgency = snapshot.agencies.get(r.fromAgencyId);
    const toAgency = r.toAgencyId === null ? undefined : snapshot.agencies.get(r.toAgencyId);
    if (!fromAgency || (fromAgency.province !== province && toAgency?.province !== province)) continue;
    out.push({
      effectiveOn: r.effectiveOn,
      kind: r.kind,
      functions: r.functions,
      from: {
        agencyId: fromAgency.id,
        name: nameOn(fromAgency.id, dayBefore(r.effectiveOn)),
        kind: fromAgency.kind,
        province: fromAgency.province,
      },
      to: toAgency
        ? {
            agencyId: toAgency.id,
            name: nameOn(toAgency.id, r.effectiveOn),
            kind: toAgency.kind,
            province: toAgency.province,
          }
        : null,
    });
  }
  return out;
}

/** Places named by local governments: "Ủy ban nhân dân huyện Đồng Văn" → "Đồng Văn" of Hà Giang until 30/6/2025. */
function placesOf(snapshot: OrgSnapshot): Place[] {
  const out: Place[] = [];
  for (const a of snapshot.agencies.values()) {
    if (!LOCAL_GOVERNMENT.has(a.kind)) continue;
    const m = /^(?:Ủy|Uỷ) ban nhân dân (?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn) (.+)$/u.exec(a.name);
    if (!m) continue;
    const name = m[1]!.trim();
    const base = name.replace(/\s+\d+$/u, '');
    for (const n of new Set([name, base]))
      out.push({ name: n, province: a.province, validFrom: a.validFrom, validTo: a.validTo });
  }
  return out;
}

async function loadNextPeriod(tx: Tx, planId: number, period: PeriodRow): Promise<ReportContext['nextPeriod']> {
  const [next] = await tx
    .select({ label: reportingPeriods.label, kind: reportingPeriods.kind, dueOn: reportingPeriods.dueOn })
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.planId, planId),
        inArray(reportingPeriods.kind, ['semiannual', 'annual']),
        gt(reportingPeriods.dueOn, period.dueOn),
      ),
    )
    .orderBy(asc(reportingPeriods.dueOn))
    .limit(1);
  return next ?? null;
}
