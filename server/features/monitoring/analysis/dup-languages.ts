import { hash32, type Syllable } from '../../../../common/text/syllables.js';
import { sharedCount } from './sorted-runs.js';

/**
 * Pairing an English version of a story with its Vietnamese original. A translation shares no
 * shingle or sentence with the original, only its proper names (written without diacritics: "Mèo
 * Vạc" / "Meo Vac") and its figures (written the other way: "0,2" / "0.2", "1.200" / "1,200",
 * "15/1" / "January 15"). Each signature therefore keeps an optional part: the text's language, its
 * name pairs folded, and its figures normalised by that language. Signatures stored before it have
 * no such part and never pair across languages.
 */

/** Languages told apart (0: neither, or not known: the part is left out). */
export const LANGUAGE = { en: 1, vi: 2 } as const;

/** What a signature keeps to pair across languages (sorted, distinct hashes). */
export type CrossLanguagePart = {
  language: number;
  /** Pairs of adjacent capitalised syllables, folded (diacritics removed, lower-case). */
  names: Uint32Array;
  /** Dates (day and month): a translation keeps them, a template's next issue does not. */
  dates: Uint32Array;
  /** Figures that are rarely shared by chance: decimals, numbers of 32 and more but not years, times. */
  strong: Uint32Array;
  /** Small counts (1–31) and years: shared by many stories, they only add to the evidence. */
  weak: Uint32Array;
};

/** Thresholds of the cross-language rule (see `acrossLanguages`). */
export const ACROSS_RULES = {
  /** Hours between the two publications: a translation follows its original within a day or two. */
  maxHours: 48,
  minNames: 4,
  nameShare: 0.5,
  minFigures: 3,
  figureShare: 0.75,
  minStrong: 2,
} as const;

/** The first syllables read to tell the language (as `readingMode` reads them). */
const SAMPLE = 400;
/** Below this share of syllables with diacritics a text is not written in Vietnamese (`readingMode`). */
const MARKED_VI = 0.15;
const CLEAR_FROM = 100;
const CLEAR_VI = 0.3;
/**
 * English words no Vietnamese syllable spells, even without its diacritics ("the" is "thế" unaccented,
 * "to" and "in" are Vietnamese words): about one in ten syllables of an English text is one of them.
 */
const ENGLISH_WORDS = new Set(
  'of and with from was were for is are has have had by that said this which its their will been after when'
    .split(' ')
    .map(hash32),
);
const ENGLISH_SHARE = 0.05;

/** English month names and their abbreviations, by hash, to read "January 15" as the date 15/1. */
const MONTHS = new Map<number, number>();
'january february march april may june july august september october november december'.split(' ').forEach((m, i) => {
  MONTHS.set(hash32(m), i + 1);
  MONTHS.set(hash32(m.slice(0, 3)), i + 1);
});
MONTHS.set(hash32('sept'), 9);

/**
 * English weekdays (Sunday 0): wires and English-language editions date the week's news by its day
 * ("on Thursday afternoon") where the Vietnamese original writes "chiều 8/10". With the publication
 * date the day is the latest such weekday on or before it.
 */
const WEEKDAYS = new Map<number, number>(
  'sunday monday tuesday wednesday thursday friday saturday'.split(' ').map((d, i) => [hash32(d), i]),
);
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** The date hash (as the dates run keeps it) of the latest `weekday` on or before publication, Việt Nam time. */
function weekdayDate(weekday: number, published: number): number {
  const local = new Date(published + VIETNAM_OFFSET_MS);
  const back = (local.getUTCDay() - weekday + 7) % 7;
  const day = new Date(local.getTime() - back * DAY_MS);
  return hash32(`d${day.getUTCDate()}/${day.getUTCMonth() + 1}`);
}

/**
 * Words before a road's number: "Quốc lộ 4C", "National Highway 4C". A road numbered with a letter
 * ("4C", "2A") is a rare figure in both languages, where its digit alone is a small count.
 */
const ROAD_WORDS = new Set(['lộ', 'ql', 'highway', 'route', 'road'].map(hash32));
const LETTERED_ROAD = /^\d+[A-Za-z]$/;

/** The language of a text from its first syllables: Vietnamese, English, or 0 (unaccented posts, others). */
export function languageOf(fields: Syllable[][]): number {
  let letters = 0;
  let marked = 0;
  for (const tokens of fields)
    for (let i = 0; i < tokens.length && letters < SAMPLE; i++) {
      const t = tokens[i]!;
      if (t.num) continue;
      letters++;
      if (t.marked) marked++;
      // Vietnamese prose marks most syllables: a clear majority of the first hundred decides.
      if (letters === CLEAR_FROM && marked / letters >= CLEAR_VI) return LANGUAGE.vi;
    }
  if (letters === 0) return 0;
  if (marked / letters >= MARKED_VI) return LANGUAGE.vi;
  // Most texts are Vietnamese: only the others are read again for English words.
  let english = 0;
  let read = 0;
  for (const tokens of fields)
    for (let i = 0; i < tokens.length && read < SAMPLE; i++) {
      const t = tokens[i]!;
      if (t.num) continue;
      read++;
      if (ENGLISH_WORDS.has(t.hash)) english++;
    }
  return english / letters >= ENGLISH_SHARE ? LANGUAGE.en : 0;
}

/** Where a figure goes: the index of its run (dates, strong, weak). */
const Kind = { Date: 0, Strong: 1, Weak: 2 } as const;

// Figures repeat across articles ("1", "2026", "12/1"): each written form is read once per language
// (found by the hash of its key, as the signature's numbers are; as a signed int, a cheaper Map key).
const figureCache = [new Map<number, number[]>(), new Map<number, number[]>()];
// Scratch runs reused for every article (the analysis is synchronous): names, dates, strong, weak.
let scratch = [new Uint32Array(4096), new Uint32Array(4096), new Uint32Array(4096), new Uint32Array(4096)];

/** A plain number in the language's notation as its value (NaN when it is not one). */
function numberValue(text: string, language: number): number {
  const thousands = language === LANGUAGE.en ? ',' : '.';
  const decimal = language === LANGUAGE.en ? '.' : ',';
  // A separator before exactly three digits groups thousands; the other one marks decimals.
  const grouped = text.split(thousands);
  if (grouped.length > 1 && grouped.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g))) text = grouped.join('');
  else if (grouped.length > 1) text = grouped.join(decimal);
  return Number(text.replace(decimal, '.'));
}

/** A day of the month written alone ("4" of "4–6/10"), or 0. */
function dayNumber(text: string): number {
  const day = /^\d{1,2}$/.test(text) ? Number(text) : 0;
  return day <= 31 ? day : 0;
}

/** The month of a Vietnamese day/month date that closes a range of days ("6/10" of "4–6/10"), or 0. */
function rangeMonth(text: string): number {
  const m = /^(\d{1,2})\/(\d{1,2})(?:\/\d{4})?$/.exec(text);
  if (!m || !dayNumber(m[1]!)) return 0;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? month : 0;
}

/** Words that join a day to the date closing a range or list of days ("4 đến 6/10", "8 và 9/10"). */
const DAY_JOINERS = new Set(['đến', 'tới', 'và'].map(hash32));

/**
 * The month when a Vietnamese bare day opens a range or list whose last day carries it: "4–6/10"
 * (a dash), "4 đến 6/10", "8 và 9/10"; 0 otherwise. The day is then a date, as its translation's
 * "October 4 to 6" is.
 */
function dayOfRange(tokens: Syllable[], i: number): number {
  const t = tokens[i]!;
  if (!dayNumber(t.key)) return 0;
  const next = tokens[i + 1];
  if (next?.num && /[–—-]/.test(next.punctBefore)) return rangeMonth(next.key);
  const after = tokens[i + 2];
  if (
    next &&
    !next.num &&
    next.punctBefore === '' &&
    DAY_JOINERS.has(next.hash) &&
    after?.num &&
    after.punctBefore === ''
  )
    return rangeMonth(after.key);
  return 0;
}

/** Appends (kind, hash) pairs of one number's written form: "0,2" → 0.2, "15.000-25.000" → its two ends. */
function readFigure(text: string, language: number, out: number[]): void {
  // Units written on ("4h", "5km", "10ha") and a final separator are not part of the figure.
  const m = /^[\d.,/:-]*\d/.exec(text);
  if (!m) return;
  const figure = m[0];
  const dash = figure.indexOf('-');
  if (dash > 0) {
    const ends = figure.split('-');
    // "4-6/10" is the days 4/10 to 6/10, as an English text writes "October 4 to 6".
    const month = language === LANGUAGE.vi ? rangeMonth(ends[ends.length - 1]!) : 0;
    for (const end of ends)
      if (month && dayNumber(end)) out.push(Kind.Date, hash32(`d${dayNumber(end)}/${month}`));
      else if (end) readFigure(end, language, out);
    return;
  }
  if (figure.includes('/')) {
    // Vietnamese writes day/month(/year); an English slash date is read no way reliably: skipped.
    if (language !== LANGUAGE.vi) return;
    const [day, month, year] = figure.split('/').map(Number);
    if (!day || !month || day > 31 || month > 12) return;
    out.push(Kind.Date, hash32(`d${day}/${month}`));
    if (year) out.push(Kind.Weak, hash32(`n${year}`));
    return;
  }
  if (figure.includes(':')) {
    const [h, min] = figure.split(':').map(Number);
    if (h! < 24 && min! < 60) out.push(Kind.Strong, hash32(`t${h}:${min}`));
    return;
  }
  const value = numberValue(figure, language);
  if (!Number.isFinite(value)) return;
  const integer = Number.isInteger(value);
  const weak = integer && (value < 32 || (value >= 1900 && value <= 2100));
  out.push(weak ? Kind.Weak : Kind.Strong, hash32(`n${value}`));
}

/** The (kind, hash) pairs of a number token, cached. */
function figuresOf(t: Syllable, language: number): number[] {
  const cache = figureCache[language === LANGUAGE.en ? 0 : 1]!;
  let found = cache.get(t.hash | 0);
  if (found === undefined) {
    if (cache.size > 4096) cache.clear();
    found = [];
    readFigure(t.key, language, found);
    cache.set(t.hash | 0, found);
  }
  return found;
}

/** The distinct values of a scratch run, ascending (a new array). */
function sortedDistinct(run: Uint32Array, count: number): Uint32Array {
  const a = run.slice(0, count).sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i]!;
  return n === a.length ? a : a.slice(0, n);
}

/**
 * The cross-language part of a text's signature, or undefined when its language is not known.
 * `publishedAt` (ISO) dates an English text's weekdays.
 */
export function crossLanguagePart(
  titleTokens: Syllable[],
  bodyTokens: Syllable[],
  publishedAt?: string,
): CrossLanguagePart | undefined {
  const language = languageOf([titleTokens, bodyTokens]);
  if (language === 0) return undefined;
  const all = titleTokens.length + bodyTokens.length;
  // A number gives at most two figures (a range's ends); a run never outgrows the text's tokens.
  if (scratch[0]!.length < all * 2) scratch = scratch.map(() => new Uint32Array(all * 4));
  const runs = scratch;
  const counts = [0, 0, 0, 0];
  const english = language === LANGUAGE.en;
  const published = english && publishedAt ? Date.parse(publishedAt) : Number.NaN;
  for (const tokens of [titleTokens, bodyTokens])
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // A weekday dates the event: kept with the rare figures, it pairs with the original's date
      // (see acrossLanguages) but is not a date the original must have (the day may be ahead).
      const weekday = t.cap && !Number.isNaN(published) ? WEEKDAYS.get(t.hash) : undefined;
      if (weekday !== undefined) {
        runs[1 + Kind.Strong]![counts[1 + Kind.Strong]!++] = weekdayDate(weekday, published);
        continue;
      }
      if (t.num && LETTERED_ROAD.test(t.key) && i > 0 && ROAD_WORDS.has(tokens[i - 1]!.hash))
        runs[1 + Kind.Strong]![counts[1 + Kind.Strong]!++] = hash32(`r${t.key.toLowerCase()}`);
      if (t.num) {
        // English dates: "January 15", "Jan. 15", "15 January" (the day is no count then).
        const month = english
          ? (MONTHS.get(tokens[i - 1]?.hash ?? 0) ?? MONTHS.get(tokens[i + 1]?.hash ?? 0))
          : undefined;
        const day = month ? Number(t.key) : 0;
        const opening = english ? 0 : dayOfRange(tokens, i);
        if (month && Number.isInteger(day) && day >= 1 && day <= 31)
          runs[1 + Kind.Date]![counts[1 + Kind.Date]!++] = hash32(`d${day}/${month}`);
        else if (opening) runs[1 + Kind.Date]![counts[1 + Kind.Date]!++] = hash32(`d${Number(t.key)}/${opening}`);
        else {
          const found = figuresOf(t, language);
          for (let k = 0; k < found.length; k += 2) runs[1 + found[k]!]![counts[1 + found[k]!]!++] = found[k + 1]!;
        }
        continue;
      }
      if (!t.cap || i === 0 || t.punctBefore !== '') continue;
      const previous = tokens[i - 1]!;
      if (previous.cap) runs[0]![counts[0]!++] = Math.imul(previous.foldedHash ^ 0x5bd1e995, 0x27d4eb2d) ^ t.foldedHash;
    }
  return {
    language,
    names: sortedDistinct(runs[0]!, counts[0]!),
    dates: sortedDistinct(runs[1]!, counts[1]!),
    strong: sortedDistinct(runs[2]!, counts[2]!),
    weak: sortedDistinct(runs[3]!, counts[3]!),
  };
}

/** Marks the cross-language part after the title names in packed words (old rows end before it). */
export const ACROSS_MARK = 0x584c414e;

/** Words the part takes when packed: mark, language, then four counted runs. */
export function acrossWords(part: CrossLanguagePart | undefined): number {
  return part ? 6 + part.names.length + part.dates.length + part.strong.length + part.weak.length : 0;
}

/** Writes the part into `out` at `at`; returns the offset after it. */
export function packAcross(part: CrossLanguagePart, out: Uint32Array, at: number): number {
  out[at++] = ACROSS_MARK;
  out[at++] = part.language;
  for (const run of [part.names, part.dates, part.strong, part.weak]) {
    out[at++] = run.length;
    out.set(run, at);
    at += run.length;
  }
  return at;
}

/** Reads the part packed at `at` (views into `words`); undefined when the words are malformed. */
export function viewAcross(words: Uint32Array, at: number): { part: CrossLanguagePart; end: number } | undefined {
  if (words[at] !== ACROSS_MARK || at + 6 > words.length) return undefined;
  const language = words[at + 1]!;
  at += 2;
  const runs: Uint32Array[] = [];
  for (let r = 0; r < 4; r++) {
    if (at >= words.length) return undefined;
    const n = words[at++]!;
    if (at + n > words.length) return undefined;
    runs.push(words.subarray(at, at + n));
    at += n;
  }
  const [names, dates, strong, weak] = runs as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  return { part: { language, names, dates, strong, weak }, end: at };
}

/**
 * Whether two packed parts (at `a` in `w`, at `b` in `v`) tell one story in two languages: several
 * proper names recur folded, most of them; at least three figures recur, nearly all of the text with
 * fewer, two of them rare ones; and every date of the English text is one of the Vietnamese text's.
 * A template's next issue names the same places with other figures and dates, and another story on
 * the same commune or a roundup of the same places shares names but not figures. Returns the share
 * of the figures that recur (a score), or -1 when they are not one story. The caller checks the times.
 */
export function acrossLanguages(w: Uint32Array, a: number, v: Uint32Array, b: number): number {
  const la = w[a + 1]!;
  const lb = v[b + 1]!;
  if (la === lb || la === 0 || lb === 0) return -1;
  const runs = (words: Uint32Array, at: number) => {
    const out: number[] = [];
    at += 2;
    for (let r = 0; r < 4; r++) {
      out.push(at + 1, words[at]!);
      at += 1 + words[at]!;
    }
    return out;
  };
  const ra = runs(w, a);
  const rb = runs(v, b);
  const names = sharedCount(w, ra[0]!, ra[0]! + ra[1]!, v, rb[0]!, rb[0]! + rb[1]!);
  if (names < ACROSS_RULES.minNames || names < ACROSS_RULES.nameShare * Math.min(ra[1]!, rb[1]!)) return -1;
  const dates = sharedCount(w, ra[2]!, ra[2]! + ra[3]!, v, rb[2]!, rb[2]! + rb[3]!);
  const englishDates = la === LANGUAGE.en ? ra[3]! : rb[3]!;
  if (dates < englishDates) return -1;
  // An English weekday (kept with the rare figures as a date) that is the Vietnamese text's date.
  const weekdays =
    la === LANGUAGE.en
      ? sharedCount(w, ra[4]!, ra[4]! + ra[5]!, v, rb[2]!, rb[2]! + rb[3]!)
      : sharedCount(v, rb[4]!, rb[4]! + rb[5]!, w, ra[2]!, ra[2]! + ra[3]!);
  const strong = dates + weekdays + sharedCount(w, ra[4]!, ra[4]! + ra[5]!, v, rb[4]!, rb[4]! + rb[5]!);
  const figures = strong + sharedCount(w, ra[6]!, ra[6]! + ra[7]!, v, rb[6]!, rb[6]! + rb[7]!);
  const fewer = Math.min(ra[3]! + ra[5]! + ra[7]!, rb[3]! + rb[5]! + rb[7]!);
  if (strong < ACROSS_RULES.minStrong || figures < ACROSS_RULES.minFigures) return -1;
  const share = figures / fewer;
  return share >= ACROSS_RULES.figureShare ? share : -1;
}
