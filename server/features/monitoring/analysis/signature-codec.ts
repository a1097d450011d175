import { type DupSignature, SLOTS } from './dup-signature.js';
import { analysisError } from './errors.js';

const VERSION = 1;

/**
 * A near-duplicate signature as bytes, to store beside the article (a bytea column) so that the
 * index can be rebuilt after a restart without re-reading article bodies. About 0.5–1 KB each.
 * Layout (little-endian u32): version, slots, shingles, length, then each array as count + values,
 * the title names as a count of names and each name as count + values.
 */
export function encodeSignature(signature: DupSignature): Uint8Array {
  const words = packSignature(signature);
  return new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
}

/** The signature in one Uint32Array (the stored layout): a tenth of the memory of separate arrays. */
export function packSignature(signature: DupSignature): Uint32Array {
  const arrays = [signature.sentences, signature.numbers, signature.names, signature.titleNumbers];
  let words = 4 + SLOTS + signature.sentenceLengths.length + 1;
  for (const a of arrays) words += 1 + a.length;
  words += 1;
  for (const n of signature.titleNames) words += 1 + n.length;
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
  for (const l of signature.sentenceLengths) out[at++] = l;
  out[at++] = signature.titleNames.length;
  for (const n of signature.titleNames) {
    out[at++] = n.length;
    out.set(n, at);
    at += n.length;
  }
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

/** A signature over packed words, without copying (views into `words`). */
export function viewSignature(words: Uint32Array): DupSignature {
  const fail = corrupt;
  let at = 0;
  const next = () => {
    if (at >= words.length) fail();
    return words[at++]!;
  };
  const take = (n: number) => {
    if (at + n > words.length) fail();
    const a = words.subarray(at, at + n);
    at += n;
    return a;
  };
  if (next() !== VERSION || next() !== SLOTS) fail();
  const shingles = next();
  const length = next();
  const minhash = take(SLOTS);
  const sentences = take(next());
  const numbers = take(next());
  const names = take(next());
  const titleNumbers = take(next());
  const sentenceLengths = take(next());
  const titleNames = Array.from({ length: next() }, () => take(next()));
  if (sentenceLengths.length !== sentences.length || at !== words.length) fail();
  return { minhash, shingles, length, sentences, sentenceLengths, numbers, names, titleNumbers, titleNames };
}
