import { isoDateInVietnam, VIETNAM_UTC_OFFSET_MS } from '../common/calendar/iso-date.js';
import type { Db } from './db/client.js';
import type { UserRole } from './db/schema/system.js';

/** Where "now" comes from: the real clock in production, a fixed one in tests and demos. */
export type Clock = { now(): Date; today(): string };

/** A clock that reads the system time, or pins "today" to a given ISO date. */
export function createClock(fixedToday?: string): Clock {
  if (!fixedToday) {
    return { now: () => new Date(), today: () => isoDateInVietnam(new Date()) };
  }
  // The pinned day at the real time of day in Vietnam, so that today() and the date of now() agree
  // at every hour (a UTC time of day would put 17:00–24:00 UTC on the next Vietnamese day).
  const midnightInVietnam = Date.parse(`${fixedToday}T00:00:00Z`) - VIETNAM_UTC_OFFSET_MS;
  return {
    now: () => new Date(midnightInVietnam + ((Date.now() + VIETNAM_UTC_OFFSET_MS) % 86_400_000)),
    today: () => fixedToday,
  };
}

/** The signed-in person on whose behalf a command runs. */
export type Actor = {
  kind: 'user';
  userId: number;
  username: string;
  displayName: string;
  role: UserRole;
  /** The province the user works for; every query of their requests is scoped to it. */
  provinceId: number;
  agencyId: number | null;
  /** The actor's agency plus the agencies that merged into it: what counts as "its own". */
  agencyScope: number[];
};

/** The system itself (demo loader, CLI, scheduled jobs). */
export type SystemActor = { kind: 'system'; name: string };

/** Runs work for one province on the scoped database (see server/db/tenancy.ts). */
export type ProvinceRunner = <T>(provinceId: number, work: (db: Db) => Promise<T>) => Promise<T>;

/** Everything a command or query needs from outside: the database, the clock and who asks. */
export type RequestContext = {
  db: Db;
  clock: Clock;
  actor: Actor | SystemActor;
  requestId?: string;
  /**
   * The ministry's way to write its decision where a province's records live (in that province's
   * scope, so the province's own policies admit it); given only to ministry actors.
   */
  actInProvince?: ProvinceRunner;
};
