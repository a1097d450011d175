import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  agencies,
  agencyGroups,
  groupMembers,
  successionEvents,
  successionLinks,
} from '../../db/schema/organisations.js';
import { buildSnapshot, type OrgSnapshot } from './org-snapshot.js';
import { cachedByRegistryVersion } from './registry-version.js';

/**
 * Loads the organisation registry of the given provinces (plus the national bodies) into memory;
 * the registry of one province is a few hundred rows, so resolution runs in JS.
 */
export async function loadOrgSnapshot(db: Db | Tx, provinces?: string[]): Promise<OrgSnapshot> {
  return cachedByRegistryVersion(db, `snapshot:${provinces?.join('|') ?? '*'}`, () =>
    loadOrgSnapshotFresh(db, provinces),
  );
}

async function loadOrgSnapshotFresh(db: Db | Tx, provinces?: string[]): Promise<OrgSnapshot> {
  const agencyRows = await db
    .select({
      id: agencies.id,
      name: agencies.name,
      kind: agencies.kind,
      province: agencies.province,
      validFrom: agencies.validFrom,
      validTo: agencies.validTo,
    })
    .from(agencies)
    .where(provinces ? inArray(agencies.province, provinces) : undefined);
  const groupRows = await db
    .select()
    .from(agencyGroups)
    .where(provinces ? inArray(agencyGroups.province, provinces) : undefined);
  const memberRows = groupRows.length
    ? await db
        .select()
        .from(groupMembers)
        .where(
          inArray(
            groupMembers.groupId,
            groupRows.map((g) => g.id),
          ),
        )
    : [];
  const linkRows = await db
    .select({
      eventId: successionEvents.id,
      kind: successionEvents.kind,
      effectiveOn: successionEvents.effectiveOn,
      legalBasis: successionEvents.legalBasis,
      fromAgencyId: successionLinks.fromAgencyId,
      toAgencyId: successionLinks.toAgencyId,
      functions: successionLinks.functions,
    })
    .from(successionLinks)
    .innerJoin(successionEvents, eq(successionEvents.id, successionLinks.eventId));
  const agencyIds = new Set(agencyRows.map((a) => a.id));
  return buildSnapshot(
    agencyRows,
    groupRows.map((g) => ({
      id: g.id,
      name: g.name,
      isOpen: g.isOpen,
      rule: g.rule,
      province: g.province,
      includes: memberRows.filter((m) => m.groupId === g.id && m.mode === 'include').map((m) => m.agencyId),
      excludes: memberRows.filter((m) => m.groupId === g.id && m.mode === 'exclude').map((m) => m.agencyId),
    })),
    linkRows.filter((l) => agencyIds.has(l.fromAgencyId)),
  );
}
