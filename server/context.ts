import type { Db } from './db/client.js';
import type { UserRole } from './db/schema/system.js';

/** Where "now" comes from: the real clock in production, a fixed one in tests and demos. */
export type Clock = { now(): Date; today(): string };

/** A clock that reads the system time, or pins "today" to a given ISO date. */
export function createClock(fixedToday?: string): Clock {
  if (!fixedToday) {
    return { now: () => new Date(), today: () => isoDateInVietnam(new Date()) };
  }
  return {
    now: () => {
      const real = new Date();
      const time = real.toISOString().slice(10);
      return new Date(`${fixedToday}${time}`);
    },
    today: () => fixedToday,
  };
}

/** The calendar date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) as yyyy-mm-dd. */
export function isoDateInVietnam(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The signed-in person on whose behalf a command runs. */
export type Actor = {
  kind: 'user';
  userId: number;
  username: string;
  displayName: string;
  role: UserRole;
  agencyId: number | null;
  /** The actor's agency plus the agencies that merged into it: what counts as "its own". */
  agencyScope: number[];
};

/** The system itself (demo loader, CLI, scheduled jobs). */
export type SystemActor = { kind: 'system'; name: string };

/** Everything a command or query needs from outside: the database, the clock and who asks. */
export type RequestContext = {
  db: Db;
  clock: Clock;
  actor: Actor | SystemActor;
  requestId?: string;
};
