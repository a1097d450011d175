import type { GuidanceTargets } from '../../db/schema/guidance.js';
import type { OrgSnapshot } from '../organisations/org-snapshot.js';
import { describePath, resolveHolders } from '../organisations/resolve-holders.js';

/** The function guidance belongs to: a transfer of foreign-information duties moves its recipients too. */
const GUIDANCE_FUNCTION = 'foreign-information';

/**
 * The agencies a note reaches on `asOf`: each chosen agency followed through succession (a merged
 * agency's successor receives it once), each closed group's members on that date, with the path that
 * explains each. Pure, like resolve-holders: the caller loads the snapshot.
 */
export function resolveGuidanceRecipients(
  snapshot: OrgSnapshot,
  targets: GuidanceTargets,
  asOf: string,
): Array<{ agencyId: number; via: string }> {
  const options = { planFunction: GUIDANCE_FUNCTION, referenceDate: asOf, asOf };
  const found = new Map<number, string>();
  const holders = [
    ...targets.agencyIds.flatMap((agencyId) => resolveHolders(snapshot, { type: 'agency', agencyId }, options)),
    ...targets.groupIds.flatMap((groupId) => resolveHolders(snapshot, { type: 'group', groupId }, options)),
  ];
  for (const h of holders) {
    const via = describePath(h.path);
    // A direct choice explains itself best; otherwise the first path found.
    if (!found.has(h.agencyId) || via === 'trực tiếp') found.set(h.agencyId, via);
  }
  return [...found].map(([agencyId, via]) => ({ agencyId, via }));
}
