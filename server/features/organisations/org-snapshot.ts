import type { AgencyKind, GroupRule, SuccessionKind } from '../../db/schema/organisations.js';

/** An agency as the resolution rules need it. */
export type SnapshotAgency = {
  id: number;
  name: string;
  kind: AgencyKind;
  province: string;
  validFrom: string;
  validTo: string | null;
};

export type SnapshotGroup = {
  id: number;
  name: string;
  isOpen: boolean;
  rule: GroupRule | null;
  province: string;
  includes: number[];
  excludes: number[];
};

/** One succession edge with its event's kind and date. */
export type SnapshotLink = {
  eventId: number;
  kind: SuccessionKind;
  effectiveOn: string;
  legalBasis: string | null;
  fromAgencyId: number;
  toAgencyId: number | null;
  functions: string[];
};

/** Everything needed to answer "who holds this role on date D", loaded once per question. */
export type OrgSnapshot = {
  agencies: Map<number, SnapshotAgency>;
  groups: Map<number, SnapshotGroup>;
  /** Links grouped by source agency, sorted by date. */
  linksFrom: Map<number, SnapshotLink[]>;
  /** Links grouped by target agency (for "who merged into me"). */
  linksTo: Map<number, SnapshotLink[]>;
  /** Agencies by "province|kind", so a group rule does not scan the whole country. */
  byProvinceKind: Map<string, SnapshotAgency[]>;
};

/** Builds the lookup maps of a snapshot from flat rows. */
export function buildSnapshot(agencies: SnapshotAgency[], groups: SnapshotGroup[], links: SnapshotLink[]): OrgSnapshot {
  const linksFrom = new Map<number, SnapshotLink[]>();
  const linksTo = new Map<number, SnapshotLink[]>();
  const sorted = [...links].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.eventId - b.eventId);
  for (const link of sorted) {
    if (link.kind === 'rename') continue;
    pushTo(linksFrom, link.fromAgencyId, link);
    if (link.toAgencyId !== null) pushTo(linksTo, link.toAgencyId, link);
  }
  const byProvinceKind = new Map<string, SnapshotAgency[]>();
  for (const agency of agencies) pushTo(byProvinceKind, `${agency.province}|${agency.kind}`, agency);
  return {
    byProvinceKind,
    agencies: new Map(agencies.map((a) => [a.id, a])),
    groups: new Map(groups.map((g) => [g.id, g])),
    linksFrom,
    linksTo,
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Does the agency exist on this date? */
export function existsOn(agency: SnapshotAgency, date: string): boolean {
  return agency.validFrom <= date && (agency.validTo === null || agency.validTo >= date);
}
