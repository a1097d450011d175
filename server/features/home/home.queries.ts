import { eq } from 'drizzle-orm';
import type { HomeView, TrackView, WorkItem, WorkKind } from '../../../common/contracts/home.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { plans } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { can } from '../../policies/policy.js';
import { yearTrack } from '../budget/leaders-view.js';
import { consolidate, loadConsolidationInput } from '../consolidation/index.js';
import { findCurrentPlanId, listObligations, listPeriods, loadIndicators } from '../reporting/index.js';
import { listAccountWork, listUpwardWork } from './home-oversight.queries.js';

type Period = Awaited<ReturnType<typeof listPeriods>>[number];
type Row = Awaited<ReturnType<typeof listObligations>>['obligations'][number];

/** Order of a home list: what is wrong first, then what waits on the reader, then what is merely due. */
const ORDER: WorkKind[] = ['returned', 'overdue', 'awaiting-approval', 'awaiting-send', 'awaiting-review', 'due'];

/**
 * The period in progress: of the periods not yet closed, the latest whose due date has come, else
 * the next one to fall due (a new plan's first period).
 */
export function currentPeriod<P extends { dueOn: string; closedAt: unknown }>(periods: P[], today: string): P | null {
  const open = periods.filter((p) => !p.closedAt);
  const due = open.filter((p) => p.dueOn <= today).sort((a, b) => b.dueOn.localeCompare(a.dueOn));
  if (due[0]) return due[0];
  return open.filter((p) => p.dueOn > today).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}

/**
 * Why an agency's own report is on its staff's list, or null once accepted: a sent one waits on the
 * coordinator. The leader approves and sends; the officer writes, so a draft is the officer's "due"
 * or "overdue" — unless it is being corrected after a return (still "returned" until the officer
 * sends it back to the leader) or already awaits the leader's approval.
 */
export function ownWorkKind(
  row: Pick<Row, 'status' | 'timeliness'> & { returnedAt?: unknown; approvalRequestedAt?: unknown },
  leader: boolean,
): WorkKind | null {
  if (row.status === 'returned') return 'returned';
  if (row.status === 'draft' && !leader && row.returnedAt && !row.approvalRequestedAt) return 'returned';
  if (row.status === 'draft' && !leader && row.approvalRequestedAt) return 'awaiting-approval';
  if (row.status === 'accepted') return null;
  if (row.status === 'submitted') return 'awaiting-review';
  if (row.status === 'approved') return 'awaiting-send';
  if (row.status === 'draft' && leader) return 'awaiting-approval';
  return row.timeliness === 'overdue' ? 'overdue' : 'due';
}

function item(kind: WorkKind, period: Period, row: Row): WorkItem {
  return {
    kind,
    periodId: period.id,
    periodLabel: period.label,
    periodKind: period.kind,
    periodYear: period.year,
    agencyId: row.agencyId,
    agency: row.agency,
    status: row.status,
    timeliness: row.timeliness,
    dueOn: row.exceptionTo ?? row.dueOn,
    extended: row.exceptionTo !== null,
    locked: !row.entryOpen,
    submittedAt: row.submittedAt,
    returnedAt: row.returnedAt ?? null,
  };
}

const byUrgency = (a: WorkItem, b: WorkItem) =>
  ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.dueOn.localeCompare(b.dueOn) || a.agency.localeCompare(b.agency);

/** Agency staff: their own reports of the periods still open that need them, most urgent first. */
function agencyWork(periods: Period[], leader: boolean): WorkItem[] {
  const items: WorkItem[] = [];
  for (const period of periods) {
    if (period.closedAt || !period.ownStatus) continue;
    const kind = ownWorkKind(period.ownStatus, leader);
    if (kind) items.push(item(kind, period, period.ownStatus));
  }
  return items.sort(byUrgency);
}

/** The coordinator: sent reports awaiting review in any open period, and who is overdue in the current one. */
async function coordinatorWork(ctx: RequestContext, periods: Period[], current: Period | null): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  for (const period of periods) {
    if (period.closedAt) continue;
    const { obligations } = await listObligations(ctx, period.id);
    for (const row of obligations) {
      if (row.status === 'submitted') items.push(item('awaiting-review', period, row));
      else if (period.id === current?.id && row.timeliness === 'overdue') items.push(item('overdue', period, row));
    }
  }
  return items.sort(byUrgency);
}

/** "Are we on track": the current period's rates, tasks reported on, and its figures against a year before. */
async function track(ctx: RequestContext, periods: Period[], current: Period): Promise<TrackView> {
  const today = ctx.clock.today();
  const input = await inTransaction(ctx.db, (tx) => loadConsolidationInput(tx, current.id));
  const c = consolidate(input, today);
  const owed = c.tasks.filter((t) => t.roles.length > 0 || t.lines.length > 0);
  const english = new Map((await loadIndicators(ctx.db)).map((i) => [i.code, i]));
  const lastYear = periods.find(
    (p) => p.kind === current.kind && p.year === current.year - 1 && p.planId !== current.planId,
  );
  return {
    period: strip(current),
    rates: current.rates,
    tasksOwed: owed.length,
    tasksReported: owed.filter((t) => t.lines.length > 0).length,
    tasksDone: owed.filter((t) => t.lines.length > 0 && t.statusCounts.done > 0).length,
    lastYear: lastYear ? { period: strip(lastYear), rates: lastYear.rates } : null,
    figures: c.indicators
      .filter((i) => i.total > 0 || (i.previous?.total ?? 0) > 0)
      .map((i) => ({
        code: i.code,
        name: i.name,
        nameEn: english.get(i.code)?.nameEn ?? null,
        unit: i.unit,
        unitEn: english.get(i.code)?.unitEn ?? null,
        total: i.total,
        previous: i.previous?.total ?? null,
      })),
  };
}

function strip(period: Period): Omit<Period, 'rates' | 'ownStatus'> {
  const { rates: _rates, ownStatus: _own, ...rest } = period;
  return rest;
}

/**
 * The reader's home page by role — read-only, from the reporting queries as each role may read them:
 * agency officers see their reports due, overdue and returned; agency leaders also what awaits their
 * approval and sending; coordinators the current period's board and what needs a decision; province
 * leaders (viewer) whether the province is on track.
 */
export async function getHome(ctx: RequestContext): Promise<Omit<HomeView, 'abilities'>> {
  if (ctx.actor.kind !== 'user') throw new AppError('ONLY_USERS');
  const actor = ctx.actor;
  const today = ctx.clock.today();
  const [agency] =
    actor.agencyId === null
      ? []
      : await ctx.db
          .select({ id: agencies.id, name: agencies.name })
          .from(agencies)
          .where(eq(agencies.id, actor.agencyId));
  const planId = await findCurrentPlanId(ctx.db, today);
  const [plan] =
    planId === null
      ? []
      : await ctx.db
          .select({ id: plans.id, year: plans.year, title: plans.title, number: plans.number })
          .from(plans)
          .where(eq(plans.id, planId));
  const home = { today, role: actor.role, agency: agency ?? null, plan: plan ?? null, accounts: null, upward: null };
  if (actor.role === 'ministry')
    return { ...home, plan: null, work: [], current: null, track: null, upward: await listUpwardWork(ctx) };
  if (!can(actor, 'report.read')) return { ...home, work: [], current: null, track: null };
  const periods = await listPeriods(ctx);
  const current = currentPeriod(
    periods.filter((p) => p.planId === planId),
    today,
  );
  const currentView = current ? { period: strip(current), rates: current.rates } : null;
  switch (actor.role) {
    case 'agency-officer':
    case 'agency-leader':
      return {
        ...home,
        work: agencyWork(periods, actor.role === 'agency-leader'),
        current: currentView,
        track: null,
      };
    case 'viewer':
      return {
        ...home,
        work: [],
        current: currentView,
        track: current ? await track(ctx, periods, current) : null,
        yearTrack: await yearTrack(ctx, planId, periods),
      };
    default:
      return {
        ...home,
        work: await coordinatorWork(ctx, periods, current),
        current: currentView,
        track: null,
        accounts: actor.role === 'admin' ? await listAccountWork(ctx) : null,
      };
  }
}
