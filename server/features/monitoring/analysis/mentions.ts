import type { Syllable } from '../../../../common/text/syllables.js';
import {
  coveringExclusion,
  hasBrandContext,
  isComparison,
  isCredit,
  isNickname,
  isPerson,
  isShopAppositive,
  isStreet,
  isVisitorOrigin,
  otherPlaceInChain,
} from './context-rules.js';
import type { PhraseHit } from './phrase-trie.js';
import type { CompiledProfile, ExclusionEntry, NameEntry, OtherPlace } from './profile.js';
import type { ExcludedMention, ExclusionHit, Mention } from './types.js';

/** A mention before the article-level decisions, with what the rules saw around it. */
export type RawMention = Mention & {
  exclusion?: ExclusionHit;
  brandContext: boolean;
  /** A place elsewhere is named within a few syllables (it weakens a homonym such as "Đồng Văn"). */
  nearOtherPlace: boolean;
};

/** How close (in syllables) a place elsewhere must be to weaken a homonym. */
const NEAR_OTHER_PLACE = 20;

/** The tokens of one field of an article. */
export type FieldTokens = { field: 'title' | 'body'; tokens: Syllable[] };

const STRENGTH_RANK = { strong: 3, homonym: 2, weak: 1 } as const;
/** How many syllables before a name an exclusion phrase may start ("khu công nghiệp Đồng Văn"). */
const EXCLUSION_REACH = 6;
export const WEIGHT = { strong: 1, homonym: 1, weak: 0.34 } as const;

/** The article's reading mode: folded for English and unaccented posts. */
export function readingMode(fields: FieldTokens[]): 'accented' | 'folded' {
  let letters = 0;
  let marked = 0;
  // The first few hundred syllables tell the language as well as the whole text.
  for (const f of fields)
    for (let i = 0; i < f.tokens.length && letters < SAMPLE; i++) {
      const t = f.tokens[i]!;
      if (t.num) continue;
      letters++;
      if (t.marked) marked++;
    }
  return letters > 0 && marked / letters < 0.15 ? 'folded' : 'accented';
}

const SAMPLE = 400;

/** Whether the text uses capitals for proper names (false for all-lower-case social posts). */
export function isCased(fields: FieldTokens[]): boolean {
  let starts = 0;
  let capitalised = 0;
  let seen = 0;
  for (const f of fields)
    for (let i = 0; i < f.tokens.length && seen < SAMPLE; i++, seen++) {
      const t = f.tokens[i]!;
      if (t.num) continue;
      if (t.cap) capitalised++;
      if (t.sentenceStart) starts++;
    }
  // Lower-case posts have almost no capitals at all; a cased text has at least one per sentence.
  return capitalised >= Math.max(1, starts * 0.5);
}

/** The exclusion of a name used outside its dates (former Hà Giang before 01/07/2025). */
function outOfPeriod(entry: NameEntry, date: string | null): ExclusionHit | null {
  if (inDate(entry.entity, date)) return null;
  const e = entry.entity;
  if (e.from && date && date < e.from && e.periodNote)
    return {
      id: 'before-merger',
      kind: 'before-merger',
      reason: `${e.periodNote} thuộc tỉnh từ ${e.from}; bài ngày ${date} nói về tỉnh khác / before the merger`,
    };
  return {
    id: 'out-of-period',
    kind: 'out-of-period',
    reason: `tên chỉ có hiệu lực ${e.from ?? '…'} – ${e.until ?? '…'} / name not valid on ${date}`,
  };
}

/** Whether a name is the province's on the date (former Hà Giang's names only from 01/07/2025). */
export function inDate(entity: NameEntry['entity'], date: string | null): boolean {
  if (!date) return true;
  if (entity.from && date < entity.from) return false;
  if (entity.until && date > entity.until) return false;
  return true;
}

function pickEntry(values: NameEntry[], date: string | null): NameEntry {
  let best: NameEntry | undefined;
  let bestRank = -1;
  for (const v of values) {
    const rank = (inDate(v.entity, date) ? 10 : 0) + STRENGTH_RANK[v.strength];
    if (rank > bestRank) {
      best = v;
      bestRank = rank;
    }
  }
  return best!;
}

function properlyCased(entry: NameEntry, tokens: Syllable[], hit: PhraseHit<unknown>): boolean {
  for (let k = 0; k < entry.capitals.length; k++) {
    const t = tokens[hit.from + k]!;
    if (entry.capitals[k] && !(t.cap || t.upper || t.num)) return false;
  }
  return true;
}

/** A name found in a field, with the profile entry chosen for the article's date. */
export type NameHit = { hit: PhraseHit<NameEntry>; entry: NameEntry; cased: boolean };

/**
 * The province's names in one field: leftmost-longest; a longer name written the wrong way
 * ("Ha Giang loop") falls back to the longest properly cased prefix ("Ha Giang").
 */
export function findNames(
  profile: CompiledProfile,
  tokens: Syllable[],
  options: { folded: boolean; cased: boolean; date: string | null },
): NameHit[] {
  const folded = options.folded;
  const names = folded ? profile.foldedNames : profile.names;
  const nameHits: NameHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = names.prefixesAt(tokens, i, folded);
    if (candidates.length === 0) {
      i++;
      continue;
    }
    let chosen: NameHit | null = null;
    for (const hit of candidates) {
      const entry = pickEntry(hit.values, options.date);
      if (!options.cased || properlyCased(entry, tokens, hit)) {
        chosen = { hit, entry, cased: true };
        break;
      }
    }
    chosen ??= { hit: candidates[0]!, entry: pickEntry(candidates[0]!.values, options.date), cased: false };
    nameHits.push(chosen);
    i = chosen.hit.to;
  }
  return nameHits;
}

/**
 * Applies the context rules to the names found in one field: casing, configured exclusions, dates,
 * streets, people, credit lines and addresses elsewhere; also lists the places elsewhere it names.
 */
export function scanField(
  profile: CompiledProfile,
  { field, tokens }: FieldTokens,
  nameHits: NameHit[],
  options: { folded: boolean; date: string | null; text: string },
): { mentions: RawMention[]; otherPlaces: Array<{ name: string; from: number; to: number }> } {
  const folded = options.folded;
  // An exclusion phrase must cover a name, so it starts at most a few syllables before one.
  const exclusionTrie = folded ? profile.foldedExclusions : profile.exclusions;
  const exclusionHits: PhraseHit<ExclusionEntry>[] = [];
  let scannedTo = 0;
  for (const { hit } of nameHits) {
    const from = Math.max(scannedTo, hit.from - EXCLUSION_REACH);
    exclusionHits.push(...exclusionTrie.scanAll(tokens, folded, from, hit.from + 1));
    scannedTo = hit.from + 1;
  }
  const otherHits = (folded ? profile.foldedOtherPlaces : profile.otherPlaces).scan(tokens, folded);
  const otherAt = new Map<number, PhraseHit<OtherPlace>>();
  for (const h of otherHits) otherAt.set(h.from, h);
  const ownStarts = new Uint8Array(tokens.length);
  for (const { hit } of nameHits) ownStarts[hit.from] = 1;
  const mentions: RawMention[] = [];
  for (const { hit, entry, cased } of nameHits) {
    const first = tokens[hit.from]!;
    const last = tokens[hit.to - 1]!;
    const mention: RawMention = {
      text: options.text.slice(first.start, last.end),
      entity: entry.entity.id,
      entityName: entry.entity.name,
      kind: entry.entity.kind,
      field,
      offset: first.start,
      length: last.end - first.start,
      strength: entry.strength,
      weight: WEIGHT[entry.strength],
      brandContext: false,
      nearOtherPlace: otherHits.some((h) => !h.values[0]!.neutral && Math.abs(h.from - hit.from) <= NEAR_OTHER_PLACE),
    };
    let exclusion: ExclusionHit | null;
    if (!cased) {
      const x = coveringExclusion(exclusionHits, hit, true);
      exclusion = x
        ? { id: x.id, kind: x.kind, reason: x.reason }
        : entry.strength !== 'weak'
          ? { id: 'lower-case', kind: 'common-word', reason: 'viết thường, không phải tên riêng / not a proper name' }
          : null;
      // A weak name written in lower case is simply not a name: dropped without a word.
      if (!exclusion) continue;
    } else {
      const configured = coveringExclusion(exclusionHits, hit, false);
      exclusion = configured
        ? { id: configured.id, kind: configured.kind, reason: configured.reason }
        : (outOfPeriod(entry, options.date) ??
          isStreet(tokens, hit, entry) ??
          (entry.personLike ? isPerson(tokens, hit, entry.entity.kind === 'province') : null) ??
          isNickname(tokens, hit) ??
          isCredit(tokens, hit, entry) ??
          isComparison(tokens, hit) ??
          isShopAppositive(tokens, hit) ??
          isVisitorOrigin(tokens, hit, entry) ??
          otherPlaceInChain(tokens, hit, entry, ownStarts, otherAt));
    }
    if (exclusion) {
      mention.exclusion = exclusion;
      mention.weight = 0;
    } else mention.brandContext = hasBrandContext(tokens, hit);
    mentions.push(mention);
  }
  // Other places that are not themselves one of the province's names.
  const covered = new Uint8Array(tokens.length);
  for (const { hit } of nameHits) covered.fill(1, hit.from, hit.to);
  const otherPlaces: Array<{ name: string; from: number; to: number }> = [];
  for (const h of otherHits)
    if (!h.values[0]!.neutral && !covered[h.from])
      otherPlaces.push({ name: h.values[0]!.name, from: h.from, to: h.to });
  return { mentions, otherPlaces };
}

/** Splits raw mentions into counted and excluded ones (for the output and the explanation). */
export function partitionMentions(raw: RawMention[]): { counted: Mention[]; excluded: ExcludedMention[] } {
  const counted: Mention[] = [];
  const excluded: ExcludedMention[] = [];
  for (const r of raw) {
    const m: Mention = {
      text: r.text,
      entity: r.entity,
      entityName: r.entityName,
      kind: r.kind,
      field: r.field,
      offset: r.offset,
      length: r.length,
      strength: r.strength,
      weight: r.weight,
    };
    if (r.exclusion) excluded.push({ ...m, exclusion: r.exclusion });
    else counted.push(m);
  }
  return { counted, excluded };
}
