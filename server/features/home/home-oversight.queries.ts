/**
 * The home pages of the two roles outside the reporting cycle's agencies: the administrator's
 * accounts that need attention, and the ministry's provinces' reports to review.
 */
import { asc, eq } from 'drizzle-orm';
import type { AccountWorkItem, UpwardWorkItem } from '../../../common/contracts/home.js';
import { addDays } from '../../../common/calendar/iso-date.js';
import type { RequestContext } from '../../context.js';
import { users } from '../../db/schema/system.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardReports } from '../../db/schema/upward.js';
import { authorize } from '../../policies/policy.js';

/** An account created this many days ago or less is "new": someone should check its role and agency. */
const NEW_ACCOUNT_DAYS = 7;

const ACCOUNT_ORDER: AccountWorkItem['kind'][] = ['locked', 'new', 'no-email'];

/**
 * The administrator's accounts needing attention: locked after failed sign-ins (until when), created
 * this week (check the role and agency), without e-mail (the digest cannot reach them). An account
 * is listed once, under its most pressing reason.
 */
export async function listAccountWork(ctx: RequestContext): Promise<{ active: number; items: AccountWorkItem[] }> {
  authorize(ctx.actor, 'user.manage');
  const now = ctx.clock.now();
  const newSince = new Date(`${addDays(ctx.clock.today(), -NEW_ACCOUNT_DAYS)}T00:00:00+07:00`);
  const rows = await ctx.db
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      email: users.email,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.isActive, true))
    .orderBy(asc(users.username));
  const items: AccountWorkItem[] = [];
  for (const r of rows) {
    const base = { userId: r.userId, username: r.username, displayName: r.displayName, role: r.role };
    if (r.lockedUntil && r.lockedUntil > now) items.push({ ...base, kind: 'locked', at: r.lockedUntil });
    else if (r.createdAt >= newSince && r.createdAt <= now) items.push({ ...base, kind: 'new', at: r.createdAt });
    else if (!r.email?.trim()) items.push({ ...base, kind: 'no-email', at: null });
  }
  items.sort((a, b) => ACCOUNT_ORDER.indexOf(a.kind) - ACCOUNT_ORDER.indexOf(b.kind));
  return { active: rows.length, items };
}

/**
 * The ministry's work: every province's report sent and awaiting its review (oldest first: first
 * come, first read), then those it returned and awaits again; and how many it has accepted.
 */
export async function listUpwardWork(ctx: RequestContext): Promise<{ items: UpwardWorkItem[]; accepted: number }> {
  authorize(ctx.actor, 'upward.review');
  const rows = await ctx.db
    .select({
      reportId: upwardReports.id,
      status: upwardReports.status,
      province: provinces.name,
      periodLabel: upwardReports.periodLabel,
      version: upwardReports.version,
      submittedAt: upwardReports.submittedAt,
      returnedAt: upwardReports.returnedAt,
      ministryDueOn: upwardReports.ministryDueOn,
    })
    .from(upwardReports)
    .innerJoin(provinces, eq(provinces.id, upwardReports.provinceId))
    .orderBy(asc(upwardReports.submittedAt), asc(upwardReports.id));
  const items: UpwardWorkItem[] = rows
    .filter((r) => r.status !== 'accepted')
    .map(({ status, ...r }) => ({ ...r, kind: status === 'submitted' ? 'awaiting-review' : 'returned' }));
  items.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'awaiting-review' ? -1 : 1));
  return { items, accepted: rows.length - items.length };
}
