import { foldSyllable, syllables } from '../../../../common/text/syllables.js';
import { NEUTRAL_PLACES, VIETNAM_PLACES } from './context-words.js';
import { analysisError } from './errors.js';
import { PhraseTrie } from './phrase-trie.js';
import {
  type EntityKind,
  type ExclusionKind,
  type ProfileData,
  type ProfileInput,
  profileSchema,
} from './profile-schema.js';

/** How much a name alone says that the article is about the province. */
export type Strength = 'strong' | 'homonym' | 'weak';

/** A named thing of the province, with the dates between which it belongs to it. */
export type ProfileEntity = {
  id: string;
  kind: EntityKind;
  name: string;
  part?: string;
  /** Later of the part's membership start and the entity's own start (yyyy-mm-dd). */
  from?: string;
  /** Earlier of the part's membership end and the entity's own end. */
  until?: string;
  /** Why the dates are what they are ("Hà Giang (cũ)" joined the province on 01/07/2025). */
  periodNote?: string;
  /** The former district a commune belongs to: several communes of one district confirm each other. */
  group?: string;
};

/** One way of writing an entity's name. */
export type NameEntry = {
  entity: ProfileEntity;
  alias: string;
  strength: Strength;
  personLike: boolean;
  /** Per syllable of the alias: written with a capital (so the text must capitalise it too). */
  capitals: boolean[];
};

/** One phrase of a configured exclusion. */
export type ExclusionEntry = {
  id: string;
  kind: ExclusionKind;
  reason: string;
  caseSensitive: boolean;
  phrase: string;
};

/** A place outside the province (or a neutral one such as "Việt Nam"). */
export type OtherPlace = { name: string; neutral: boolean };

/** A profile ready for matching: tries over syllable keys, accented and folded. */
export type CompiledProfile = {
  id: string;
  name: string;
  data: ProfileData;
  entities: Map<string, ProfileEntity>;
  names: PhraseTrie<NameEntry>;
  foldedNames: PhraseTrie<NameEntry>;
  exclusions: PhraseTrie<ExclusionEntry>;
  foldedExclusions: PhraseTrie<ExclusionEntry>;
  otherPlaces: PhraseTrie<OtherPlace>;
  foldedOtherPlaces: PhraseTrie<OtherPlace>;
};

const PERSON_TITLE_START = /^(bí thư|phó|chủ tịch|giám đốc|trưởng|chỉ huy)/i;

function slug(text: string): string {
  return syllables(text.normalize('NFC'))
    .map((s) => foldSyllable(s.key))
    .join('-');
}

function later(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

function earlier(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

/** Validates profile JSON; a bad profile is refused with the path of every problem. */
export function parseProfile(input: unknown): ProfileData {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw analysisError('MONITOR_PROFILE_INVALID', `Hồ sơ tỉnh không hợp lệ / Invalid profile: ${problems[0]}`, {
      problems,
    });
  }
  const data = parsed.data;
  const parts = new Set(data.parts.map((p) => p.id));
  const ids = new Set<string>();
  for (const e of data.entities) {
    if (ids.has(e.id))
      throw analysisError('MONITOR_PROFILE_INVALID', `Trùng mã thực thể / Duplicate entity id: ${e.id}`);
    ids.add(e.id);
    if (e.part && !parts.has(e.part))
      throw analysisError('MONITOR_PROFILE_INVALID', `Phần tỉnh không có / Unknown part: ${e.part} (${e.id})`);
  }
  for (const g of data.placeGroups)
    if (g.part && !parts.has(g.part))
      throw analysisError('MONITOR_PROFILE_INVALID', `Phần tỉnh không có / Unknown part: ${g.part}`);
  return data;
}

/** Compiles a profile (validated here) into matchers. Compile once; matching is then per article. */
export function compileProfile(input: ProfileInput | ProfileData): CompiledProfile {
  const data = parseProfile(input);
  const partById = new Map(data.parts.map((p) => [p.id, p]));
  const entities = new Map<string, ProfileEntity>();
  const names = new PhraseTrie<NameEntry>();
  const foldedNames = new PhraseTrie<NameEntry>();

  const makeEntity = (
    id: string,
    kind: EntityKind,
    name: string,
    part?: string,
    validFrom?: string,
    validUntil?: string,
  ): ProfileEntity => {
    const p = part ? partById.get(part) : undefined;
    const entity: ProfileEntity = {
      id,
      kind,
      name,
      part,
      from: later(p?.memberFrom, validFrom),
      until: earlier(p?.memberUntil, validUntil),
      periodNote: p?.memberFrom || p?.memberUntil ? p.name : undefined,
    };
    entities.set(id, entity);
    return entity;
  };
  const addName = (entity: ProfileEntity, alias: string, strength: Strength, personLike: boolean) => {
    const tokens = syllables(alias.normalize('NFC'));
    if (tokens.length === 0) return;
    const entry: NameEntry = { entity, alias, strength, personLike, capitals: tokens.map((t) => t.cap || t.num) };
    names.addKeys(
      tokens.map((t) => t.key),
      entry,
    );
    // Folded matching (English, unaccented posts) only for names of two syllables or more.
    if (tokens.length >= 2)
      foldedNames.addKeys(
        tokens.map((t) => t.folded),
        entry,
      );
  };

  for (const e of data.entities) {
    const entity = makeEntity(e.id, e.kind, e.name, e.part, e.validFrom, e.validUntil);
    const personLike = new Set(e.personLike);
    for (const n of e.names) addName(entity, n, 'strong', personLike.has(n));
    for (const n of e.homonyms) addName(entity, n, 'homonym', personLike.has(n));
    for (const n of e.weakNames) addName(entity, n, 'weak', personLike.has(n));
  }
  for (const g of data.placeGroups) {
    const designator = g.kind === 'ward' ? 'phường' : 'xã';
    for (const [list, strength] of [
      [g.strong, 'strong'],
      [g.weak, 'weak'],
    ] as const) {
      for (const n of list) {
        const designated = /^(xã|phường|thị trấn) /u.test(n);
        const display = designated ? n : `${designator} ${n}`;
        const id = `${g.kind}:${slug(display)}:${g.part ?? 'all'}`;
        const entity =
          entities.get(id) ??
          makeEntity(id, g.kind, g.within ? `${display} (${g.within})` : display, g.part, g.validFrom, g.validUntil);
        entity.group ??= g.within;
        addName(entity, display, strength, false);
        if (!designated) addName(entity, n, strength, false);
      }
    }
  }
  // Titles and agencies of the province ("Chủ tịch UBND tỉnh" + "Tuyên Quang").
  const provinceNames: Array<{ name: string; part?: string }> = [{ name: data.name }];
  for (const e of data.entities)
    if (e.kind === 'former-province' && e.part) provinceNames.push({ name: e.names[0] ?? e.name, part: e.part });
  for (const title of data.leaderTitles) {
    const kind: EntityKind = PERSON_TITLE_START.test(title) ? 'leader-title' : 'agency';
    for (const p of provinceNames) {
      const entity = makeEntity(`title:${slug(title)}:${slug(p.name)}`, kind, `${title} ${p.name}`, p.part);
      addName(entity, `${title} ${p.name}`, 'strong', false);
    }
  }
  for (const l of data.leaders) {
    const entity = makeEntity(`leader:${slug(l.name)}`, 'leader', `${l.title} ${l.name}`, undefined, l.from, l.until);
    addName(entity, l.name, 'weak', false);
  }

  const exclusions = new PhraseTrie<ExclusionEntry>();
  const foldedExclusions = new PhraseTrie<ExclusionEntry>();
  for (const x of data.exclusions)
    for (const phrase of x.phrases) {
      const entry: ExclusionEntry = {
        id: x.id,
        kind: x.kind,
        reason: x.reason,
        caseSensitive: x.caseSensitive,
        phrase,
      };
      exclusions.add(phrase, entry);
      foldedExclusions.add(phrase, entry, true);
    }

  // Other places, minus the names the province itself relies on.
  const otherPlaces = new PhraseTrie<OtherPlace>();
  const foldedOtherPlaces = new PhraseTrie<OtherPlace>();
  const ownKeys = new Set<string>();
  // Only names that count on their own hide an other place; a weak own name ("Thái Bình") does not.
  for (const e of data.entities) for (const n of [...e.names, ...e.homonyms]) ownKeys.add(slug(n));
  for (const g of data.placeGroups) for (const n of g.strong) ownKeys.add(slug(n));
  for (const [list, neutral] of [
    [[...VIETNAM_PLACES, ...data.otherPlaces], false],
    [NEUTRAL_PLACES, true],
  ] as const) {
    for (const place of list) {
      if (ownKeys.has(slug(place))) continue;
      otherPlaces.add(place, { name: place, neutral });
      foldedOtherPlaces.add(place, { name: place, neutral }, true);
    }
  }
  return {
    id: data.id,
    name: data.name,
    data,
    entities,
    names,
    foldedNames,
    exclusions,
    foldedExclusions,
    otherPlaces,
    foldedOtherPlaces,
  };
}
