import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.js';
import { ACTIONS, ROLES } from '../permissions.js';

/** A real calendar date written yyyy-mm-dd (no 31/02). */
export const IsoDate = z.string().refine(isIsoDate, { message: 'yyyy-mm-dd' });

/**
 * An instant: an ISO 8601 string on the wire; on the server a Date (what the database returns)
 * or an ISO string, encoded on the way out.
 */
export const Timestamp = z.codec(z.iso.datetime({ offset: true }), z.union([z.date(), z.string()]), {
  decode: (text) => text,
  encode: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
});

/** A positive integer id, also from a path or query string. */
export const Id = z.coerce.number().int().positive();

/** A year of plans and reports. */
export const Year = z.coerce.number().int().min(2000).max(2100);

/** `?flag=true|false` in a query string. */
export const QueryFlag = z.enum(['true', 'false']);

/** A user's role. */
export const Role = z.enum(ROLES);

/** What the actor may do, sent with responses so the UI shows only what is allowed. */
export const Abilities = z.record(z.enum(ACTIONS), z.boolean());

/** The signed-in person, as the web app knows them. */
export const ActorView = z.object({
  kind: z.literal('user'),
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  agencyId: z.number().nullable(),
  agencyScope: z.array(z.number()),
});
export type ActorView = z.infer<typeof ActorView>;

/** `{ ok: true }` for actions that have nothing else to say. */
export const Ok = z.object({ ok: z.literal(true) });

/** A Date (from the database) or an ISO string, as an ISO string. */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null | undefined): string | null;
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
