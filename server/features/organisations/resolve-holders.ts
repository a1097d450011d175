import type { PathStep } from '../../../common/contracts/owes.js';
import { existsOn, type OrgSnapshot, type SnapshotLink } from './org-snapshot.js';

export type { PathStep } from '../../../common/contracts/owes.js';

/** An agency holding a role on a date, and the path that explains it. */
export type Holder = { agencyId: number; path: PathStep[] };

/** What a role points at: an agency, a rule group, or an open group with its per-task members. */
export type RoleTarget =
  | { type: 'agency'; agencyId: number }
  | { type: 'group'; groupId: number; openMembers?: number[] };

function applies(link: SnapshotLink, planFunction: string): boolean {
  if (link.kind === 'transfer') return link.functions.includes(planFunction);
  if (link.kind === 'split' && link.functions.length > 0) return link.functions.includes(planFunction);
  return true;
}

function isScoped(link: SnapshotLink): boolean {
  return link.functions.length > 0 && (link.kind === 'transfer' || link.kind === 'split');
}

/**
 * The links that move this agency's duties in `planFunction` next, after `after` and by `asOf`:
 * the earliest applicable date wins, and on that date a function-scoped transfer or split beats
 * the unscoped merge that takes "the rest" (Sở TT&TT on 01/03/2025).
 */
function nextLinks(
  snapshot: OrgSnapshot,
  agencyId: number,
  planFunction: string,
  after: string,
  asOf: string,
): SnapshotLink[] {
  const candidates = (snapshot.linksFrom.get(agencyId) ?? []).filter(
    (link) => link.effectiveOn > after && link.effectiveOn <= asOf && applies(link, planFunction),
  );
  const first = candidates[0];
  if (!first) return [];
  const sameDay = candidates.filter((link) => link.effectiveOn === first.effectiveOn);
  const scoped = sameDay.filter(isScoped);
  return scoped.length > 0 ? scoped : sameDay;
}

/** Follows succession from one agency to the agencies that carry its duties on `asOf`. */
export function followSuccession(
  snapshot: OrgSnapshot,
  agencyId: number,
  planFunction: string,
  asOf: string,
  path: PathStep[] = [],
  after = '0000-01-01',
  seen: Set<number> = new Set(),
): Holder[] {
  if (seen.has(agencyId)) return [];
  const links = nextLinks(snapshot, agencyId, planFunction, after, asOf);
  if (links.length === 0) return [{ agencyId, path }];
  const nextSeen = new Set(seen).add(agencyId);
  const holders: Holder[] = [];
  for (const link of links) {
    const step: PathStep = {
      kind: 'succession',
      eventId: link.eventId,
      eventKind: link.kind,
      effectiveOn: link.effectiveOn,
      fromAgencyId: link.fromAgencyId,
      fromName: snapshot.agencies.get(link.fromAgencyId)?.name ?? `#${link.fromAgencyId}`,
      toAgencyId: link.toAgencyId,
      toName: link.toAgencyId === null ? null : (snapshot.agencies.get(link.toAgencyId)?.name ?? `#${link.toAgencyId}`),
      functions: link.functions,
    };
    if (link.toAgencyId === null) continue; // dissolved with no successor: the duty ends here
    holders.push(
      ...followSuccession(snapshot, link.toAgencyId, planFunction, asOf, [...path, step], link.effectiveOn, nextSeen),
    );
  }
  return holders;
}

/** The agencies a closed group contains on a date (its rule by kind and province, if any, plus includes, minus excludes). */
export function groupMembersOn(snapshot: OrgSnapshot, groupId: number, date: string): number[] {
  const group = snapshot.groups.get(groupId);
  if (!group || group.isOpen) return [];
  const excluded = new Set(group.excludes);
  const members = new Set<number>();
  // A group without a rule is a list ("UBND các xã biên giới"): its members are its includes.
  for (const province of group.rule ? (group.rule.provinces ?? [group.province]) : []) {
    for (const kind of group.rule?.kinds ?? []) {
      for (const agency of snapshot.byProvinceKind.get(`${province}|${kind}`) ?? [])
        if (existsOn(agency, date)) members.add(agency.id);
    }
  }
  for (const id of group.includes) {
    const agency = snapshot.agencies.get(id);
    if (agency && existsOn(agency, date)) members.add(id);
  }
  return [...members].filter((id) => !excluded.has(id));
}

/**
 * Everyone who holds a role on `asOf`. A group counts its members on that date and also the
 * members it had on the plan's reference date, followed through succession — so the districts'
 * duties pass to the communes when the district tier ends mid-year.
 */
export function resolveHolders(
  snapshot: OrgSnapshot,
  target: RoleTarget,
  options: { planFunction: string; referenceDate: string; asOf: string },
): Holder[] {
  const { planFunction, referenceDate, asOf } = options;
  if (target.type === 'agency') {
    const agency = snapshot.agencies.get(target.agencyId);
    const direct: PathStep = { kind: 'direct', agencyId: target.agencyId, name: agency?.name ?? `#${target.agencyId}` };
    return dedupe(followSuccession(snapshot, target.agencyId, planFunction, asOf, [direct]));
  }
  const group = snapshot.groups.get(target.groupId);
  if (!group) return [];
  if (group.isOpen) {
    const step: PathStep = { kind: 'open-group', groupId: group.id, name: group.name };
    return dedupe(
      (target.openMembers ?? []).flatMap((id) =>
        followSuccession(snapshot, id, planFunction, asOf, [step, directStep(snapshot, id)]),
      ),
    );
  }
  const holders: Holder[] = [];
  for (const id of groupMembersOn(snapshot, group.id, asOf)) {
    holders.push({
      agencyId: id,
      path: [{ kind: 'group', groupId: group.id, name: group.name, referenceDate: asOf }, directStep(snapshot, id)],
    });
  }
  if (referenceDate < asOf) {
    for (const id of groupMembersOn(snapshot, group.id, referenceDate)) {
      const step: PathStep = { kind: 'group', groupId: group.id, name: group.name, referenceDate };
      holders.push(
        ...followSuccession(snapshot, id, planFunction, asOf, [step, directStep(snapshot, id)], referenceDate),
      );
    }
  }
  return dedupe(holders);
}

function directStep(snapshot: OrgSnapshot, agencyId: number): PathStep {
  return { kind: 'direct', agencyId, name: snapshot.agencies.get(agencyId)?.name ?? `#${agencyId}` };
}

/** Keeps the shortest explanation per agency. */
function dedupe(holders: Holder[]): Holder[] {
  const best = new Map<number, Holder>();
  for (const holder of holders) {
    const current = best.get(holder.agencyId);
    if (!current || holder.path.length < current.path.length) best.set(holder.agencyId, holder);
  }
  return [...best.values()];
}

/** The agencies whose duties have passed into this one by `asOf` (itself included): "its own". */
export function predecessorsOf(snapshot: OrgSnapshot, agencyId: number, asOf: string): number[] {
  const result = new Set<number>([agencyId]);
  const queue = [agencyId];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const link of snapshot.linksTo.get(current) ?? []) {
      if (link.effectiveOn > asOf || link.kind === 'transfer' || result.has(link.fromAgencyId)) continue;
      result.add(link.fromAgencyId);
      queue.push(link.fromAgencyId);
    }
  }
  return [...result];
}

/** A one-line Vietnamese explanation of a path, e.g. for the CLI's `via`. */
export function describePath(path: PathStep[]): string {
  const parts: string[] = [];
  for (const step of path) {
    if (step.kind === 'group') parts.push(`nhóm “${step.name}”`);
    else if (step.kind === 'open-group') parts.push(`nhóm mở “${step.name}”`);
    else if (step.kind === 'succession') {
      const [y, m, d] = step.effectiveOn.split('-');
      const scope = step.functions.length > 0 ? ` [${step.functions.join(', ')}]` : '';
      parts.push(
        `${step.fromName} → ${step.toName ?? '(giải thể)'} (${SUCCESSION_LABELS[step.eventKind]}${scope}, ${d}/${m}/${y})`,
      );
    }
  }
  return parts.length === 0 ? 'trực tiếp' : parts.join('; ');
}

/** Vietnamese names of succession kinds. */
export const SUCCESSION_LABELS: Record<SnapshotLink['kind'], string> = {
  rename: 'đổi tên',
  merge: 'hợp nhất/sáp nhập',
  split: 'chia tách',
  transfer: 'chuyển giao chức năng',
  dissolve: 'giải thể',
};
