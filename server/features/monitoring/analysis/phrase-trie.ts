import { hash32, type Syllable, syllables } from '../../../../common/text/syllables.js';

const NO_HITS: PhraseHit<never>[] = [];
const ROOT = 0;
/** Bits of the first-syllable filter (a bitset over the low bits of a syllable's hash). */
const FIRST_BITS = 16;
const FIRST_MASK = (1 << FIRST_BITS) - 1;

/** A phrase found in a syllable sequence: tokens [from, to) and what was stored for it. */
export type PhraseHit<T> = { from: number; to: number; values: T[] };

/**
 * Phrases keyed by syllables, matched syllable by syllable: a place name can never match inside
 * a longer word ("Hàm Yên" in "Hàm Yến"). The edges live in one open-addressing table keyed by
 * (node, syllable hash) and are confirmed by the syllable itself, so a step costs a few typed-array
 * reads; most syllables start no phrase and are passed over by a bitset of first syllables.
 */
export class PhraseTrie<T> {
  /** Per node: the syllable key that leads to it (to confirm a hash match) and its values. */
  private readonly nodeKeys: string[] = [''];
  private readonly nodeValues: T[][] = [[]];
  private edgeParent = new Int32Array(64).fill(-1);
  private edgeHash = new Uint32Array(64);
  private edgeChild = new Int32Array(64);
  private edgeCount = 0;
  private readonly firstSeen = new Uint32Array(1 << (FIRST_BITS - 5));
  private size = 0;

  /** Adds a phrase under already-normalised syllable keys. */
  addKeys(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    const first = hash32(keys[0]!) & FIRST_MASK;
    this.firstSeen[first >>> 5]! |= 1 << (first & 31);
    let node = ROOT;
    for (const key of keys) {
      const hash = hash32(key);
      let child = this.child(node, hash, key);
      if (child < 0) {
        child = this.nodeKeys.length;
        this.nodeKeys.push(key);
        this.nodeValues.push([]);
        this.insertEdge(node, hash, child);
      }
      node = child;
    }
    this.nodeValues[node]!.push(value);
    this.size++;
  }

  /** Adds a phrase as written; `folded` stores it without diacritics (for English and unaccented text). */
  add(phrase: string, value: T, folded = false): void {
    const keys = syllables(phrase.normalize('NFC')).map((s) => (folded ? s.folded : s.key));
    this.addKeys(keys, value);
  }

  get phraseCount(): number {
    return this.size;
  }

  private slotOf(node: number, hash: number): number {
    return Math.imul(hash ^ Math.imul(node, 0x85ebca6b), 0x9e3779b1) >>> 0;
  }

  /** The child of `node` by a syllable (its hash and key), or -1. */
  private child(node: number, hash: number, key: string): number {
    const mask = this.edgeParent.length - 1;
    for (let slot = this.slotOf(node, hash) & mask; ; slot = (slot + 1) & mask) {
      const parent = this.edgeParent[slot]!;
      if (parent === -1) return -1;
      if (parent === node && this.edgeHash[slot] === hash) {
        const child = this.edgeChild[slot]!;
        if (this.nodeKeys[child] === key) return child;
      }
    }
  }

  private insertEdge(node: number, hash: number, child: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeParent.length) this.growEdges();
    const mask = this.edgeParent.length - 1;
    let slot = this.slotOf(node, hash) & mask;
    while (this.edgeParent[slot] !== -1) slot = (slot + 1) & mask;
    this.edgeParent[slot] = node;
    this.edgeHash[slot] = hash;
    this.edgeChild[slot] = child;
    this.edgeCount++;
  }

  private growEdges(): void {
    const { edgeParent, edgeHash, edgeChild } = this;
    this.edgeParent = new Int32Array(edgeParent.length * 2).fill(-1);
    this.edgeHash = new Uint32Array(edgeParent.length * 2);
    this.edgeChild = new Int32Array(edgeParent.length * 2);
    this.edgeCount = 0;
    for (let i = 0; i < edgeParent.length; i++)
      if (edgeParent[i] !== -1) this.insertEdge(edgeParent[i]!, edgeHash[i]!, edgeChild[i]!);
  }

  /** The node reached from `node` by a token, or -1. */
  private step(node: number, token: Syllable, folded: boolean): number {
    return folded ? this.child(node, token.foldedHash, token.folded) : this.child(node, token.hash, token.key);
  }

  /** Whether some phrase may start with this token (false: certainly none does). */
  private mayStart(token: Syllable, folded: boolean): boolean {
    const h = (folded ? token.foldedHash : token.hash) & FIRST_MASK;
    return (this.firstSeen[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  /** The longest phrase that starts at token `from`, or null. */
  longestAt(tokens: readonly Syllable[], from: number, folded: boolean): PhraseHit<T> | null {
    if (!this.mayStart(tokens[from]!, folded)) return null;
    let node = ROOT;
    let bestTo = -1;
    let bestNode = ROOT;
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      // A phrase never runs across a sentence break (a full stop between two place names).
      if (i > from && token.sentenceStart) break;
      node = this.step(node, token, folded);
      if (node < 0) break;
      if (this.nodeValues[node]!.length > 0) {
        bestTo = i + 1;
        bestNode = node;
      }
    }
    return bestTo < 0 ? null : { from, to: bestTo, values: this.nodeValues[bestNode]! };
  }

  /** Every phrase that starts at token `from`, longest first. */
  prefixesAt(tokens: readonly Syllable[], from: number, folded: boolean): PhraseHit<T>[] {
    if (!this.mayStart(tokens[from]!, folded)) return NO_HITS as PhraseHit<T>[];
    let node = this.step(ROOT, tokens[from]!, folded);
    if (node < 0) return NO_HITS as PhraseHit<T>[];
    const hits: PhraseHit<T>[] = [];
    for (let i = from; ; ) {
      const values = this.nodeValues[node]!;
      if (values.length > 0) hits.push({ from, to: i + 1, values });
      i++;
      if (i >= tokens.length || tokens[i]!.sentenceStart) break;
      node = this.step(node, tokens[i]!, folded);
      if (node < 0) break;
    }
    return hits.length > 1 ? hits.reverse() : hits;
  }

  /** Leftmost-longest, non-overlapping hits over the whole sequence. */
  scan(tokens: readonly Syllable[], folded: boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.longestAt(tokens, i, folded);
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }

  /** Every hit, overlapping ones included, starting in [from, to) (default: the whole sequence). */
  scanAll(tokens: readonly Syllable[], folded: boolean, fromStart = 0, toStart = tokens.length): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let from = Math.max(0, fromStart); from < Math.min(tokens.length, toStart); from++) {
      if (!this.mayStart(tokens[from]!, folded)) continue;
      let node = ROOT;
      for (let i = from; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (i > from && token.sentenceStart) break;
        node = this.step(node, token, folded);
        if (node < 0) break;
        const values = this.nodeValues[node]!;
        if (values.length > 0) hits.push({ from, to: i + 1, values });
      }
    }
    return hits;
  }
}
