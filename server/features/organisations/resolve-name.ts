import { inArray } from 'drizzle-orm';
import { foldDiacritics, nameKey, similarity } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { authorize } from '../../policies/policy.js';
import { agencies, agencyAliases, agencyGroups, agencyNames, groupAliases } from '../../db/schema/organisations.js';
import { cachedByRegistryVersion } from './registry-version.js';

/** One name under which an agency or group is known. */
export type NameEntry = {
  type: 'agency' | 'group';
  id: number;
  /** The record's current name. */
  name: string;
  /** The name as known (alias, former name, or the name itself). */
  known: string;
  via: 'name' | 'former-name' | 'alias';
  province: string;
  validFrom: string;
  validTo: string | null;
};

export type NameIndex = { entries: NameEntry[]; byKey: Map<string, NameEntry[]> };

export type NameMatch = Pick<NameEntry, 'type' | 'id' | 'name' | 'via' | 'province'> & { score: number };

/** Trigram similarity from which a near name is offered as a likely match (amber rather than red). */
export const SUGGESTION_THRESHOLD = 0.5;

/** green: found; amber: only suggestions; red: nothing close. */
export type NameResolution = {
  asPrinted: string;
  status: 'resolved' | 'suggested' | 'unknown';
  match: NameMatch | null;
  suggestions: NameMatch[];
};

const PROVINCE_WORD = nameKey('tỉnh');
const PLURAL_WORD = `${nameKey('các')} `;
const TRAILING_PROVINCE = new RegExp(` ${PROVINCE_WORD}( [^,]+)?$`, 'u');

/** Keys under which a name is looked up: as is, and without a trailing "tỉnh …" or leading "các". */
function lookupKeys(text: string): string[] {
  const key = nameKey(text);
  const keys = [key];
  const withoutProvince = key.replace(TRAILING_PROVINCE, '');
  if (withoutProvince !== key && withoutProvince.length > 3) keys.push(withoutProvince);
  if (key.startsWith(PLURAL_WORD)) keys.push(key.slice(PLURAL_WORD.length));
  return keys;
}

/** Builds the in-memory name index from entries. */
export function buildNameIndex(entries: NameEntry[]): NameIndex {
  const byKey = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    for (const key of lookupKeys(entry.known)) {
      const list = byKey.get(key) ?? [];
      if (!list.some((e) => e.type === entry.type && e.id === entry.id)) list.push(entry);
      byKey.set(key, list);
    }
  }
  return { entries, byKey };
}

/** Loads every name, former name and alias of agencies and groups of the given provinces. */
export async function loadNameIndex(db: Db | Tx, provinces?: string[]): Promise<NameIndex> {
  return cachedByRegistryVersion(db, `names:${provinces?.join('|') ?? '*'}`, () => loadNameIndexFresh(db, provinces));
}

async function loadNameIndexFresh(db: Db | Tx, provinces?: string[]): Promise<NameIndex> {
  const agencyRows = await db
    .select()
    .from(agencies)
    .where(provinces ? inArray(agencies.province, provinces) : undefined);
  const byId = new Map(agencyRows.map((a) => [a.id, a]));
  const ids = agencyRows.map((a) => a.id);
  const formerRows = ids.length ? await db.select().from(agencyNames).where(inArray(agencyNames.agencyId, ids)) : [];
  const aliasRows = ids.length ? await db.select().from(agencyAliases).where(inArray(agencyAliases.agencyId, ids)) : [];
  const groupRows = await db
    .select()
    .from(agencyGroups)
    .where(provinces ? inArray(agencyGroups.province, provinces) : undefined);
  const groupAliasRows = groupRows.length
    ? await db
        .select()
        .from(groupAliases)
        .where(
          inArray(
            groupAliases.groupId,
            groupRows.map((g) => g.id),
          ),
        )
    : [];
  const entries: NameEntry[] = [];
  const agencyEntry = (a: (typeof agencyRows)[number], known: string, via: NameEntry['via']): NameEntry => ({
    type: 'agency',
    id: a.id,
    name: a.name,
    known,
    via,
    province: a.province,
    validFrom: a.validFrom,
    validTo: a.validTo,
  });
  for (const a of agencyRows) entries.push(agencyEntry(a, a.name, 'name'));
  for (const n of formerRows) {
    const a = byId.get(n.agencyId);
    if (a && n.name !== a.name) entries.push(agencyEntry(a, n.name, 'former-name'));
  }
  for (const alias of aliasRows) {
    const a = byId.get(alias.agencyId);
    if (a) entries.push(agencyEntry(a, alias.alias, 'alias'));
  }
  const groupById = new Map(groupRows.map((g) => [g.id, g]));
  for (const g of groupRows) {
    entries.push({
      type: 'group',
      id: g.id,
      name: g.name,
      known: g.name,
      via: 'name',
      province: g.province,
      validFrom: g.validFrom,
      validTo: g.validTo,
    });
  }
  for (const alias of groupAliasRows) {
    const g = groupById.get(alias.groupId);
    if (g)
      entries.push({
        type: 'group',
        id: g.id,
        name: g.name,
        known: alias.alias,
        via: 'alias',
        province: g.province,
        validFrom: g.validFrom,
        validTo: g.validTo,
      });
  }
  return buildNameIndex(entries);
}

function rank(entry: NameEntry, province: string | undefined, date: string | undefined): number {
  let score = 0;
  if (province && entry.province === province) score += 4;
  if (date && entry.validFrom <= date && (entry.validTo === null || entry.validTo >= date)) score += 2;
  if (entry.via === 'name') score += 1;
  return score;
}

function toMatch(entry: NameEntry, score: number): NameMatch {
  return { type: entry.type, id: entry.id, name: entry.name, via: entry.via, province: entry.province, score };
}

/**
 * Finds the agency or group a printed name means ("Sở\nThông tin và Truyền thông", "Sở TT&TT",
 * "Uỷ ban nhân dân tỉnh", NFD…), preferring the plan's province and agencies existing on `date`;
 * an unknown name gets up to five ranked suggestions.
 */
export function resolveName(
  index: NameIndex,
  printed: string,
  options: { province?: string; date?: string } = {},
): NameResolution {
  const asPrinted = printed.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const key of lookupKeys(asPrinted)) {
    const found = index.byKey.get(key);
    if (found && found.length > 0) {
      const best = [...found].sort(
        (a, b) => rank(b, options.province, options.date) - rank(a, options.province, options.date),
      )[0]!;
      return { asPrinted, status: 'resolved', match: toMatch(best, 1), suggestions: [] };
    }
  }
  const folded = foldDiacritics(asPrinted);
  const scored = new Map<string, NameMatch>();
  for (const entry of index.entries) {
    const score = similarity(folded, entry.known);
    const id = `${entry.type}:${entry.id}`;
    const current = scored.get(id);
    if (score >= 0.3 && (!current || current.score < score))
      scored.set(id, toMatch(entry, Math.round(score * 1000) / 1000));
  }
  const suggestions = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, 5);
  // A weak best guess is no suggestion: the reviewer should see red (create or alias), not amber.
  const best = suggestions[0]?.score ?? 0;
  return { asPrinted, status: best >= SUGGESTION_THRESHOLD ? 'suggested' : 'unknown', match: null, suggestions };
}

/** Resolves a printed name against the registry for the actor (any reader of agencies). */
export async function resolveAgencyName(
  ctx: RequestContext,
  printed: string,
  options: { date?: string; province?: string },
): Promise<NameResolution> {
  authorize(ctx.actor, 'agency.read');
  return resolveName(await loadNameIndex(ctx.db), printed, options);
}
