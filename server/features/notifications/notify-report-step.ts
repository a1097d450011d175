import { and, eq, inArray } from 'drizzle-orm';
import { formatDateTime } from '../../../common/calendar/iso-date.js';
import { deadlineFacts, deadlineShort } from '../../../common/reporting/deadline.js';
import { translate } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { periodExceptions, reportingPeriods } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';
import { createNotifications, type NewNotification } from './create-notifications.js';

/** A step of the reporting cycle that someone must hear about. */
export type ReportStep =
  | 'awaiting-approval'
  | 'approved'
  | 'submitted'
  | 'resubmitted'
  | 'returned'
  | 'accepted'
  | 'extended';

type Audience = 'officer' | 'leader' | 'coordinator';

/** Who hears of each step: the person who must act next first, then those waiting on it. */
export const STEP_AUDIENCE: Record<ReportStep, Audience[]> = {
  'awaiting-approval': ['leader'],
  approved: ['officer'],
  submitted: ['coordinator', 'officer'],
  resubmitted: ['coordinator', 'officer'],
  returned: ['officer', 'leader'],
  accepted: ['officer', 'leader'],
  extended: ['officer', 'leader'],
};

const ROLE_OF: Record<Audience, string> = {
  officer: 'agency-officer',
  leader: 'agency-leader',
  coordinator: 'coordinator',
};

/**
 * In-app notices of one step, written in the caller's transaction (so a step and its notices
 * commit together). The actor never notifies themself; `key` (a version, a date) makes a retry a
 * no-op. The e-mail digest picks the notices up for those who chose e-mail.
 */
export async function notifyReportStep(
  tx: Tx,
  ctx: RequestContext,
  input: {
    step: ReportStep;
    periodId: number;
    agencyId: number;
    key: string | number;
    reason?: string | null;
    lines?: number;
    extendedTo?: string;
  },
): Promise<number> {
  const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, input.periodId));
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, input.agencyId));
  if (!period || !agency) return 0;
  const audience = STEP_AUDIENCE[input.step];
  const agencyRoles = audience.filter((a) => a !== 'coordinator').map((a) => ROLE_OF[a]);
  const wanted = await tx
    .select({ id: users.id, role: users.role, agencyId: users.agencyId, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.isActive, true), inArray(users.role, audience.map((a) => ROLE_OF[a]) as never[])));
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const recipients = wanted.filter(
    (u) =>
      u.id !== actorId &&
      (u.role === 'coordinator'
        ? audience.includes('coordinator')
        : agencyRoles.includes(u.role) && u.agencyId === input.agencyId),
  );
  if (recipients.length === 0) return 0;
  const [exception] = await tx
    .select({ extendedTo: periodExceptions.extendedTo })
    .from(periodExceptions)
    .where(and(eq(periodExceptions.periodId, input.periodId), eq(periodExceptions.agencyId, input.agencyId)));
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, unknown>) => translate('vi', key, params);
  const actorName =
    actorId !== null
      ? ((await tx.select({ n: users.displayName }).from(users).where(eq(users.id, actorId)))[0]?.n ?? '')
      : '';
  const params = {
    period: period.label,
    agency: agency.name,
    actor: actorName,
    officer: actorName,
    time: formatDateTime(ctx.clock.now()),
    reason: (input.reason ?? '').trim(),
    lines: input.lines ?? 0,
    date: input.extendedTo ?? exception?.extendedTo ?? period.dueOn,
    deadline: deadlineShort(t, deadlineFacts(period, exception?.extendedTo ?? null)),
  };
  const title = t(`notify.${input.step}.title`, params);
  const body = t(`notify.${input.step}.body`, params).replace(/\s+/g, ' ').trim();
  const link = `/reporting/periods/${input.periodId}/agencies/${input.agencyId}`;
  const items: NewNotification[] = recipients.map((u) => ({
    userId: u.id,
    kind: `report-${input.step}`,
    title,
    body,
    link,
    dedupeKey: `step:${input.step}:${input.periodId}:${input.agencyId}:${input.key}:${u.id}`,
  }));
  return createNotifications(tx, ctx.clock, items);
}
