import { and, eq, gte, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { focalOfficials } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';

/** Who a notice reaches: the agency's officer, its leader, or the province's coordinators. */
export type RecipientLevel = 'officer' | 'leader' | 'coordinator';

/** Active users of the given agencies (in-app reminders reach every account of the agency). */
export async function loadAgencyUsers(db: Db | Tx, agencyIds: number[]): Promise<Map<number, number[]>> {
  const byAgency = new Map<number, number[]>();
  if (agencyIds.length === 0) return byAgency;
  const rows = await db
    .select({ id: users.id, agencyId: users.agencyId })
    .from(users)
    .where(
      and(
        inArray(users.agencyId, agencyIds),
        eq(users.isActive, true),
        inArray(users.role, ['agency-officer', 'agency-leader']),
      ),
    );
  for (const r of rows) byAgency.set(r.agencyId!, [...(byAgency.get(r.agencyId!) ?? []), r.id]);
  return byAgency;
}

/** Active coordinators: the province's lead department staff who chase late agencies. */
export async function loadCoordinators(
  db: Db | Tx,
): Promise<Array<{ id: number; email: string | null; displayName: string }>> {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'coordinator'), eq(users.isActive, true)));
}

/** Focal officials' e-mail addresses valid on `date`, by agency and kind. */
export async function loadFocalEmails(
  db: Db | Tx,
  agencyIds: number[],
  date: string,
): Promise<Map<string, Array<{ email: string; fullName: string }>>> {
  const out = new Map<string, Array<{ email: string; fullName: string }>>();
  if (agencyIds.length === 0) return out;
  const rows = await db
    .select()
    .from(focalOfficials)
    .where(
      and(
        inArray(focalOfficials.agencyId, agencyIds),
        isNotNull(focalOfficials.email),
        lte(focalOfficials.validFrom, date),
        or(isNull(focalOfficials.validTo), gte(focalOfficials.validTo, date)),
      ),
    );
  for (const r of rows) {
    const key = `${r.agencyId}:${r.kind}`;
    out.set(key, [...(out.get(key) ?? []), { email: r.email!.trim(), fullName: r.fullName }]);
  }
  return out;
}

/** E-mail recipients of a reminder to an agency at the given levels (deduplicated, lower-cased). */
export function emailRecipients(
  agencyId: number,
  levels: RecipientLevel[],
  focal: Map<string, Array<{ email: string; fullName: string }>>,
  coordinators: Array<{ email: string | null; displayName: string }>,
): Array<{ email: string; name: string }> {
  const seen = new Map<string, { email: string; name: string }>();
  for (const level of levels) {
    const people =
      level === 'coordinator'
        ? coordinators.filter((c) => c.email).map((c) => ({ email: c.email!, fullName: c.displayName }))
        : (focal.get(`${agencyId}:${level}`) ?? []);
    for (const p of people) {
      const email = p.email.trim().toLowerCase();
      if (email && !seen.has(email)) seen.set(email, { email, name: p.fullName });
    }
  }
  return [...seen.values()];
}

/** Names of agencies by id. */
export async function loadAgencyNames(db: Db | Tx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
