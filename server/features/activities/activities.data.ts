import { and, asc, desc, eq, gte, inArray, lte, ne, type SQL } from 'drizzle-orm';
import type { ActivityKind, ActivityView } from '../../../common/contracts/activities.js';
import { AppError } from '../../../common/errors.js';
import type { FigureRefusal } from '../../../common/reporting/figures.js';
import type { Db, Tx } from '../../db/client.js';
import { activities, activityOutputs } from '../../db/schema/activities.js';
import { agencies } from '../../db/schema/organisations.js';
import { plans, tasks } from '../../db/schema/plans.js';
import { indicators } from '../../db/schema/reporting.js';
import { loadIndicators, validateIndicatorValues } from '../reporting/indicator-catalogue.js';
import type { ActivityFacts } from './activity-sums.js';

export type ActivityRow = typeof activities.$inferSelect;

/** Which activities to load: agencies (null: every agency), a window on the first day, a task, a kind. */
export type ActivityQuery = {
  agencyIds: number[] | null;
  from?: string;
  to?: string;
  taskId?: number;
  kind?: ActivityKind;
};

/** Activities with their outputs, task and agency names, newest first. */
export async function loadActivities(db: Db | Tx, query: ActivityQuery): Promise<Array<ActivityView & ActivityFacts>> {
  if (query.agencyIds && query.agencyIds.length === 0) return [];
  const where: Array<SQL | undefined> = [
    query.agencyIds ? inArray(activities.agencyId, query.agencyIds) : undefined,
    query.from ? gte(activities.startsOn, query.from) : undefined,
    query.to ? lte(activities.startsOn, query.to) : undefined,
    query.taskId ? eq(activities.taskId, query.taskId) : undefined,
    query.kind ? eq(activities.kind, query.kind) : undefined,
  ];
  const rows = await db
    .select({ activity: activities, agency: agencies.name, taskCode: tasks.code, taskTitle: tasks.title })
    .from(activities)
    .innerJoin(agencies, eq(agencies.id, activities.agencyId))
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .where(and(...where))
    .orderBy(desc(activities.startsOn), desc(activities.id));
  return withOutputs(db, rows);
}

/** One activity by id, or NOT_FOUND (another province's ids are invisible, so they are not found either). */
export async function loadActivity(db: Db | Tx, id: number): Promise<ActivityView & ActivityFacts> {
  const rows = await db
    .select({ activity: activities, agency: agencies.name, taskCode: tasks.code, taskTitle: tasks.title })
    .from(activities)
    .innerJoin(agencies, eq(agencies.id, activities.agencyId))
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .where(eq(activities.id, id));
  const [found] = await withOutputs(db, rows);
  if (!found) throw new AppError('NOT_FOUND', { resource: 'activity', id: String(id) });
  return found;
}

async function withOutputs(
  db: Db | Tx,
  rows: Array<{ activity: ActivityRow; agency: string; taskCode: string; taskTitle: string }>,
): Promise<Array<ActivityView & ActivityFacts>> {
  const ids = rows.map((r) => r.activity.id);
  const outputs = ids.length
    ? await db
        .select({
          activityId: activityOutputs.activityId,
          code: indicators.code,
          breakdownKey: activityOutputs.breakdownKey,
          value: activityOutputs.value,
        })
        .from(activityOutputs)
        .innerJoin(indicators, eq(indicators.id, activityOutputs.indicatorId))
        .where(inArray(activityOutputs.activityId, ids))
        .orderBy(asc(indicators.position), asc(activityOutputs.breakdownKey))
    : [];
  const byActivity = new Map<number, Array<{ code: string; breakdownKey: string; value: number }>>();
  for (const o of outputs) {
    const list = byActivity.get(o.activityId) ?? [];
    list.push({ code: o.code, breakdownKey: o.breakdownKey, value: o.value });
    byActivity.set(o.activityId, list);
  }
  return rows.map(({ activity: a, agency, taskCode, taskTitle }) => ({
    id: a.id,
    agencyId: a.agencyId,
    agency,
    taskId: a.taskId,
    taskCode,
    taskTitle,
    kind: a.kind,
    title: a.title,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    place: a.place,
    participants: a.participants,
    costDong: a.costDong,
    evidenceLinks: a.evidenceLinks,
    notes: a.notes,
    outputs: byActivity.get(a.id) ?? [],
    version: a.version,
    updatedAt: a.updatedAt,
  }));
}

/**
 * Checks an activity's outputs against the catalogue and returns the rows to store. On top of the
 * report's rules, an indicator with a breakdown needs a key: an activity's figure is always one
 * language or one medium, so that sums by key add up to the total the consolidated report shows.
 */
export async function validateOutputs(
  tx: Tx,
  outputs: Array<{ code: string; breakdownKey: string; value: number }>,
): Promise<Array<{ indicatorId: number; breakdownKey: string; value: number }>> {
  if (outputs.length === 0) return [];
  const rows = await loadIndicators(tx);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const missingKey: FigureRefusal[] = outputs
    .filter((o) => o.breakdownKey === '' && byCode.get(o.code)?.breakdown)
    .map((o) => ({
      code: o.code,
      name: byCode.get(o.code)!.name,
      breakdownKey: '',
      problem: 'unknownBreakdown',
      unit: byCode.get(o.code)!.unit,
    }));
  if (missingKey.length) {
    const names = [...new Set(missingKey.map((r) => `“${r.name}”`))].join(', ');
    throw new AppError('INDICATOR_INVALID', { count: missingKey.length, names }).with({ indicators: missingKey });
  }
  return validateIndicatorValues(
    rows,
    rows.map((r) => r.code),
    outputs,
  );
}

/**
 * Throws NOT_FOUND unless the task belongs to an issued (or archived) plan of this province: a draft
 * plan may still be deleted or re-imported, and its tasks with it.
 */
export async function assertTaskExists(tx: Tx, taskId: number): Promise<void> {
  const [task] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .where(and(eq(tasks.id, taskId), ne(plans.status, 'draft')));
  if (!task) throw new AppError('NOT_FOUND', { resource: 'task', id: String(taskId) });
}
