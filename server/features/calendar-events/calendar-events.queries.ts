import type { RequestContext } from '../../context.js';
import { authorize } from '../../policies/policy.js';
import { loadMilestones } from './calendar-events.data.js';

/** The year's milestones (default this year), for everyone who reads the calendar. */
export async function listMilestones(ctx: RequestContext, year?: number) {
  authorize(ctx.actor, 'events.read');
  const y = year ?? Number(ctx.clock.today().slice(0, 4));
  return { year: y, milestones: await loadMilestones(ctx.db, [y]) };
}
