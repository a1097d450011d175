import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, isoParts } from '../../../common/calendar/index.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { calendarFeedTokens } from '../../db/schema/calendar-events.js';
import { guidanceNotes, guidanceRecipients } from '../../db/schema/guidance.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadMilestones } from './calendar-events.data.js';

/** The stored form of a feed token (only its SHA-256 is kept, like the upward tokens). */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A secret link to the reader's own feed or their agency's: phones subscribe to a URL and cannot
 * send the session cookie, so the URL carries a token. Shown once; a new one does not revoke the old.
 */
export async function createFeedToken(ctx: RequestContext, scope: 'user' | 'agency') {
  authorize(ctx.actor, 'events.read');
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN').with({ action: 'events.read' });
  if (scope === 'agency' && actor.agencyId === null) throw new AppError('ACCOUNT_WITHOUT_AGENCY');
  const token = `ttdncal_${randomBytes(24).toString('base64url')}`;
  await inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({
        tokenHash: hashFeedToken(token),
        scope,
        userId: actor.userId,
        agencyId: scope === 'agency' ? actor.agencyId : null,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: calendarFeedTokens.id });
    await recordAuditEvent(tx, ctx, {
      action: 'calendar-feed.create',
      subjectType: 'calendar-feed',
      subjectId: row!.id,
      after: { scope },
    });
  });
  return { path: `/api/events/feed/${token}`, scope };
}

/**
 * The province and owner of a feed token, looked up on the system handle (the province is not known
 * before, as for a session); CALENDAR_FEED_INVALID when unknown, revoked or its user disabled.
 */
export async function feedOfToken(system: Db, token: string, now: Date) {
  const [row] = await system
    .update(calendarFeedTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(calendarFeedTokens.tokenHash, hashFeedToken(token)), eq(calendarFeedTokens.revoked, false)))
    .returning();
  if (!row) throw new AppError('CALENDAR_FEED_INVALID');
  const [user] = await system
    .select({ isActive: users.isActive, agencyId: users.agencyId })
    .from(users)
    .where(eq(users.id, row.userId));
  if (!user?.isActive) throw new AppError('CALENDAR_FEED_INVALID');
  return {
    provinceId: row.provinceId,
    scope: row.scope,
    agencyId: row.scope === 'agency' ? row.agencyId : user.agencyId,
  };
}

const dayStart = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The iCal text of a feed: this year's and next year's milestones (round anniversaries marked), and
 * the acknowledgement dates of the guidance addressed to the feed's agency. All-day events, stable UIDs.
 */
export async function renderCalendarFeed(
  ctx: Pick<RequestContext, 'db' | 'clock'>,
  feed: { scope: 'user' | 'agency'; agencyId: number | null },
) {
  const year = isoParts(ctx.clock.today()).year;
  const calendar = ical({
    name: feed.scope === 'agency' ? 'TTĐN – lịch của cơ quan' : 'TTĐN – lịch của tôi',
    prodId: { company: 'ttdn', product: 'calendar', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 6 * 3600,
  });
  for (const m of await loadMilestones(ctx.db, [year, year + 1])) {
    calendar.createEvent({
      id: `${m.key}@ttdn`,
      start: dayStart(m.date),
      end: dayStart(addDays(m.endsOn, 1)),
      allDay: true,
      summary: m.round ? `★ ${m.title}` : m.title,
      description: [
        m.lunar,
        m.round ? 'Năm tròn' : null,
        ...m.outputs.map((o) => `${o.agency}: ${o.expected} ${o.unit} (${o.indicator})`),
      ]
        .filter(Boolean)
        .join('\n'),
      location: m.place || null,
      stamp: ctx.clock.now(),
    });
  }
  if (feed.agencyId !== null) {
    const notes = await ctx.db
      .select({ id: guidanceNotes.id, title: guidanceNotes.title, acknowledgeBy: guidanceNotes.acknowledgeBy })
      .from(guidanceNotes)
      .innerJoin(guidanceRecipients, eq(guidanceRecipients.noteId, guidanceNotes.id))
      .where(inArray(guidanceRecipients.agencyId, [feed.agencyId]));
    for (const n of notes) {
      calendar.createEvent({
        id: `guidance:${n.id}:${feed.agencyId}@ttdn`,
        start: dayStart(n.acknowledgeBy),
        end: dayStart(addDays(n.acknowledgeBy, 1)),
        allDay: true,
        summary: `Hạn xác nhận định hướng: ${n.title}`,
        stamp: ctx.clock.now(),
      });
    }
  }
  return calendar.toString();
}
