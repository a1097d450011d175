import { asc, eq, inArray } from 'drizzle-orm';
import type { PlanJson, PlanJsonTask } from '../../../common/contracts/plan-json.js';
import type { Db, Tx } from '../../db/client.js';
import { legalBases, plans, taskRoles, tasks } from '../../db/schema/plans.js';
import { AppError } from '../../../common/errors.js';

const ROLE_FIELD = { lead: 'lead', coordinator: 'coordinators', implementer: 'implementers', guide: 'guides' } as const;

/** A stored plan back in the importer's contract shape (for export, diff and round trips). */
export async function loadPlanAsJson(db: Db | Tx, planId: number): Promise<PlanJson> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw new AppError('NOT_FOUND', { resource: 'plan', id: `#${planId}` });
  const taskRows = await db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position));
  const roleRows = taskRows.length
    ? await db
        .select()
        .from(taskRoles)
        .where(
          inArray(
            taskRoles.taskId,
            taskRows.map((t) => t.id),
          ),
        )
        .orderBy(asc(taskRoles.position))
    : [];
  const bases = await db
    .select()
    .from(legalBases)
    .where(eq(legalBases.planId, planId))
    .orderBy(asc(legalBases.position));
  const codeById = new Map(taskRows.map((t) => [t.id, t.code]));
  return {
    document: {
      kind: plan.kind,
      number: plan.number,
      title: plan.title,
      year: plan.year,
      issuer: plan.issuer,
      province: plan.province,
      issuedOn: plan.issuedOn,
      signer: plan.signer,
    },
    legalBases: bases.map((b) => ({ symbol: b.symbol, kind: b.kind, date: b.date, issuer: b.issuer })),
    tasks: taskRows.map((t): PlanJsonTask => {
      const task: PlanJsonTask = {
        code: t.code,
        parent: t.parentId === null ? null : (codeById.get(t.parentId) ?? null),
        title: t.title,
        content: t.content,
        lead: [],
        coordinators: [],
        implementers: [],
        guides: [],
        timeframe: {
          text: t.timeframeText,
          kind: t.timeframeKind as PlanJsonTask['timeframe']['kind'],
          due: t.timeframeDue,
        },
      };
      for (const r of roleRows) if (r.taskId === t.id) task[ROLE_FIELD[r.role]].push(r.asPrinted);
      return task;
    }),
    reportingDeadlines: plan.reportingDeadlines,
    recipients: plan.recipients,
    warnings: plan.warnings,
  };
}
