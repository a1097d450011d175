import { eq } from 'drizzle-orm';
import { PlanJson, ROLE_FIELDS, TaskRoleKind } from '../../../common/contracts/plan-json.js';
import { foldDiacritics, normalizeText } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { legalBases, plans, taskRoles, tasks } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { storeAttachment } from '../attachments/store-attachment.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadNameIndex, type NameIndex, type NameResolution, resolveName } from '../organisations/resolve-name.js';

export type ImportOptions = {
  /** Province the plan belongs to when the document does not say. */
  province?: string;
  /** Explicit choices made in the review screen: printed name → agency or group. */
  choices?: Record<string, { type: 'agency' | 'group'; id: number }>;
  source?: { filename: string; mimeType: string; bytes: Uint8Array };
  /** The source file already stored by the upload step. */
  sourceAttachmentId?: number;
};

/** Every distinct agency name of a parsed plan with how the registry resolves it. */
export function resolvePlanNames(index: NameIndex, plan: PlanJson, province: string): NameResolution[] {
  const seen = new Map<string, NameResolution>();
  const date = plan.document.issuedOn ?? (plan.document.year ? `${plan.document.year}-01-01` : undefined);
  for (const task of plan.tasks) {
    for (const role of TaskRoleKind.options) {
      for (const printed of task[ROLE_FIELDS[role]]) {
        if (!seen.has(printed)) seen.set(printed, resolveName(index, printed, { province, date }));
      }
    }
  }
  return [...seen.values()];
}

/** Shows how each name of a parsed plan resolves, before anything is stored (the review screen). */
export async function previewPlanImport(ctx: RequestContext, raw: PlanJson, options: ImportOptions = {}) {
  authorize(ctx.actor, 'plan.import');
  const plan = PlanJson.parse(raw);
  const province = options.province ?? plan.document.province ?? 'Tuyên Quang';
  const index = await loadNameIndex(ctx.db);
  return { province, names: resolvePlanNames(index, plan, province) };
}

/**
 * Stores a parsed plan as a draft: tasks in document order with parents, each role pointing at
 * the agency or group its printed name resolves to (unresolved names are kept as printed and
 * warned about), the source file attached. Coordinators and admins only.
 */
export async function importPlan(ctx: RequestContext, raw: PlanJson, options: ImportOptions = {}) {
  authorize(ctx.actor, 'plan.import');
  const parsed = PlanJson.safeParse(raw);
  if (!parsed.success) throw new AppError('PLAN_INVALID').with({ issues: parsed.error.issues.slice(0, 10) });
  const plan = parsed.data;
  if (plan.tasks.length === 0) throw new AppError('DOCUMENT_NOT_A_PLAN');
  const province = options.province ?? plan.document.province ?? 'Tuyên Quang';
  const year = plan.document.year;
  if (!year) throw new AppError('PLAN_YEAR_UNKNOWN');
  return inTransaction(ctx.db, async (tx) => {
    const index = await loadNameIndex(tx);
    const resolutions = new Map(resolvePlanNames(index, plan, province).map((r) => [r.asPrinted, r]));
    // Choices may be keyed by the raw printed text or by its normalised form; accept both.
    const choices = new Map(
      Object.entries(options.choices ?? {}).map(([printed, choice]) => [normalizeText(printed), choice]),
    );
    const attachmentId = options.source
      ? await storeAttachment(tx, options.source)
      : (options.sourceAttachmentId ?? null);
    const warnings = [...plan.warnings];
    const [stored] = await tx
      .insert(plans)
      .values({
        province,
        year,
        kind: plan.document.kind ?? 'KH',
        number: plan.document.number,
        title: plan.document.title ?? `Kế hoạch năm ${year}`,
        issuer: plan.document.issuer,
        issuedOn: plan.document.issuedOn,
        signer: plan.document.signer,
        status: 'draft',
        reportingDeadlines: plan.reportingDeadlines,
        recipients: plan.recipients,
        warnings,
        sourceAttachmentId: attachmentId,
      })
      .returning();
    const planId = stored!.id;
    if (plan.legalBases.length) {
      await tx.insert(legalBases).values(plan.legalBases.map((b, position) => ({ planId, position, ...b })));
    }
    const idByCode = new Map<string, number>();
    let unresolved = 0;
    for (const [position, task] of plan.tasks.entries()) {
      const [row] = await tx
        .insert(tasks)
        .values({
          planId,
          code: task.code,
          parentId: task.parent ? (idByCode.get(task.parent) ?? null) : null,
          position,
          title: normalizeText(task.title),
          content: task.content,
          search: foldDiacritics(`${task.code} ${task.title} ${task.content}`),
          timeframeKind: task.timeframe.kind,
          timeframeText: task.timeframe.text,
          timeframeDue: task.timeframe.due,
        })
        .returning({ id: tasks.id });
      idByCode.set(task.code, row!.id);
      const roleRows = [];
      for (const role of TaskRoleKind.options) {
        for (const printed of task[ROLE_FIELDS[role]]) {
          const chosen = choices.get(normalizeText(printed)) ?? resolutions.get(normalizeText(printed))?.match ?? null;
          if (!chosen) {
            unresolved++;
            warnings.push(`${task.code}: chưa xác định được cơ quan “${printed}” / unresolved agency name`);
          }
          roleRows.push({
            taskId: row!.id,
            role,
            position: roleRows.length,
            agencyId: chosen?.type === 'agency' ? chosen.id : null,
            groupId: chosen?.type === 'group' ? chosen.id : null,
            asPrinted: printed,
          });
        }
      }
      if (roleRows.length) await tx.insert(taskRoles).values(roleRows);
    }
    if (warnings.length !== plan.warnings.length) {
      await tx.update(plans).set({ warnings }).where(eq(plans.id, planId));
    }
    await recordAuditEvent(tx, ctx, {
      action: 'plan.import',
      subjectType: 'plan',
      subjectId: planId,
      after: { year, title: stored!.title, tasks: plan.tasks.length, unresolved, attachmentId },
    });
    return { planId, tasks: plan.tasks.length, unresolved, warnings };
  });
}
