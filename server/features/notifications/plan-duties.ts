import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { formatDateVi } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { planAcknowledgements } from '../../db/schema/reporting.js';
import { plans } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { ROLE_LABELS } from '../../documents/official-docx/plan-xlsx.js';
import { AppError } from '../../../common/errors.js';
import { enqueueEmails, type OutboxMessage } from '../../mail/outbox.js';
import { authorize, ownsAgency, readsAllAgencies } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { resolveHolders } from '../organisations/resolve-holders.js';
import { computeOwes, type Obligation } from '../plans/owes.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { emailRecipients, loadAgencyUsers, loadFocalEmails } from './recipients.data.js';
import { createNotifications, type NewNotification } from './create-notifications.js';

/** The text listing an agency's duties: one line per task and role. */
export function dutyLines(owes: Obligation[]): string[] {
  return owes.map((o) => `- Nhiệm vụ ${o.code} (${ROLE_LABELS[o.role].toLowerCase()}): ${o.title}`);
}

/**
 * Notice of duties when a plan is issued (coordinator): every agency that owes tasks on `asOf`
 * (default the plan's reference date) gets an in-app notification for its users, an e-mail to its
 * focal officials listing the tasks and roles, and a plan_acknowledgements row awaiting its
 * acknowledgement — all in one transaction. Repeating the command notifies only agencies not yet
 * notified (dedupe keys).
 */
export async function notifyPlanDuties(ctx: RequestContext, planId: number, options: { asOf?: string } = {}) {
  authorize(ctx.actor, 'plan.manage');
  const roles = await loadPlanRoles(ctx.db, planId);
  if (roles.plan.status !== 'issued') {
    throw new AppError('PLAN_NOT_ISSUED');
  }
  const asOf = options.asOf ?? roles.referenceDate;
  const snapshot = await loadOrgSnapshot(ctx.db, [roles.plan.province]);
  // Resolve each role once to find who owes anything; computeOwes then explains each agency's duties.
  const owing = new Set<number>();
  for (const task of roles.tasks) {
    for (const role of task.roles) {
      if (!role.target) continue;
      for (const h of resolveHolders(snapshot, role.target, {
        planFunction: roles.function,
        referenceDate: roles.referenceDate,
        asOf,
      }))
        owing.add(h.agencyId);
    }
  }
  const duties = [...owing]
    .map((agencyId) => ({
      agencyId,
      name: snapshot.agencies.get(agencyId)?.name ?? `#${agencyId}`,
      owes: computeOwes(snapshot, roles, agencyId, asOf),
    }))
    .filter((d) => d.owes.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const agencyIds = duties.map((d) => d.agencyId);
  const today = ctx.clock.today();
  const [usersByAgency, focal] = await Promise.all([
    loadAgencyUsers(ctx.db, agencyIds),
    loadFocalEmails(ctx.db, agencyIds, today),
  ]);
  const planName = roles.plan.number ? `Kế hoạch số ${roles.plan.number}` : roles.plan.title;

  return inTransaction(ctx.db, async (tx) => {
    let notified = 0;
    let emails = 0;
    const summary: Array<{ agencyId: number; name: string; duties: number; newlyNotified: boolean }> = [];
    for (const d of duties) {
      const inserted = await tx
        .insert(planAcknowledgements)
        .values({ planId, agencyId: d.agencyId, notifiedAt: ctx.clock.now() })
        .onConflictDoNothing({ target: [planAcknowledgements.planId, planAcknowledgements.agencyId] })
        .returning({ id: planAcknowledgements.id });
      summary.push({ agencyId: d.agencyId, name: d.name, duties: d.owes.length, newlyNotified: inserted.length > 0 });
      const title = `Nhiệm vụ của ${d.name} theo ${planName}`;
      const lines = dutyLines(d.owes);
      const items: NewNotification[] = (usersByAgency.get(d.agencyId) ?? []).map((userId) => ({
        userId,
        kind: 'plan-duties',
        title,
        body: `${roles.plan.title}: ${d.owes.length} nhiệm vụ. Đề nghị xác nhận đã nhận.`,
        link: `/plans/${planId}?agency=${d.agencyId}`,
        dedupeKey: `plan-duties:${planId}:${d.agencyId}:${userId}`,
      }));
      notified += await createNotifications(tx, ctx.clock, items);
      const messages: OutboxMessage[] = emailRecipients(d.agencyId, ['officer', 'leader'], focal, []).map((r) => ({
        dedupeKey: `plan-duties:${planId}:${d.agencyId}:${r.email}`,
        to: r.email,
        subject: `[TTĐN] Thông báo nhiệm vụ: ${title}`,
        body: [
          `Kính gửi ${r.name},`,
          '',
          `Theo ${roles.plan.title}${roles.plan.issuedOn ? ` (ban hành ngày ${formatDateVi(roles.plan.issuedOn)})` : ''}, ${d.name} có ${d.owes.length} nhiệm vụ:`,
          '',
          ...lines,
          '',
          'Đề nghị cơ quan đăng nhập hệ thống để xác nhận đã nhận thông báo và triển khai thực hiện.',
        ].join('\n'),
      }));
      emails += await enqueueEmails(tx, ctx.clock, messages);
    }
    await recordAuditEvent(tx, ctx, {
      action: 'plan.notify-duties',
      subjectType: 'plan',
      subjectId: planId,
      after: { asOf, agencies: duties.length, notified, emails },
    });
    return { planId, asOf, agencies: summary, notifications: notified, emails };
  });
}

/** The agency's officer or leader confirms it received the notice of its duties (idempotent). */
export async function acknowledgePlan(ctx: RequestContext, planId: number) {
  const actor = ctx.actor;
  if (
    actor.kind !== 'user' ||
    actor.agencyId === null ||
    (actor.role !== 'agency-officer' && actor.role !== 'agency-leader')
  ) {
    throw new AppError('ONLY_AGENCY_STAFF');
  }
  const agencyId = actor.agencyId;
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .select()
      .from(planAcknowledgements)
      .where(and(eq(planAcknowledgements.planId, planId), eq(planAcknowledgements.agencyId, agencyId)));
    if (!row) throw new AppError('NO_PLAN_NOTICE');
    if (row.acknowledgedAt) return { planId, agencyId, acknowledgedAt: row.acknowledgedAt, alreadyAcknowledged: true };
    const now = ctx.clock.now();
    await tx
      .update(planAcknowledgements)
      .set({ acknowledgedAt: now, acknowledgedBy: actor.userId })
      .where(eq(planAcknowledgements.id, row.id));
    await recordAuditEvent(tx, ctx, {
      action: 'plan.acknowledge',
      subjectType: 'plan',
      subjectId: planId,
      after: { agencyId },
    });
    return { planId, agencyId, acknowledgedAt: now, alreadyAcknowledged: false };
  });
}

/** Who was notified of a plan and who has not acknowledged; agency staff see only their own agency. */
export async function listPlanAcknowledgements(
  ctx: RequestContext,
  planId: number,
  options: { pendingOnly?: boolean } = {},
) {
  authorize(ctx.actor, 'plan.read');
  // An unknown plan (or another province's) is a 404, not an empty list that reads as "all done".
  const [plan] = await ctx.db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw new AppError('NOT_FOUND', { resource: 'plan', id: `#${planId}` });
  const filters = [eq(planAcknowledgements.planId, planId)];
  if (options.pendingOnly) filters.push(isNull(planAcknowledgements.acknowledgedAt));
  if (!readsAllAgencies(ctx.actor) && ctx.actor.kind === 'user')
    filters.push(inArray(planAcknowledgements.agencyId, ctx.actor.agencyScope.length ? ctx.actor.agencyScope : [-1]));
  const rows = await ctx.db
    .select({
      agencyId: planAcknowledgements.agencyId,
      agencyName: agencies.name,
      notifiedAt: planAcknowledgements.notifiedAt,
      acknowledgedAt: planAcknowledgements.acknowledgedAt,
      acknowledgedBy: planAcknowledgements.acknowledgedBy,
    })
    .from(planAcknowledgements)
    .innerJoin(agencies, eq(agencies.id, planAcknowledgements.agencyId))
    .where(and(...filters))
    .orderBy(asc(agencies.name));
  const items = rows.filter((r) => readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, r.agencyId));
  return { planId, items, pendingCount: items.filter((r) => r.acknowledgedAt === null).length };
}
