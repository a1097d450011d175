import { type Syllable, shingleHashes } from '../../../../common/text/syllables.js';
import { IdSet } from './id-set.js';

/** Syllables per shingle: four Vietnamese syllables are about two words, rare enough to be telling. */
export const SHINGLE_SIZE = 4;
/** MinHash slots (one-permutation hashing); LSH reads them as BANDS bands of ROWS rows. */
export const BANDS = 24;
export const ROWS = 3;
export const SLOTS = BANDS * ROWS;
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
};

// Reused for every article (the analysis is synchronous).
const distinctShingles = new IdSet();

function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function sortedUnique(values: ArrayLike<number>): Uint32Array {
  const a = Uint32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i]!;
  return a.slice(0, n);
}

/** One-permutation MinHash with rotation densification: one hash per shingle instead of SLOTS. */
function minhash(shingles: Uint32Array): Uint32Array {
  const slots = new Uint32Array(SLOTS).fill(0xffffffff);
  const filled = new Uint8Array(SLOTS);
  for (let i = 0; i < shingles.length; i++) {
    const h = mix(shingles[i]!);
    const slot = Math.floor((h / 4294967296) * SLOTS);
    if (h < slots[slot]!) slots[slot] = h;
    filled[slot] = 1;
  }
  if (shingles.length === 0) return slots;
  for (let i = 0; i < SLOTS; i++) {
    if (filled[i]) continue;
    let j = 1;
    while (!filled[(i + j) % SLOTS]) j++;
    slots[i] = mix(slots[(i + j) % SLOTS]! ^ Math.imul(j, 0x9e3779b9));
  }
  return slots;
}

function capitalPairs(tokens: Syllable[], from: number, to: number, out: number[]): void {
  for (let i = from + 1; i < to; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (!a.cap || !b.cap || a.num || b.num || b.punctBefore !== '') continue;
    out.push(Math.imul(a.hash ^ 0x5bd1e995, 0x27d4eb2d) ^ b.hash);
  }
}

/** The near-duplicate signature of an article from its syllables (title and body). */
export function dupSignature(titleTokens: Syllable[], bodyTokens: Syllable[]): DupSignature {
  // Short posts carry their text in the title: shingle both then.
  const text = bodyTokens.length < 40 ? [...titleTokens, ...bodyTokens] : bodyTokens;
  const keyHashes = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const t = text[i]!;
    keyHashes[i] = t.hash;
  }
  const shingles = shingleHashes(keyHashes, SHINGLE_SIZE);
  // The MinHash ignores repeats; only the count of distinct shingles is needed (for containment).
  distinctShingles.clear();
  let distinct = 0;
  for (let i = 0; i < shingles.length; i++) if (distinctShingles.add(shingles[i]!)) distinct++;

  const sentenceLength = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !text[i]!.sentenceStart) continue;
    if (i - start >= MIN_SENTENCE && sentenceLength.size < MAX_SENTENCES) {
      let h = 0x2545f491;
      for (let k = start; k < i; k++) h = mix(h ^ keyHashes[k]!);
      sentenceLength.set(h >>> 0, Math.min(65535, i - start));
    }
    start = i;
  }
  const sentences = sortedUnique([...sentenceLength.keys()]);
  const sentenceLengths = Uint16Array.from(sentences, (h) => sentenceLength.get(h) ?? 0);

  const numbers: number[] = [];
  const names: number[] = [];
  for (const tokens of [titleTokens, bodyTokens]) {
    for (const t of tokens) if (t.num) numbers.push(t.hash);
    capitalPairs(tokens, 0, tokens.length, names);
  }
  // Numbers are keyed without leading zeros by the tokenizer: "05/08" and "5/8" are one date.
  const titleNumbers = titleTokens.filter((t) => t.num).map((t) => t.hash);
  // A title in Title Case capitalises every word: it names nothing in particular then.
  const letters = titleTokens.filter((t) => !t.num);
  const titleCase = letters.length > 3 && letters.filter((t) => t.cap).length / letters.length > 0.7;
  const titleNames: Uint32Array[] = [];
  if (!titleCase) {
    for (let i = 0; i < titleTokens.length; ) {
      if (!titleTokens[i]!.cap || titleTokens[i]!.num) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < titleTokens.length && titleTokens[j]!.cap && titleTokens[j]!.punctBefore === '') j++;
      if (j - i >= 2) {
        const pairs: number[] = [];
        capitalPairs(titleTokens, i, j, pairs);
        if (pairs.length > 0) titleNames.push(sortedUnique(pairs));
      }
      i = j;
    }
  }
  return {
    minhash: minhash(shingles),
    shingles: distinct,
    sentences,
    sentenceLengths,
    length: text.length,
    numbers: sortedUnique(numbers),
    names: sortedUnique(names),
    titleNumbers: sortedUnique(titleNumbers),
    titleNames,
  };
}

/** Sum of `weights` (aligned with `a`) over the values `a` shares with `b` (both sorted). */
export function sharedWeight(a: Uint32Array, weights: ArrayLike<number>, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      sum += weights[i]!;
      i++;
      j++;
    }
  }
  return sum;
}

/** Count of values two sorted arrays share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Binary search in a sorted array. */
export function hasValue(a: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
