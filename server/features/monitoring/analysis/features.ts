import { hash32, type Syllable, syllables } from '../../../../common/text/syllables.js';
import { NEGATION_FRAMES, NEGATORS, negated, priceRise, replaced } from './cue-scope.js';
import { IdSet } from './id-set.js';
import { type PhraseHit, PhraseTrie } from './phrase-trie.js';
import type { Flag, Topic } from './types.js';

/**
 * A rule that sets a flag from lexicon hits and predicted topics: `topic` predicted, every `all`
 * category hit and at least one `any` category hit ("style.exclaim" reads the style features).
 */
export type FlagRule = { flag: Flag; topic?: Topic; all?: string[]; any?: string[]; reason: string };

/** The lexicon as stored in a model: phrase lists per category and the priors of their features. */
export type Lexicon = {
  description?: string;
  priors: Record<string, Record<string, number>>;
  flagRules?: FlagRule[];
  /**
   * Categories that say what an item is about, not how it reflects on the province (a wrong map is
   * someone's wrong map): training gives them no tone weight, so the text's blame, complaints or
   * handling decide the tone.
   */
  toneFree?: string[];
  categories: Record<string, string[]>;
};

/** A compiled lexicon: tries from phrase to category, accented and diacritic-free. */
export type LexiconMatcher = { trie: PhraseTrie<string>; folded: PhraseTrie<string>; categories: string[] };

/**
 * Lexicon category whose phrases are not cues but cover other cues inside them: "cơ quan chức năng"
 * (the authorities, a routine phrase) holds "quan chức" (officials, as hostile sites write) — a cue
 * found only inside a covering phrase does not count.
 */
export const MASK_CATEGORY = 'mask';

/**
 * Lexicon category of phrases that only count when a figure follows them: "ghi nhận 27 ca" (recorded
 * 27 cases) is a tally, not "ghi nhận" (recognition, soft praise). Followed by a figure ("thêm",
 * "hơn" … may stand before it), the phrase masks the cues inside it as a masking phrase does.
 */
export const COUNT_CATEGORY = 'count';
const BEFORE_FIGURE = new Set(['thêm', 'hơn', 'gần', 'khoảng', 'tổng', 'cộng']);

/** The end of a count phrase's figure ("ghi nhận [thêm] 27"), or -1 when no figure follows it. */
function figureAfter(tokens: Syllable[], to: number): number {
  let j = to;
  while (j < tokens.length && j < to + 2 && !tokens[j]!.num && BEFORE_FIGURE.has(tokens[j]!.key)) j++;
  const t = tokens[j];
  return t?.num && !t.sentenceStart ? j + 1 : -1;
}

/** Builds the phrase matchers of a lexicon. */
export function compileLexicon(lexicon: Lexicon): LexiconMatcher {
  const trie = new PhraseTrie<string>();
  const folded = new PhraseTrie<string>();
  for (const [category, phrases] of Object.entries(lexicon.categories))
    for (const phrase of phrases) {
      trie.add(phrase.toLowerCase(), category);
      // Without its marks one accented syllable is many words ("chán", "chăn", "chân", "chắn" are all
      // "chan"): unaccented text matches only phrases of two syllables or more, or unmarked ones (English).
      const words = syllables(phrase.toLowerCase().normalize('NFC'));
      if (words.length === 1 && words[0]!.folded !== words[0]!.key) continue;
      folded.add(phrase.toLowerCase(), category, true);
    }
  return { trie, folded, categories: Object.keys(lexicon.categories) };
}

/** How an article is written, beyond its words: rumour posts shout, social posts are social. */
export type ArticleStyle = { exclaim: boolean; caps: boolean; social: boolean };

const SOCIAL_HOSTS =
  /(^|\.)(facebook\.com|fb\.com|zalo\.me|tiktok\.com|youtube\.com|youtu\.be|x\.com|twitter\.com|threads\.net|instagram\.com)$/;

/** The style features of an article from its raw text, its syllables and its URL. */
export function articleStyle(title: Syllable[], body: Syllable[], bodyText: string, url?: string): ArticleStyle {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  // Rumour posts shout early: the title and the opening are enough (and keep this cheap).
  const opening = bodyText.length > 600 ? bodyText.slice(0, 600) : bodyText;
  let caps = false;
  for (const tokens of [title, body])
    for (let i = 0; i < tokens.length && i < 120 && !caps; i++) {
      const t = tokens[i]!;
      // A shouted Vietnamese word ("KHẨN", "NÓNG"), not an acronym such as UBND.
      caps = t.upper && t.marked && t.text.length >= 3;
    }
  const punctuation = (tokens: Syllable[]) => tokens.some((t, i) => i < 120 && /[!?]{2,}/.test(t.punctBefore));
  return {
    exclaim: punctuation(title) || punctuation(body) || /[!?]{2,}|!\s*$/.test(opening) || /!\s*$/.test(bodyText),
    caps,
    social: SOCIAL_HOSTS.test(host),
  };
}

/** Weight of the n-gram block relative to the lexicon features (a model stores its own). */
export const NGRAM_SCALE = 4;

/**
 * Sparse features of one article: numeric ids and values, same length; `names` (for training and
 * explanations) only when asked for. Ids are hashes, so scoring never builds n-gram strings.
 */
export type FeatureVector = { ids: number[]; values: number[]; names?: string[]; lexiconHits: Map<string, string[]> };

const SALT_W = 0x9e3779b1;
const SALT_T = 0x85ebca6b;
const SALT_B = 0xc2b2ae35;

function mixId(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const unigramId = (salt: number, hash: number) => mixId(hash ^ salt);
const bigramId = (a: number, b: number) => mixId(Math.imul(a ^ SALT_B, 0x27d4eb2d) ^ b);

/** The id of a feature as a model names it ("w:sạt", "t:lũ", "b:sạt lở", "L:tone.praise"). */
export function featureId(name: string): number {
  if (name.startsWith('w:')) return unigramId(SALT_W, hash32(name.slice(2)));
  if (name.startsWith('t:')) return unigramId(SALT_T, hash32(name.slice(2)));
  if (name.startsWith('b:')) {
    const [a = '', b = ''] = name.slice(2).split(' ');
    return bigramId(hash32(a), hash32(b));
  }
  return hash32(name) >>> 0;
}

function addLexicon(
  matcher: LexiconMatcher,
  tokens: Syllable[],
  folded: boolean,
  counts: Map<string, number>,
  hits: Map<string, string[]>,
) {
  // Every hit, nested ones included: "ma túy" (security) inside "ma túy tổng hợp" (crime) counts for both,
  // except a cue that lies inside a masking phrase ("quan chức" inside "cơ quan chức năng").
  const found = (folded ? matcher.folded : matcher.trie).scanAll(tokens, folded);
  const masks: PhraseHit<string>[] = [];
  for (const hit of found)
    if (hit.values.includes(MASK_CATEGORY)) masks.push(hit);
    else if (hit.values.includes(COUNT_CATEGORY)) {
      const end = figureAfter(tokens, hit.to);
      if (end > 0) masks.push({ from: hit.from, to: end, values: hit.values });
    }
  // The span of the latest tone cue that holds a negator of its own (none yet: empty).
  let ownFrom = -1;
  let ownTo = -1;
  for (const hit of found) {
    if (
      masks.length > 0 &&
      masks.some((m) => m.from <= hit.from && hit.to <= m.to && hit.to - hit.from < m.to - m.from)
    )
      continue;
    let phrase = tokens[hit.from]!.key;
    for (let i = hit.from + 1; i < hit.to; i++) phrase += ` ${tokens[i]!.key}`;
    // Negation only matters to tone cues: it is looked for when the phrase is one.
    let isNegated: boolean | undefined;
    let isReplaced: boolean | undefined;
    const values = hit.values;
    for (let v = 0; v < values.length; v++) {
      let value = values[v]!;
      if (values.indexOf(value) !== v || value === MASK_CATEGORY || value === COUNT_CATEGORY) continue;
      // A price that rises is market news, not growth ("giá cam … tăng mạnh").
      if (value === 'tone.praise' && priceRise(tokens, hit.from)) value = 'tone.routine';
      const tone = value.startsWith('tone.');
      if (tone) isNegated ??= negated(tokens, hit.from, ownFrom, ownTo);
      // Replacement only turns criticism: "thay cho" before praise or a disaster says nothing of it.
      if (tone && !isNegated && value.startsWith('tone.criticism')) isReplaced ??= replaced(tokens, hit.from, hit.to);
      const turned = isNegated || (isReplaced === true && value.startsWith('tone.criticism'));
      const category = tone && turned ? `not.${value}` : value;
      counts.set(category, (counts.get(category) ?? 0) + 1);
      let list = hits.get(category);
      if (!list) {
        list = [];
        hits.set(category, list);
      }
      if (list.length < 8 && !list.includes(phrase)) list.push(phrase);
    }
    if (isNegated !== undefined && !NEGATION_FRAMES.has(phrase))
      for (let i = hit.from; i < hit.to; i++)
        if (NEGATORS.has(tokens[i]!.key)) {
          ownFrom = hit.from;
          ownTo = hit.to;
          break;
        }
  }
}

// One set reused for every article (the analysis is synchronous, so it is never shared mid-use).
const seen = new IdSet();

/** Calls `visit` with the id of every unigram ("w"), bigram ("b") and title unigram ("t"). */
function forEachGram(
  title: Syllable[],
  body: Syllable[],
  visit: (id: number, a: Syllable, b: Syllable | undefined, kind: 'w' | 'b' | 't') => void,
): void {
  for (const tokens of [title, body]) {
    let previous: Syllable | null = null;
    for (const t of tokens) {
      if (t.num) {
        previous = null;
        continue;
      }
      visit(unigramId(SALT_W, t.hash), t, undefined, 'w');
      if (previous && !t.sentenceStart) visit(bigramId(previous.hash, t.hash), previous, t, 'b');
      previous = t;
    }
  }
  for (const t of title) if (!t.num) visit(unigramId(SALT_T, t.hash), t, undefined, 't');
}

// The scoring path's n-gram ids, reused for every article (the analysis is synchronous).
let gramBuffer = new Uint32Array(4096);

/** The distinct ids of forEachGram in the order it visits them, into gramBuffer; returns their count. */
function distinctGramIds(title: Syllable[], body: Syllable[]): number {
  seen.clear();
  // At most two ids per syllable plus one per title syllable.
  const most = 2 * (title.length + body.length) + title.length;
  if (gramBuffer.length < most) gramBuffer = new Uint32Array(most * 2);
  const ids = gramBuffer;
  let n = 0;
  for (let f = 0; f < 2; f++) {
    const tokens = f === 0 ? title : body;
    let previous = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.num) {
        previous = -1;
        continue;
      }
      const hash = t.hash;
      const w = unigramId(SALT_W, hash);
      if (seen.add(w)) ids[n++] = w;
      if (previous >= 0 && !t.sentenceStart) {
        const b = bigramId(tokens[previous]!.hash, hash);
        if (seen.add(b)) ids[n++] = b;
      }
      previous = i;
    }
  }
  for (let i = 0; i < title.length; i++) {
    const t = title[i]!;
    if (t.num) continue;
    const id = unigramId(SALT_T, t.hash);
    if (seen.add(id)) ids[n++] = id;
  }
  return n;
}

/**
 * Lexicon category of what only an office holder is charged with ("tham ô", "nhận hối lộ", "lợi dụng
 * chức vụ", "nguyên Chủ tịch UBND xã"): beside one of them the article's crime cues ("khởi tố bị can",
 * "điều tra") report wrongdoing by the province's officials, which the guide reads as criticism, not a
 * crime reported as fact. The category itself carries no tone (`toneFree`); those of its phrases that
 * are criticism anywhere are in "tone.criticism" as well. Without a crime cue nothing changes (a former
 * chairman visiting flood victims).
 */
export const OFFICE_CATEGORY = 'cue.office';

/**
 * Counts the crime cues of a count map as criticism (an official's wrongdoing), and with them its
 * disaster cues: the loss ("thiệt hại") is what the official caused, the flood the relief money was for.
 */
function crimeAsCriticism(counts: Map<string, number>): void {
  for (const category of ['tone.crime', 'tone.disaster']) {
    const n = counts.get(category);
    if (n === undefined) continue;
    counts.delete(category);
    counts.set('tone.criticism', (counts.get('tone.criticism') ?? 0) + n);
  }
}

/**
 * The lexicon and style features ("L:…", "LT:…", "S:…") in their order, each passed to `add`;
 * returns the phrases found per category.
 */
function namedFeatures(
  matcher: LexiconMatcher,
  title: Syllable[],
  body: Syllable[],
  folded: boolean,
  style: ArticleStyle | undefined,
  add: (name: string, value: number) => void,
): Map<string, string[]> {
  const counts = new Map<string, number>();
  const titleCounts = new Map<string, number>();
  const hits = new Map<string, string[]>();
  addLexicon(matcher, body, folded, counts, hits);
  addLexicon(matcher, title, folded, titleCounts, hits);
  for (const [category, n] of titleCounts) counts.set(category, (counts.get(category) ?? 0) + n);
  if (counts.has(OFFICE_CATEGORY) && counts.has('tone.crime'))
    for (const c of [counts, titleCounts]) crimeAsCriticism(c);
  for (const [category, n] of counts) add(`L:${category}`, Math.log2(1 + n));
  for (const category of titleCounts.keys()) add(`LT:${category}`, 1);
  if (style) for (const key of ['exclaim', 'caps', 'social'] as const) if (style[key]) add(`S:${key}`, 1);
  return hits;
}

/**
 * The classifier's view of an article: syllable unigrams and bigrams of title and body ("w:sạt",
 * "b:sạt lở"), title unigrams ("t:…"), and one feature per lexicon category ("L:tone.praise",
 * log-scaled count; "LT:…" when it occurs in the title). N-gram values are scaled so that a long
 * article does not outvote a short one by sheer length. `folded` matches the lexicon without
 * diacritics (English and unaccented posts).
 */
export function articleFeatures(
  matcher: LexiconMatcher,
  title: Syllable[],
  body: Syllable[],
  folded = false,
  ngramScale = NGRAM_SCALE,
  style?: ArticleStyle,
  withNames = false,
): FeatureVector {
  // Scoring only needs distinct ids; training (withNames) also needs the name of each.
  const ids: number[] = [];
  const values: number[] = [];
  let names: string[] | undefined;
  if (withNames) {
    const named = new Map<number, string>();
    forEachGram(title, body, (id, a, b, kind) => {
      if (!named.has(id)) named.set(id, kind === 'b' ? `b:${a.key} ${b!.key}` : `${kind}:${a.key}`);
    });
    names = [];
    for (const [id, name] of named) {
      ids.push(id);
      names.push(name);
    }
  } else {
    const n = distinctGramIds(title, body);
    for (let i = 0; i < n; i++) ids.push(gramBuffer[i]!);
  }
  const value = ids.length > 0 ? ngramScale / Math.sqrt(ids.length) : 0;
  for (let i = 0; i < ids.length; i++) values.push(value);
  const hits = namedFeatures(matcher, title, body, folded, style, (name, value) => {
    ids.push(featureId(name));
    values.push(value);
    names?.push(name);
  });
  return { ids, values, names, lexiconHits: hits };
}

/**
 * The features as scoring reads them, the same as articleFeatures without names: the distinct
 * n-gram ids (`grams[0, gramCount)`, a buffer the next call reuses) all worth `gramValue`, then the
 * named features. Scoring an article then builds no array per n-gram.
 */
export type ScoringFeatures = { grams: Uint32Array; gramCount: number; gramValue: number; named: FeatureVector };

export function scoringFeatures(
  matcher: LexiconMatcher,
  title: Syllable[],
  body: Syllable[],
  folded = false,
  ngramScale = NGRAM_SCALE,
  style?: ArticleStyle,
): ScoringFeatures {
  const gramCount = distinctGramIds(title, body);
  const gramValue = gramCount > 0 ? ngramScale / Math.sqrt(gramCount) : 0;
  const ids: number[] = [];
  const values: number[] = [];
  const hits = namedFeatures(matcher, title, body, folded, style, (name, value) => {
    ids.push(featureId(name));
    values.push(value);
  });
  return { grams: gramBuffer, gramCount, gramValue, named: { ids, values, lexiconHits: hits } };
}
