/**
 * The ministry's reading of every province (the request runs with `ttdn.read_all`): provinces side
 * by side for a plan year and period kind, and the indicators summed nationally from the figures the
 * provinces sent. A province merged away (2025: 63 → 34) is reported under its successor.
 */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type {
  MinistryOverview,
  NationalIndicator,
  ProvinceRow,
  UpwardFigures,
  UpwardPeriodKind,
} from '../../../common/contracts/upward.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { plans } from '../../db/schema/plans.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardReports } from '../../db/schema/upward.js';
import { authorize, can } from '../../policies/policy.js';
import { type UpwardRow, upwardReportView } from './upward.data.js';

type ProvinceRecord = typeof provinces.$inferSelect;

/** Each province's successor today: itself, or the end of its chain of mergers. */
export function successorsOf(all: ProvinceRecord[]): Map<number, ProvinceRecord> {
  const byId = new Map(all.map((p) => [p.id, p]));
  const out = new Map<number, ProvinceRecord>();
  for (const p of all) {
    let current = p;
    const seen = new Set<number>();
    while (current.mergedIntoId && byId.has(current.mergedIntoId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.mergedIntoId)!;
    }
    out.set(p.id, current);
  }
  return out;
}

/** Rate in percent with one decimal, as the consolidation prints it; null with nothing expected. */
function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.min(100, Math.round((part / whole) * 1000) / 10);
}

/** Agencies' reports to each province for the period kind and year, counted in the database. */
async function liveCounts(db: Db, year: number, kind: UpwardPeriodKind) {
  // First submission on a Vietnamese calendar day no later than the due date counts as on time.
  const result = await db.execute(sql`
    select o.province_id as "provinceId", count(*)::int as expected,
      count(s.id) filter (where s.status in ('submitted', 'accepted'))::int as submitted,
      count(s.id) filter (where s.status in ('submitted', 'accepted')
        and ((s.first_submitted_at at time zone 'UTC') + interval '7 hours')::date <= p.due_on)::int as "onTime"
    from obligations o
    join reporting_periods p on p.id = o.period_id
    left join submissions s on s.period_id = o.period_id and s.agency_id = o.agency_id
    where p.year = ${year} and p.kind = ${kind}
    group by o.province_id`);
  return new Map(
    (result.rows as Array<{ provinceId: number; expected: number; submitted: number; onTime: number }>).map((r) => [
      r.provinceId,
      r,
    ]),
  );
}

/** The period asked for, else the latest any province has reported upward, else this year's half-year. */
async function periodOrLatest(db: Db, year: number | undefined, kind: UpwardPeriodKind | undefined, thisYear: number) {
  if (year !== undefined && kind !== undefined) return { year, kind };
  const [latest] = await db
    .select({ year: upwardReports.year, kind: upwardReports.periodKind })
    .from(upwardReports)
    .where(year === undefined ? undefined : eq(upwardReports.year, year))
    .orderBy(desc(upwardReports.year), desc(sql`${upwardReports.periodKind} = 'annual'`))
    .limit(1);
  return { year: year ?? latest?.year ?? thisYear, kind: kind ?? latest?.kind ?? 'semiannual' };
}

/** Is the report's first sending within the ministry's deadline (Vietnamese calendar day)? */
function sentOnTime(row: UpwardRow): boolean {
  const day = new Date(new Date(row.firstSubmittedAt).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return day <= row.ministryDueOn;
}

/** Sums the figures of the reports received, by indicator code, with each (successor) province's value. */
export function sumIndicators(
  reports: Array<{ provinceId: number; name: string; figures: UpwardFigures }>,
): NationalIndicator[] {
  const byCode = new Map<string, NationalIndicator>();
  for (const r of reports) {
    for (const i of r.figures.indicators) {
      const entry = byCode.get(i.code) ?? { ...i, total: 0, byProvince: [] };
      entry.total = Math.round((entry.total + i.total) * 1e6) / 1e6;
      const mine = entry.byProvince.find((p) => p.provinceId === r.provinceId);
      if (mine) mine.value = Math.round((mine.value + i.total) * 1e6) / 1e6;
      else entry.byProvince.push({ provinceId: r.provinceId, name: r.name, value: i.total });
      byCode.set(i.code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The ministry's overview of a plan year and period kind (ministry only). */
export async function getMinistryOverview(
  ctx: RequestContext,
  asked: number | undefined,
  askedKind: UpwardPeriodKind | undefined,
): Promise<Omit<MinistryOverview, 'abilities'>> {
  authorize(ctx.actor, 'ministry.read');
  const { year, kind } = await periodOrLatest(ctx.db, asked, askedKind, Number(ctx.clock.today().slice(0, 4)));
  const all = await ctx.db.select().from(provinces).where(eq(provinces.kind, 'province')).orderBy(asc(provinces.name));
  const successor = successorsOf(all);
  // One after another: a request's queries share one connection.
  const planRows = await ctx.db
    .select({ provinceId: plans.provinceId, title: plans.title })
    .from(plans)
    .where(and(eq(plans.year, year), ne(plans.status, 'draft')))
    .orderBy(asc(plans.id));
  const counts = await liveCounts(ctx.db, year, kind);
  const reports = await ctx.db
    .select()
    .from(upwardReports)
    .where(and(eq(upwardReports.year, year), eq(upwardReports.periodKind, kind)));
  const rows = new Map<number, ProvinceRow>();
  for (const p of all.filter((x) => successor.get(x.id)!.id === x.id)) {
    rows.set(p.id, {
      provinceId: p.id,
      code: p.code,
      name: p.name,
      mergedNames: [],
      planTitles: [],
      expected: 0,
      submitted: 0,
      onTime: 0,
      submittedRate: null,
      onTimeRate: null,
      upward: null,
    });
  }
  const rowOf = (provinceId: number) => {
    const target = successor.get(provinceId);
    return target ? rows.get(target.id) : undefined;
  };
  for (const p of all) if (successor.get(p.id)!.id !== p.id) rowOf(p.id)?.mergedNames.push(p.name);
  for (const plan of planRows) rowOf(plan.provinceId)?.planTitles.push(plan.title);
  const reportByProvince = new Map(reports.map((r) => [r.provinceId, r]));
  for (const p of all) {
    const row = rowOf(p.id);
    if (!row) continue;
    // The figures a province sent are what the ministry holds; live counts stand in until it sends.
    const sent = reportByProvince.get(p.id);
    const c = sent ? (sent.figures as UpwardFigures).counts : counts.get(p.id);
    if (c) {
      row.expected += c.expected;
      row.submitted += c.submitted;
      row.onTime += c.onTime;
    }
    // The successor's own report is the one shown; a predecessor's stands in only when it has none.
    if (sent && (successor.get(p.id)!.id === p.id || row.upward === null)) {
      row.upward = {
        id: sent.id,
        status: sent.status,
        version: sent.version,
        submittedAt: sent.submittedAt,
        ministryDueOn: sent.ministryDueOn,
        onTime: sentOnTime(sent),
        fromProvince: p.name,
      };
    }
  }
  for (const row of rows.values()) {
    // A province hosted elsewhere has no plan here: the title it sent stands in.
    if (row.planTitles.length === 0 && row.upward) {
      const sent = reports.find((r) => r.id === row.upward!.id);
      if (sent) row.planTitles.push((sent.figures as UpwardFigures).planTitle);
    }
    row.submittedRate = percent(row.submitted, row.expected);
    row.onTimeRate = percent(row.onTime, row.expected);
  }
  const received = reports.filter((r) => rowOf(r.provinceId));
  const indicators = sumIndicators(
    received.map((r) => {
      const row = rowOf(r.provinceId)!;
      return { provinceId: row.provinceId, name: row.name, figures: r.figures as UpwardFigures };
    }),
  );
  const list = [...rows.values()];
  return {
    year,
    kind,
    provinces: list,
    indicators,
    totals: {
      provinces: list.length,
      received: list.filter((r) => r.upward).length,
      accepted: list.filter((r) => r.upward?.status === 'accepted').length,
      onTime: list.filter((r) => r.upward?.onTime).length,
    },
  };
}

/** One upward report: the ministry reads any; a province's coordinators and leaders read their own. */
export async function getUpwardReport(ctx: RequestContext, id: number) {
  if (!can(ctx.actor, 'ministry.read')) authorize(ctx.actor, 'consolidation.build');
  const [row] = await ctx.db.select().from(upwardReports).where(eq(upwardReports.id, id));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'upwardReport', id: String(id) });
  return { row, view: await upwardReportView(ctx.db, row) };
}
