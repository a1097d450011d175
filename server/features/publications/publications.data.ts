import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { ContestView, PublicationView } from '../../../common/contracts/publications.js';
import { AppError } from '../../../common/errors.js';
import type { Db, Tx } from '../../db/client.js';
import { activities } from '../../db/schema/activities.js';
import { agencies } from '../../db/schema/organisations.js';
import { tasks } from '../../db/schema/plans.js';
import { contestEntries, contests, publications } from '../../db/schema/publications.js';
import { attachments } from '../../db/schema/system.js';

/** Publications with their activity's facts: a year (by publication date), agencies (null: all), ids. */
export async function loadPublications(
  db: Db | Tx,
  query: { year?: number; agencyIds: number[] | null; ids?: number[] },
): Promise<PublicationView[]> {
  if (query.agencyIds && query.agencyIds.length === 0) return [];
  const where: Array<SQL | undefined> = [
    query.year ? gte(activities.startsOn, `${query.year}-01-01`) : undefined,
    query.year ? lte(activities.startsOn, `${query.year}-12-31`) : undefined,
    query.agencyIds ? inArray(activities.agencyId, query.agencyIds) : undefined,
    query.ids ? inArray(publications.id, query.ids) : undefined,
  ];
  const rows = await db
    .select({ p: publications, a: activities, agency: agencies.name, taskCode: tasks.code })
    .from(publications)
    .innerJoin(activities, eq(activities.id, publications.activityId))
    .innerJoin(agencies, eq(agencies.id, activities.agencyId))
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .where(and(...where))
    .orderBy(asc(activities.startsOn), asc(publications.id));
  const fileIds = rows.flatMap((r) => r.p.attachmentIds);
  const files = fileIds.length
    ? await db
        .select({ id: attachments.id, filename: attachments.filename })
        .from(attachments)
        .where(inArray(attachments.id, fileIds))
    : [];
  return rows.map(({ p, a, agency, taskCode }) => ({
    id: p.id,
    activityId: a.id,
    agencyId: a.agencyId,
    agency,
    taskId: a.taskId,
    taskCode,
    title: a.title,
    kind: p.kind,
    publishedOn: a.startsOn,
    editions: p.editions,
    printRun: p.editions.reduce((sum, e) => sum + e.copies, 0),
    distribution: p.distribution,
    costDong: a.costDong,
    files: files.filter((f) => p.attachmentIds.includes(f.id)),
  }));
}

/** Contests of a year (or by id) with the entries the province sent, in the order they were sent. */
export async function loadContests(db: Db | Tx, query: { year?: number; ids?: number[] }): Promise<ContestView[]> {
  const rows = await db
    .select()
    .from(contests)
    .where(
      and(
        query.year ? eq(contests.year, query.year) : undefined,
        query.ids ? inArray(contests.id, query.ids) : undefined,
      ),
    )
    .orderBy(asc(contests.year), asc(contests.id));
  if (rows.length === 0) return [];
  const entries = await db
    .select({ e: contestEntries, agency: agencies.name })
    .from(contestEntries)
    .leftJoin(agencies, eq(agencies.id, contestEntries.agencyId))
    .where(
      inArray(
        contestEntries.contestId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(contestEntries.sentOn), asc(contestEntries.id));
  return rows.map((c) => {
    const own = entries
      .filter(({ e }) => e.contestId === c.id)
      .map(({ e, agency }) => ({
        id: e.id,
        round: e.round,
        title: e.title,
        author: e.author,
        category: e.category,
        agencyId: e.agencyId,
        agency,
        sentOn: e.sentOn,
        result: e.result,
      }));
    return {
      id: c.id,
      name: c.name,
      edition: c.edition,
      organiser: c.organiser,
      year: c.year,
      taskId: c.taskId,
      rounds: c.rounds,
      entries: own,
      awarded: own.filter((e) => e.result !== '').length,
    };
  });
}

/** One contest, or NOT_FOUND. */
export async function loadContest(db: Db | Tx, id: number): Promise<ContestView> {
  const [contest] = await loadContests(db, { ids: [id] });
  if (!contest) throw new AppError('NOT_FOUND', { resource: 'contest', id: `#${id}` });
  return contest;
}
