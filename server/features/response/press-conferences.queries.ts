/** Reads of press conferences: a year's list with the quarterly duty, one conference. */

import { and, asc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { PressConference } from '../../../common/contracts/press-relations.js';
import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { spokespersons } from '../../db/schema/reporting.js';
import { pressConferences, responseActions, responseCases } from '../../db/schema/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { authorize } from '../../policies/policy.js';
import { quarterCoverage } from './response-rules.js';

type ConferenceRow = typeof pressConferences.$inferSelect;

/** Conferences with their host, spokesperson and the talking points put on their agenda. */
export async function presentConferences(db: Db | Tx, rows: ConferenceRow[]): Promise<PressConference[]> {
  if (rows.length === 0) return [];
  const hostIds = rows.flatMap((r) => (r.hostAgencyId === null ? [] : [r.hostAgencyId]));
  const hosts = hostIds.length
    ? await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, hostIds))
    : [];
  const speakerIds = rows.flatMap((r) => (r.spokespersonId === null ? [] : [r.spokespersonId]));
  const speakers = speakerIds.length
    ? await db
        .select({ id: spokespersons.id, name: spokespersons.fullName })
        .from(spokespersons)
        .where(inArray(spokespersons.id, speakerIds))
    : [];
  // Talking points show their title only; a need-to-know case's point says no more than its number.
  const points = await db
    .select({
      actionId: responseActions.id,
      caseId: responseActions.caseId,
      title: responseActions.title,
      conferenceId: responseActions.pressConferenceId,
      isSensitive: responseCases.isSensitive,
    })
    .from(responseActions)
    .innerJoin(responseCases, eq(responseCases.id, responseActions.caseId))
    .where(
      inArray(
        responseActions.pressConferenceId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(responseActions.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    heldOn: r.heldOn,
    place: r.place,
    hostAgencyId: r.hostAgencyId,
    hostAgencyName: hosts.find((h) => h.id === r.hostAgencyId)?.name ?? null,
    spokespersonId: r.spokespersonId,
    spokespersonName: speakers.find((s) => s.id === r.spokespersonId)?.name ?? null,
    status: r.status,
    topics: r.topics,
    invitedOutlets: r.invitedOutlets,
    attendance: r.attendance,
    questions: r.questions,
    followUps: r.followUps,
    coverageUrls: r.coverageUrls,
    talkingPoints: points
      .filter((p) => p.conferenceId === r.id)
      .map((p) => ({
        actionId: p.actionId,
        caseId: p.caseId,
        title: p.isSensitive ? `Vụ việc #${p.caseId}` : p.title,
      })),
  }));
}

/** A year's conferences, each quarter's count against the duty, and the spokespersons to pick from. */
export async function listPressConferences(ctx: RequestContext, year: number) {
  authorize(ctx.actor, 'response.read');
  const rows = await ctx.db
    .select()
    .from(pressConferences)
    .where(and(gte(pressConferences.heldOn, `${year}-01-01`), lte(pressConferences.heldOn, `${year}-12-31`)))
    .orderBy(asc(pressConferences.heldOn), asc(pressConferences.id));
  const speakers = await ctx.db
    .select({ id: spokespersons.id, fullName: spokespersons.fullName, agencyName: agencies.name })
    .from(spokespersons)
    .innerJoin(agencies, eq(agencies.id, spokespersons.agencyId))
    .where(isNotNull(spokespersons.id))
    .orderBy(asc(agencies.name));
  return {
    conferences: await presentConferences(ctx.db, rows),
    quarters: quarterCoverage(year, rows, ctx.clock.today()),
    spokespersons: speakers,
  };
}

/** One conference row, or NOT_FOUND. */
export async function getConferenceRow(db: Db | Tx, id: number, forUpdate = false): Promise<ConferenceRow> {
  const query = db.select().from(pressConferences).where(eq(pressConferences.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', { resource: 'pressConference', id: `#${id}` });
  return row;
}
