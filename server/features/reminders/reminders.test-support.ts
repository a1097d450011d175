/** Factories and a fake clock for the reminder, notification and job tests: direct inserts only. */

import { randomBytes } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { isoDateInVietnam } from '../../../common/calendar/iso-date.js';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { plans } from '../../db/schema/plans.js';
import {
  focalOfficials,
  obligations,
  reportingPeriods,
  reportRegimes,
  submissions,
  type RegimeKind,
  type SubmissionStatus,
} from '../../db/schema/reporting.js';
import { users, type UserRole } from '../../db/schema/system.js';

/** A clock the test moves: `set('2025-05-08T08:00:00+07:00')`, `advance(ms)`. */
export type FakeClock = Clock & { set(instant: string | Date): void; advance(ms: number): void };

/** A fake clock starting at the given instant (default 08:00 Vietnam time when only a date is given). */
export function fakeClock(start: string): FakeClock {
  let t = toInstant(start);
  return {
    now: () => new Date(t),
    today: () => isoDateInVietnam(new Date(t)),
    set: (instant) => {
      t = instant instanceof Date ? instant.getTime() : toInstant(instant);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

function toInstant(value: string): number {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T08:00:00+07:00` : value).getTime();
}

const unique = () => randomBytes(4).toString('hex');

/** The first plan in the database (the demo's seed plan). */
export async function firstPlanId(db: Db): Promise<number> {
  const [plan] = await db.select({ id: plans.id }).from(plans).orderBy(asc(plans.id)).limit(1);
  if (!plan) throw new Error('no plan in the test database');
  return plan.id;
}

/** A new agency of the province. */
export async function buildAgency(db: Db, name = `Cơ quan thử ${unique()}`): Promise<{ id: number; name: string }> {
  const [row] = await db
    .insert(agencies)
    .values({
      name,
      nameKey: name.toLowerCase(),
      search: name.toLowerCase(),
      kind: 'department',
      province: 'Tuyên Quang',
      validFrom: '2000-01-01',
    })
    .returning({ id: agencies.id, name: agencies.name });
  return row!;
}

/** A user account (not able to sign in: the hash is a placeholder). */
export async function buildUser(
  db: Db,
  input: { role: UserRole; agencyId?: number | null; email?: string | null },
): Promise<{ id: number }> {
  const username = `u_${unique()}`;
  const [row] = await db
    .insert(users)
    .values({
      username,
      displayName: `Người dùng ${username}`,
      passwordHash: 'x',
      role: input.role,
      agencyId: input.agencyId ?? null,
      email: input.email ?? null,
    })
    .returning({ id: users.id });
  return row!;
}

/** A regime and one period of it, due on `dueOn`. */
export async function buildPeriod(
  db: Db,
  input: { dueOn: string; label?: string; kind?: RegimeKind; planId?: number },
): Promise<{ id: number; regimeId: number; label: string }> {
  const planId = input.planId ?? (await firstPlanId(db));
  const kind = input.kind ?? 'semiannual';
  const [regime] = await db
    .insert(reportRegimes)
    .values({ planId, kind, name: `Chế độ thử ${unique()}` })
    .returning({ id: reportRegimes.id });
  const label = input.label ?? '06 tháng đầu năm 2025';
  const year = Number(input.dueOn.slice(0, 4));
  const [period] = await db
    .insert(reportingPeriods)
    .values({
      regimeId: regime!.id,
      planId,
      kind,
      year,
      label,
      windowFrom: `${year}-01-01`,
      windowTo: `${year}-06-30`,
      statedDue: input.dueOn,
      dueOn: input.dueOn,
      locksOn: input.dueOn,
    })
    .returning({ id: reportingPeriods.id });
  return { id: period!.id, regimeId: regime!.id, label };
}

/** The agency must report in the period. */
export async function buildObligation(db: Db, periodId: number, agencyId: number): Promise<void> {
  await db.insert(obligations).values({ periodId, agencyId, taskIds: [] });
}

/** A submission in the given state; 'submitted' and 'accepted' get submission times. */
export async function buildSubmission(
  db: Db,
  periodId: number,
  agencyId: number,
  status: SubmissionStatus,
  at = new Date('2025-05-01T03:00:00Z'),
): Promise<void> {
  const sent = status === 'submitted' || status === 'accepted' || status === 'returned';
  await db
    .insert(submissions)
    .values({ periodId, agencyId, status, submittedAt: sent ? at : null, firstSubmittedAt: sent ? at : null });
}

/** A focal official (leader or officer) with an e-mail address. */
export async function buildFocal(
  db: Db,
  agencyId: number,
  kind: 'leader' | 'officer',
  email: string,
  fullName = kind === 'leader' ? 'Nguyễn Văn Lãnh' : 'Trần Thị Đầu Mối',
): Promise<void> {
  await db.insert(focalOfficials).values({ agencyId, kind, fullName, email, validFrom: '2020-01-01' });
}

/**
 * An agency with an officer and a leader account and focal officials, obliged in the period:
 * the usual cast of a reminder test.
 */
export async function buildObligedAgency(db: Db, periodId: number, name?: string) {
  const agency = await buildAgency(db, name);
  const officer = await buildUser(db, { role: 'agency-officer', agencyId: agency.id });
  const leader = await buildUser(db, { role: 'agency-leader', agencyId: agency.id });
  const tag = agency.id;
  await buildFocal(db, agency.id, 'officer', `canbo${tag}@tuyenquang.gov.vn`);
  await buildFocal(db, agency.id, 'leader', `lanhdao${tag}@tuyenquang.gov.vn`);
  await buildObligation(db, periodId, agency.id);
  return {
    agency,
    officerUserId: officer.id,
    leaderUserId: leader.id,
    officerEmail: `canbo${tag}@tuyenquang.gov.vn`,
    leaderEmail: `lanhdao${tag}@tuyenquang.gov.vn`,
  };
}
