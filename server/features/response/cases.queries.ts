/** Reads of response cases, always filtered by what the actor may see (case-access.ts). */

import { asc, eq, inArray } from 'drizzle-orm';
import type { CaseDetail, CaseSummary } from '../../../common/contracts/response.js';
import { daysBetween } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import {
  pressConferences,
  responseActions,
  responseCaseMembers,
  responseCasePosts,
  responseCases,
  responseEvidence,
  responseReferrals,
} from '../../db/schema/response.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize, can } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { type CaseReach, canManageCase, canSeeCase, getVisibleCase } from './case-access.js';
import { coverageOfActions } from './coverage-tone.js';
import { isReferralLapsed } from './response-rules.js';

type CaseRow = typeof responseCases.$inferSelect;

async function agencyNames(db: Db | Tx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function summaryOf(row: CaseRow, leadName: string | null, lapsed: number, today: string): CaseSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    severity: row.severity,
    label: row.label,
    status: row.status,
    isSensitive: row.isSensitive,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    leadAgencyName: leadName,
    ageDays: Math.max(0, daysBetween(row.openedOn, row.closedOn ?? today)),
    lapsedReferrals: lapsed,
  };
}

/** The cases the actor may see, newest first, optionally by status and kind. */
export async function listCases(
  ctx: RequestContext,
  filter: { status?: CaseRow['status']; kind?: CaseRow['kind'] } = {},
): Promise<CaseSummary[]> {
  authorize(ctx.actor, 'response.read');
  const today = ctx.clock.today();
  // A province has at most a few hundred cases a year: read them with their reach and filter here.
  const rows = await ctx.db.select().from(responseCases).orderBy(asc(responseCases.openedOn), asc(responseCases.id));
  const members = await ctx.db
    .select({ caseId: responseCaseMembers.caseId, userId: responseCaseMembers.userId, role: responseCaseMembers.role })
    .from(responseCaseMembers);
  const referrals = await ctx.db.select().from(responseReferrals);
  const names = await agencyNames(
    ctx.db,
    rows.flatMap((r) => (r.leadAgencyId === null ? [] : [r.leadAgencyId])),
  );
  return rows
    .filter((r) => (!filter.status || r.status === filter.status) && (!filter.kind || r.kind === filter.kind))
    .filter((r) =>
      canSeeCase(ctx.actor, {
        isSensitive: r.isSensitive,
        members: members.filter((m) => m.caseId === r.id),
        referredAgencyIds: referrals.filter((x) => x.caseId === r.id).map((x) => x.agencyId),
      }),
    )
    .map((r) =>
      summaryOf(
        r,
        r.leadAgencyId === null ? null : (names.get(r.leadAgencyId) ?? null),
        referrals.filter((x) => x.caseId === r.id && isReferralLapsed(x, today)).length,
        today,
      ),
    )
    .reverse();
}

/** A case with its whole chain, as the actor may see it. */
export async function presentCase(
  db: Db | Tx,
  ctx: RequestContext,
  row: CaseRow,
  reach: CaseReach,
): Promise<CaseDetail> {
  const today = ctx.clock.today();
  const memberRows = await db
    .select({ userId: responseCaseMembers.userId, role: responseCaseMembers.role, displayName: users.displayName })
    .from(responseCaseMembers)
    .innerJoin(users, eq(users.id, responseCaseMembers.userId))
    .where(eq(responseCaseMembers.caseId, row.id))
    .orderBy(asc(responseCaseMembers.id));
  const posts = await db
    .select()
    .from(responseCasePosts)
    .where(eq(responseCasePosts.caseId, row.id))
    .orderBy(asc(responseCasePosts.id));
  const evidence = await db
    .select()
    .from(responseEvidence)
    .where(eq(responseEvidence.caseId, row.id))
    .orderBy(asc(responseEvidence.id));
  const referrals = await db
    .select()
    .from(responseReferrals)
    .where(eq(responseReferrals.caseId, row.id))
    .orderBy(asc(responseReferrals.id));
  const actions = await db
    .select({ action: responseActions, conferenceTitle: pressConferences.title })
    .from(responseActions)
    .leftJoin(pressConferences, eq(pressConferences.id, responseActions.pressConferenceId))
    .where(eq(responseActions.caseId, row.id))
    .orderBy(asc(responseActions.id));
  const names = await agencyNames(db, [
    ...referrals.map((r) => r.agencyId),
    ...(row.leadAgencyId === null ? [] : [row.leadAgencyId]),
  ]);
  const actor = ctx.actor;
  const canAnswer = (agencyId: number) =>
    actor.kind === 'system' || (can(actor, 'response.answer') && actor.agencyScope.includes(agencyId));
  const lapsed = referrals.filter((r) => isReferralLapsed(r, today)).length;
  return {
    ...summaryOf(row, row.leadAgencyId === null ? null : (names.get(row.leadAgencyId) ?? null), lapsed, today),
    summary: row.summary,
    intake: row.intake,
    sourceUrl: row.sourceUrl,
    sourceArticleId: row.sourceArticleId,
    leadAgencyId: row.leadAgencyId,
    product: row.product,
    openedAt: row.openedAt,
    firstResponseAt: row.firstResponseAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
    version: row.version,
    members: memberRows,
    posts: posts.map((p) => ({ id: p.id, url: p.url, note: p.note, seenOn: p.seenOn })),
    evidence: evidence.map((e) => ({
      id: e.id,
      url: e.url,
      version: e.version,
      outcome: e.outcome,
      httpStatus: e.httpStatus,
      contentType: e.contentType,
      title: e.title,
      textExcerpt: e.text === null ? null : e.text.slice(0, 600),
      truncated: e.truncated,
      failure: e.failure,
      sha256: e.sha256,
      note: e.note,
      capturedAt: e.capturedAt,
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      agencyId: r.agencyId,
      agencyName: names.get(r.agencyId) ?? `#${r.agencyId}`,
      request: r.request,
      sentOn: r.sentOn,
      workingDays: r.workingDays,
      dueOn: r.dueOn,
      answeredAt: r.answeredAt,
      answer: r.answer,
      escalatedAt: r.escalatedAt,
      isLapsed: isReferralLapsed(r, today),
      canAnswer: r.answeredAt === null && canAnswer(r.agencyId),
    })),
    actions: actions.map(({ action: a, conferenceTitle }) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      ownerName: a.ownerName,
      dueOn: a.dueOn,
      status: a.status,
      outcome: a.outcome,
      url: a.url,
      doneOn: a.doneOn,
      pressConferenceId: a.pressConferenceId,
      pressConferenceTitle: conferenceTitle ?? null,
    })),
    coverage: await coverageOfActions(db, [row.id], ctx.clock.today()),
    canManage: canManageCase(actor, reach),
  };
}

/**
 * One case for the actor. Viewing a need-to-know case writes an audit row, so who read it is on
 * record (in the read's own transaction).
 */
export async function getCase(ctx: RequestContext, caseId: number): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.read');
  return inTransaction(ctx.db, async (tx) => {
    const { row, reach } = await getVisibleCase(tx, ctx.actor, caseId);
    if (row.isSensitive) {
      await recordAuditEvent(tx, ctx, {
        action: 'response-case.view',
        subjectType: 'response-case',
        subjectId: row.id,
      });
    }
    return presentCase(tx, ctx, row, reach);
  });
}
