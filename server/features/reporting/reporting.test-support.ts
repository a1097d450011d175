import { and, eq, notInArray } from 'drizzle-orm';
import { createClock, type Actor, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { obligations, reportingPeriods, submissions } from '../../db/schema/reporting.js';
import { createUser } from '../users/create-user.js';

/** A context for one actor on one day (the system when no actor is given). */
export function contextOf(database: Database, today: string, actor?: Actor): RequestContext {
  return { db: database.db, clock: createClock(today), actor: actor ?? { kind: 'system', name: 'test' } };
}

/** Creates an account and returns it as an actor (scope = its agency). */
export async function buildActor(
  database: Database,
  username: string,
  role: Actor['role'],
  agencyId: number | null,
): Promise<Actor> {
  const user = await createUser(
    contextOf(database, '2026-01-01'),
    {
      username,
      displayName: username,
      password: 'demo',
      role,
      agencyId,
    },
    { demoPassword: true },
  );
  return {
    kind: 'user',
    provinceId: 1,
    userId: user.id,
    username,
    displayName: username,
    role,
    agencyId,
    agencyScope: agencyId === null ? [] : [agencyId],
  };
}

/** A period of the demo by year and kind. */
export async function findPeriod(database: Database, year: number, kind: 'agency-plan' | 'semiannual' | 'annual') {
  const [period] = await database.db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.year, year), eq(reportingPeriods.kind, kind)));
  if (!period) throw new Error(`no ${kind} period for ${year}`);
  return period;
}

/** Obligations of a period that have no report yet (the demo leaves some), with agency names. */
export async function obligationsWithoutReport(database: Database, periodId: number) {
  const taken = (
    await database.db
      .select({ agencyId: submissions.agencyId })
      .from(submissions)
      .where(eq(submissions.periodId, periodId))
  ).map((s) => s.agencyId);
  return database.db
    .select({ agencyId: obligations.agencyId, taskIds: obligations.taskIds, name: agencies.name, kind: agencies.kind })
    .from(obligations)
    .innerJoin(agencies, eq(agencies.id, obligations.agencyId))
    .where(and(eq(obligations.periodId, periodId), taken.length ? notInArray(obligations.agencyId, taken) : undefined));
}

/** Finds an agency id by its current name. */
export async function agencyIdByName(database: Database, name: string): Promise<number> {
  const [row] = await database.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, name));
  if (!row) throw new Error(`no agency ${name}`);
  return row.id;
}
