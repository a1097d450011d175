import { ACROSS_MARK, acrossWords, packAcross, viewAcross } from './dup-languages.js';
import { type DupSignature, SLOTS } from './dup-signature.js';
import { analysisError } from './errors.js';

const VERSION = 1;
/** Words before the MinHash: version, slots, shingles, length. */
export const HEADER = 4;
const EMPTY = new Uint32Array(0);

/**
 * A near-duplicate signature as bytes, to store beside the article (a bytea column) so that the
 * index can be rebuilt after a restart without re-reading article bodies. About 0.5–1 KB each.
 * Layout (little-endian u32): version, slots, shingles, length, then each array as count + values,
 * the title names as a count of names and each name as count + values; then, optionally (rows stored
 * before it lack it), the cross-language part (dup-languages.ts).
 */
export function encodeSignature(signature: DupSignature): Uint8Array {
  const words = packSignature(signature);
  return new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
}

/**
 * The words each viewed signature reads: packing a signature that was read from words gives those
 * words back instead of a copy (the ingest reads the whole 14-day window and adds it to an index,
 * which keeps signatures packed).
 */
const wordsOfView = new WeakMap<DupSignature, Uint32Array>();

/**
 * The signature in one Uint32Array (the stored layout): a tenth of the memory of separate arrays.
 * For a signature from `viewSignature` / `decodeSignature`, the words it views (not a copy).
 */
export function packSignature(signature: DupSignature): Uint32Array {
  const viewed = wordsOfView.get(signature);
  if (viewed) return viewed;
  const arrays = [signature.sentences, signature.numbers, signature.names, signature.titleNumbers];
  let words = 4 + SLOTS + signature.sentenceLengths.length + 1;
  for (const a of arrays) words += 1 + a.length;
  words += 1;
  for (const n of signature.titleNames) words += 1 + n.length;
  words += acrossWords(signature.across);
  const out = new Uint32Array(words);
  let at = 0;
  out[at++] = VERSION;
  out[at++] = SLOTS;
  out[at++] = signature.shingles;
  out[at++] = signature.length;
  out.set(signature.minhash, at);
  at += SLOTS;
  for (const a of arrays) {
    out[at++] = a.length;
    out.set(a, at);
    at += a.length;
  }
  out[at++] = signature.sentenceLengths.length;
  out.set(signature.sentenceLengths, at);
  at += signature.sentenceLengths.length;
  out[at++] = signature.titleNames.length;
  for (const n of signature.titleNames) {
    out[at++] = n.length;
    out.set(n, at);
    at += n.length;
  }
  if (signature.across) packAcross(signature.across, out, at);
  return out;
}

/** Reads bytes written by `encodeSignature`; refuses bytes of another version or shape. */
export function decodeSignature(bytes: Uint8Array): DupSignature {
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength < 16) corrupt();
  return viewSignature(new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
}

function corrupt(): never {
  throw analysisError('MONITOR_INPUT_INVALID', 'Chữ ký trùng lặp hỏng / Corrupt near-duplicate signature');
}

/**
 * A signature over packed words, without copying (views into `words`). Reads the counts by offset
 * rather than through closures: the ingest decodes the whole 14-day window for every feed document.
 */
export function viewSignature(words: Uint32Array): DupSignature {
  const end = words.length;
  if (end < HEADER + SLOTS + 1 || words[0] !== VERSION || words[1] !== SLOTS) corrupt();
  const shingles = words[2]!;
  const length = words[3]!;
  const minhash = words.subarray(HEADER, HEADER + SLOTS);
  let at = HEADER + SLOTS;
  const parts: Uint32Array[] = [];
  // sentences, numbers, names, titleNumbers, sentenceLengths: each a count, then its values.
  for (let p = 0; p < 5; p++) {
    if (at >= end) corrupt();
    const n = words[at++]!;
    if (at + n > end) corrupt();
    parts.push(words.subarray(at, at + n));
    at += n;
  }
  if (at >= end) corrupt();
  const names = words[at++]!;
  const titleNames: Uint32Array[] = [];
  for (let k = 0; k < names; k++) {
    if (at >= end) corrupt();
    const n = words[at++]!;
    if (at + n > end) corrupt();
    titleNames.push(words.subarray(at, at + n));
    at += n;
  }
  const across = at < end ? viewAcross(words, at) : undefined;
  if (across) at = across.end;
  const [sentences, numbers, namePairs, titleNumbers, sentenceLengths] = parts as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  if (sentenceLengths.length !== sentences.length || at !== end) corrupt();
  const signature: DupSignature = {
    minhash,
    shingles,
    length,
    sentences,
    sentenceLengths,
    numbers,
    names: namePairs,
    titleNumbers,
    titleNames,
    across: across?.part,
  };
  wordsOfView.set(signature, words);
  return signature;
}

/**
 * Where the parts of packed words start, found without building a signature: the index compares
 * each new article with dozens of stored ones, and views of them were most of that cost. Trusts
 * its words (from `packSignature`, or checked once by `viewSignature`).
 */
export class PackedLayout {
  words: Uint32Array = EMPTY;
  shingles = 0;
  length = 0;
  sentences = 0;
  sentenceCount = 0;
  numbers = 0;
  numberCount = 0;
  names = 0;
  nameCount = 0;
  titleNumbers = 0;
  titleNumberCount = 0;
  /** Syllables of each sentence, aligned with the sentences. */
  lengths = 0;
  /** The count of title names; each name follows as a count and its pairs. */
  titleNames = 0;

  locate(words: Uint32Array): this {
    this.words = words;
    this.shingles = words[2]!;
    this.length = words[3]!;
    let at = HEADER + SLOTS;
    this.sentenceCount = words[at]!;
    this.sentences = at + 1;
    at += 1 + this.sentenceCount;
    this.numberCount = words[at]!;
    this.numbers = at + 1;
    at += 1 + this.numberCount;
    this.nameCount = words[at]!;
    this.names = at + 1;
    at += 1 + this.nameCount;
    this.titleNumberCount = words[at]!;
    this.titleNumbers = at + 1;
    at += 1 + this.titleNumberCount;
    this.lengths = at + 1;
    this.titleNames = at + 1 + words[at]!;
    return this;
  }

  /**
   * Where the cross-language part starts, or -1 when the words have none (rows stored before it).
   * Found on demand by walking the title names: only the rare cross-language check reads it.
   */
  across(): number {
    const w = this.words;
    let at = this.titleNames;
    const names = w[at++]!;
    for (let k = 0; k < names; k++) at += 1 + w[at]!;
    return at < w.length && w[at] === ACROSS_MARK ? at : -1;
  }
}
