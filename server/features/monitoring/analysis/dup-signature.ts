import { hash32, type Syllable, shingleHashes } from '../../../../common/text/syllables.js';
import { type CrossLanguagePart, crossLanguagePart } from './dup-languages.js';
import { IdSet } from './id-set.js';

/** Syllables per shingle: four Vietnamese syllables are about two words, rare enough to be telling. */
export const SHINGLE_SIZE = 4;
/** MinHash slots (one-permutation hashing); LSH reads them as BANDS bands of ROWS rows. */
export const BANDS = 24;
export const ROWS = 3;
export const SLOTS = BANDS * ROWS;
/** Words before a rounded figure ("hơn 3.000", "gần 50", "more than 3,100"). */
const APPROXIMATE = new Set([
  'hơn',
  'gần',
  'khoảng',
  'xỉ',
  'chừng',
  'ngót',
  'than',
  'nearly',
  'about',
  'almost',
  'around',
  'roughly',
  'over',
]);
/** Sentences shorter than this are not fingerprinted (datelines, captions, "Ảnh: …"). */
const MIN_SENTENCE = 6;
const MAX_SENTENCES = 64;

/**
 * What the near-duplicate index keeps of an article (small enough to store with the article):
 * a MinHash of its syllable shingles, fingerprints of its sentences, and the numbers and proper
 * names that tell two stories of one template apart.
 */
export type DupSignature = {
  minhash: Uint32Array;
  /** Distinct shingles (for containment from the Jaccard estimate). */
  shingles: number;
  /** Hashes of the sentences (sorted, distinct). */
  sentences: Uint32Array;
  /** Syllables of each sentence, aligned with `sentences`. */
  sentenceLengths: Uint16Array | Uint32Array;
  /** Syllables of the fingerprinted text. */
  length: number;
  /** Numbers, dates and prices of the whole text (sorted, distinct hashes). */
  numbers: Uint32Array;
  /** Pairs of adjacent capitalised syllables of the whole text ("Tân Trào"), sorted hashes. */
  names: Uint32Array;
  titleNumbers: Uint32Array;
  /** The title's proper names, each as the hashes of its capitalised pairs. */
  titleNames: Uint32Array[];
  /** Language, folded names and normalised figures, to pair a translation (absent in older rows). */
  across?: CrossLanguagePart;
};

// Scratch space reused for every article (the analysis is synchronous): signatures are computed
// for every ingested article, and their temporary arrays and maps were a third of the cost.
const distinctShingles = new IdSet();
let keyScratch = new Uint32Array(4096);
let startScratch = new Uint8Array(4096);
let shingleScratch = new Uint32Array(4096);
let numberScratch = new Uint32Array(1024);
let nameScratch = new Uint32Array(1024);
const sentenceScratch = new Uint32Array(MAX_SENTENCES);
const sentenceLengthScratch = new Uint32Array(MAX_SENTENCES);
const sentenceOrder = new Float64Array(MAX_SENTENCES);
const filledSlots = new Uint8Array(SLOTS);

function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The distinct values, ascending (a new array: `values` is left as it is). */
function sortedUnique(values: ArrayLike<number>): Uint32Array {
  const a = values instanceof Uint32Array ? values.slice() : Uint32Array.from(values);
  a.sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i]!;
  return n === a.length ? a : a.slice(0, n);
}

/**
 * The hashes of every run of SHINGLE_SIZE keys, into scratch space: `shingleHashes` of
 * common/text/syllables.ts (its `combineHashes`, unrolled for four keys), which allocates and reads
 * its keys as an ArrayLike. The stored signatures depend on these values: they must not change.
 */
function shinglesOf(keyHashes: Uint32Array): Uint32Array {
  const n = keyHashes.length;
  if (n <= SHINGLE_SIZE) return shingleHashes(keyHashes, SHINGLE_SIZE);
  if (shingleScratch.length < n) shingleScratch = new Uint32Array(n * 2);
  const out = shingleScratch.subarray(0, n - SHINGLE_SIZE + 1);
  for (let i = 0; i < out.length; i++) {
    let h = Math.imul(0x9e3779b9 ^ keyHashes[i]!, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h ^ keyHashes[i + 1]!, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h ^ keyHashes[i + 2]!, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h ^ keyHashes[i + 3]!, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
    out[i] = (h ^ (h >>> 16)) >>> 0;
  }
  return out;
}

/**
 * One-permutation MinHash with rotation densification: one hash per shingle instead of SLOTS.
 * Counts the distinct shingles on the way (repeats change no slot: they are skipped).
 */
function minhash(shingles: Uint32Array): { slots: Uint32Array; distinct: number } {
  const slots = new Uint32Array(SLOTS).fill(0xffffffff);
  const filled = filledSlots.fill(0);
  distinctShingles.clear();
  let distinct = 0;
  for (let i = 0; i < shingles.length; i++) {
    if (!distinctShingles.add(shingles[i]!)) continue;
    distinct++;
    const h = mix(shingles[i]!);
    const slot = Math.floor((h / 4294967296) * SLOTS);
    if (h < slots[slot]!) slots[slot] = h;
    filled[slot] = 1;
  }
  if (shingles.length === 0) return { slots, distinct };
  for (let i = 0; i < SLOTS; i++) {
    if (filled[i]) continue;
    let j = 1;
    while (!filled[(i + j) % SLOTS]) j++;
    slots[i] = mix(slots[(i + j) % SLOTS]! ^ Math.imul(j, 0x9e3779b9));
  }
  return { slots, distinct };
}

/** Appends the hashes of pairs of adjacent capitalised syllables of tokens[from, to) to `out` at `at`. */
function capitalPairs(tokens: Syllable[], from: number, to: number, out: Uint32Array, at: number): number {
  for (let i = from + 1; i < to; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (!a.cap || !b.cap || a.num || b.num || b.punctBefore !== '') continue;
    out[at++] = Math.imul(a.hash ^ 0x5bd1e995, 0x27d4eb2d) ^ b.hash;
  }
  return at;
}

/**
 * A tally written with a slash ("hoàn thành 112/152 căn", "46/46 xã"): a part no greater than its
 * whole, the whole no month (so no date: "10/10", "30/11") and no year (a decree's "15/2020").
 */
function isTally(key: string): boolean {
  const m = /^(\d+)\/(\d+)$/.exec(key);
  if (!m) return false;
  const part = Number(m[1]);
  const whole = Number(m[2]);
  return whole > 12 && part <= whole && !(whole >= 1900 && whole <= 2100);
}

/**
 * Appends a number's hash to `out` at `at`; a range written with a hyphen ("15.000-25.000 đồng/kg",
 * "20-25 độ C", "2026-2027") as the hashes of its ends, as another outlet writes the same figures
 * ("từ 15.000 đến 25.000 đồng", "từ 20 đến 25 độ C"), and so is a tally with a slash ("112/152 căn",
 * retold "112 trong tổng số 152 căn"). `out` has room for two per token.
 */
function pushNumber(t: Syllable, out: Uint32Array, at: number): number {
  const key = t.key;
  const slash = key.includes('/') && isTally(key) ? key.indexOf('/') : -1;
  if (slash > 0) {
    out[at++] = hash32(key.slice(0, slash));
    out[at++] = hash32(key.slice(slash + 1));
    return at;
  }
  const dash = key.indexOf('-');
  if (dash <= 0 || dash === key.length - 1 || key.indexOf('-', dash + 1) >= 0) {
    out[at++] = t.hash;
    return at;
  }
  out[at++] = hash32(key.slice(0, dash));
  out[at++] = hash32(key.slice(dash + 1));
  return at;
}

/** The sentence fingerprints of the text (sorted) with their lengths in syllables. */
function sentencesOf(keyHashes: Uint32Array, starts: Uint8Array): { sentences: Uint32Array; lengths: Uint16Array } {
  // Distinct hashes in order of first occurrence, each with the length of its last occurrence.
  let count = 0;
  let start = 0;
  for (let i = 1; i <= keyHashes.length; i++) {
    if (i < keyHashes.length && starts[i] === 0) continue;
    if (i - start >= MIN_SENTENCE && count < MAX_SENTENCES) {
      let h = 0x2545f491;
      for (let k = start; k < i; k++) h = mix(h ^ keyHashes[k]!);
      h >>>= 0;
      let k = 0;
      while (k < count && sentenceScratch[k] !== h) k++;
      if (k === count) sentenceScratch[count++] = h;
      sentenceLengthScratch[k] = Math.min(65535, i - start);
    }
    start = i;
  }
  // Ascending by hash: a hash (< 2^32) times 64 plus its slot is exact in a double.
  for (let k = 0; k < count; k++) sentenceOrder[k] = sentenceScratch[k]! * MAX_SENTENCES + k;
  const order = sentenceOrder.subarray(0, count).sort();
  const sentences = new Uint32Array(count);
  const lengths = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const slot = order[k]! % MAX_SENTENCES;
    sentences[k] = sentenceScratch[slot]!;
    lengths[k] = sentenceLengthScratch[slot]!;
  }
  return { sentences, lengths };
}

/**
 * The near-duplicate signature of an article from its syllables (title and body); `publishedAt`
 * (ISO) dates the weekdays of an English text for pairing it with its original.
 */
export function dupSignature(titleTokens: Syllable[], bodyTokens: Syllable[], publishedAt?: string): DupSignature {
  // Short posts carry their text in the title: shingle both then.
  const text = bodyTokens.length < 40 ? [...titleTokens, ...bodyTokens] : bodyTokens;
  if (keyScratch.length < text.length) {
    keyScratch = new Uint32Array(text.length * 2);
    startScratch = new Uint8Array(text.length * 2);
  }
  const keyHashes = keyScratch.subarray(0, text.length);
  const starts = startScratch.subarray(0, text.length);
  for (let i = 0; i < text.length; i++) {
    const t = text[i]!;
    keyHashes[i] = t.hash;
    starts[i] = t.sentenceStart ? 1 : 0;
  }
  const shingles = shinglesOf(keyHashes);
  const { sentences, lengths: sentenceLengths } = sentencesOf(keyHashes, starts);

  const all = titleTokens.length + bodyTokens.length;
  if (numberScratch.length < all * 2) {
    numberScratch = new Uint32Array(all * 4);
    nameScratch = new Uint32Array(all * 2);
  }
  let numbers = 0;
  let names = 0;
  for (const tokens of [titleTokens, bodyTokens]) {
    // One read of each token: its number, or its pair with the previous token when both are
    // capitalised words and no punctuation parts them (as `capitalPairs`).
    let previousName = false;
    let previousHash = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const hash = t.hash;
      if (t.num) {
        numbers = pushNumber(t, numberScratch, numbers);
        previousName = false;
        continue;
      }
      const name = t.cap;
      if (name && previousName && t.punctBefore === '')
        nameScratch[names++] = Math.imul(previousHash ^ 0x5bd1e995, 0x27d4eb2d) ^ hash;
      previousName = name;
      previousHash = hash;
    }
  }
  // Numbers are keyed without leading zeros by the tokenizer: "05/08" and "5/8" are one date.
  // A rounded figure in a title ("thiếu hơn 3.000 giáo viên", "more than 3,100 teachers") is each
  // outlet's own rounding of the body's figure, not what tells two stories apart (dates, prices do).
  let titleNumberCount = 0;
  const titleNumbers = new Uint32Array(titleTokens.length * 2);
  for (let i = 0; i < titleTokens.length; i++) {
    const t = titleTokens[i]!;
    if (!t.num || (i > 0 && t.punctBefore === '' && APPROXIMATE.has(titleTokens[i - 1]!.key))) continue;
    titleNumberCount = pushNumber(t, titleNumbers, titleNumberCount);
  }
  // A title in Title Case capitalises every word: it names nothing in particular then.
  const letters = titleTokens.filter((t) => !t.num);
  const titleCase = letters.length > 3 && letters.filter((t) => t.cap).length / letters.length > 0.7;
  const titleNames: Uint32Array[] = [];
  if (!titleCase) {
    const pairs = new Uint32Array(titleTokens.length);
    for (let i = 0; i < titleTokens.length; ) {
      if (!titleTokens[i]!.cap || titleTokens[i]!.num) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < titleTokens.length && titleTokens[j]!.cap && titleTokens[j]!.punctBefore === '') j++;
      if (j - i >= 2) {
        const found = capitalPairs(titleTokens, i, j, pairs, 0);
        if (found > 0) titleNames.push(sortedUnique(pairs.subarray(0, found)));
      }
      i = j;
    }
  }
  const { slots, distinct } = minhash(shingles);
  const across = crossLanguagePart(titleTokens, bodyTokens, publishedAt);
  return {
    minhash: slots,
    shingles: distinct,
    sentences,
    sentenceLengths,
    length: text.length,
    numbers: sortedUnique(numberScratch.subarray(0, numbers)),
    names: sortedUnique(nameScratch.subarray(0, names)),
    titleNumbers: sortedUnique(titleNumbers.subarray(0, titleNumberCount)),
    titleNames,
    // Always present (undefined when the language is not known): one object shape for every signature.
    across,
  };
}
