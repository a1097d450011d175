import { inArray } from 'drizzle-orm';
import { formatDateVi, isoParts, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { Milestone } from '../../../common/contracts/calendar-events.js';
import type { RequestContext } from '../../context.js';
import { campaignOutputs } from '../../db/schema/calendar-events.js';
import { inTransaction } from '../../db/transaction.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { createNotifications, type NewNotification } from '../notifications/create-notifications.js';
import { loadAgencyUsers, loadCoordinators } from '../notifications/recipients.data.js';
import { loadMilestones } from './calendar-events.data.js';

/** Working days before a milestone when its reminder goes out: time to plan, then time to publish. */
export const MILESTONE_LEAD_DAYS = [10, 3] as const;

/**
 * The milestones whose reminder falls today: round-year anniversaries, festivals and campaign starts
 * exactly 10 or 3 working days ahead (a day off sends nothing; its reminder went the working day before).
 */
export function milestonesToRemind(calendar: WorkingCalendar, milestones: Milestone[], today: string) {
  if (!calendar.isWorkingDay(today)) return [];
  const out: Array<{ milestone: Milestone; lead: number }> = [];
  for (const lead of MILESTONE_LEAD_DAYS) {
    const from = calendar.addWorkingDays(today, lead - 1);
    const to = calendar.addWorkingDays(today, lead);
    for (const m of milestones) {
      if (m.kind === 'anniversary' && !m.round) continue;
      // The milestone falls after the (lead−1)-th working day ahead and by the lead-th: days off in between count.
      if (m.date > from && m.date <= to) out.push({ milestone: m, lead });
    }
  }
  return out;
}

/**
 * Reminds the coordinators of the milestones ahead, and the agencies expected to produce for a
 * campaign; idempotent per milestone, lead and user (dedupe keys).
 */
export async function sendMilestoneReminders(ctx: RequestContext, options: { calendar?: WorkingCalendar } = {}) {
  const today = ctx.clock.today();
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  const year = isoParts(today).year;
  const due = milestonesToRemind(calendar, await loadMilestones(ctx.db, [year, year + 1]), today);
  if (due.length === 0) return { reminders: 0 };
  const campaignIds = due
    .filter((d) => d.milestone.kind === 'campaign')
    .map((d) => Number(d.milestone.key.split(':')[1]));
  const outputs = campaignIds.length
    ? await ctx.db.select().from(campaignOutputs).where(inArray(campaignOutputs.campaignId, campaignIds))
    : [];
  const [coordinators, usersByAgency] = await Promise.all([
    loadCoordinators(ctx.db),
    loadAgencyUsers(ctx.db, [...new Set(outputs.map((o) => o.agencyId))]),
  ]);
  const items: NewNotification[] = [];
  for (const { milestone: m, lead } of due) {
    const agencyUsers =
      m.kind === 'campaign'
        ? outputs
            .filter((o) => `campaign:${o.campaignId}` === m.key)
            .flatMap((o) => usersByAgency.get(o.agencyId) ?? [])
        : [];
    for (const userId of new Set([...coordinators.map((c) => c.id), ...agencyUsers])) {
      items.push({
        userId,
        kind: 'milestone',
        title: `Còn ${lead} ngày làm việc: ${m.title}`,
        body: `${formatDateVi(m.date)}${m.lunar ? ` (${m.lunar})` : ''}${m.place ? ` tại ${m.place}` : ''}.`,
        link: `/events?year=${isoParts(m.date).year}`,
        dedupeKey: `milestone:${m.key}:${m.date}:${lead}:${userId}`,
      });
    }
  }
  return inTransaction(ctx.db, async (tx) => ({ reminders: await createNotifications(tx, ctx.clock, items) }));
}
