import { and, eq } from 'drizzle-orm';
import { ContestEntryInput, ContestInput, type ContestView } from '../../../common/contracts/publications.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { contestEntries, contests } from '../../db/schema/publications.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { assertTaskExists } from '../activities/activities.data.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertAgencyExists } from '../budget/create-allocation.js';
import { loadContest } from './publications.data.js';

/** Records a contest the province takes part in (Happy Vietnam, the national award) with its rounds. */
export async function createContest(ctx: RequestContext, raw: ContestInput): Promise<ContestView> {
  const input = ContestInput.parse(raw);
  authorize(ctx.actor, 'contest.manage');
  return inTransaction(ctx.db, async (tx) => {
    if (input.taskId) await assertTaskExists(tx, input.taskId);
    const [row] = await tx
      .insert(contests)
      .values({
        name: input.name.normalize('NFC'),
        edition: input.edition.normalize('NFC'),
        organiser: input.organiser.normalize('NFC'),
        year: input.year,
        taskId: input.taskId ?? null,
        rounds: input.rounds.map((r) => ({ name: r.name.normalize('NFC'), closesOn: r.closesOn })),
        createdAt: ctx.clock.now(),
      })
      .returning({ id: contests.id });
    const contest = await loadContest(tx, row!.id);
    await recordAuditEvent(tx, ctx, {
      action: 'contest.create',
      subjectType: 'contest',
      subjectId: row!.id,
      after: contest,
    });
    return contest;
  });
}

/** Adds an entry the province sent; its round must be one of the contest's (or none when it has none). */
export async function addContestEntry(ctx: RequestContext, contestId: number, raw: ContestEntryInput) {
  const input = ContestEntryInput.parse(raw);
  authorize(ctx.actor, 'contest.manage');
  return inTransaction(ctx.db, async (tx) => {
    const contest = await loadContest(tx, contestId);
    const round = input.round.normalize('NFC');
    if (contest.rounds.length > 0 && !contest.rounds.some((r) => r.name === round)) {
      throw new AppError('VALIDATION_FAILED').with({ field: 'round' });
    }
    if (input.agencyId) await assertAgencyExists(tx, input.agencyId);
    const [row] = await tx
      .insert(contestEntries)
      .values({
        contestId,
        round,
        title: input.title.normalize('NFC'),
        author: input.author.normalize('NFC'),
        category: input.category.normalize('NFC'),
        agencyId: input.agencyId ?? null,
        sentOn: input.sentOn,
        createdAt: ctx.clock.now(),
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'contest.enter',
      subjectType: 'contest',
      subjectId: contestId,
      after: row,
    });
    return loadContest(tx, contestId);
  });
}

/** Records what an entry won ('' when the result is withdrawn). */
export async function setContestResult(ctx: RequestContext, contestId: number, entryId: number, result: string) {
  authorize(ctx.actor, 'contest.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(contestEntries)
      .set({ result: result.trim().normalize('NFC') })
      .where(and(eq(contestEntries.id, entryId), eq(contestEntries.contestId, contestId)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', { resource: 'contest', id: `#${contestId}/${entryId}` });
    await recordAuditEvent(tx, ctx, {
      action: 'contest.result',
      subjectType: 'contest',
      subjectId: contestId,
      after: row,
    });
    return loadContest(tx, contestId);
  });
}
