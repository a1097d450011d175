import { type Syllable, syllables } from '../../../../common/text/syllables.js';

type Node<T> = { next: Map<string, Node<T>>; values: T[] };
const NO_HITS: PhraseHit<never>[] = [];

/** A phrase found in a syllable sequence: tokens [from, to) and what was stored for it. */
export type PhraseHit<T> = { from: number; to: number; values: T[] };

/**
 * Phrases keyed by syllables, matched syllable by syllable: a place name can never match inside
 * a longer word ("Hàm Yên" in "Hàm Yến"), and matching costs one map lookup per syllable.
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  private size = 0;

  /** Adds a phrase under already-normalised syllable keys. */
  addKeys(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
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

  /** The longest phrase that starts at token `from`, or null. */
  longestAt(tokens: readonly Syllable[], from: number, folded: boolean): PhraseHit<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseHit<T> | null = null;
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      // A phrase never runs across a sentence break (a full stop between two place names).
      if (i > from && token.sentenceStart) break;
      node = node.next.get(folded ? token.folded : token.key);
      if (!node) break;
      if (node.values.length > 0) best = { from, to: i + 1, values: node.values };
    }
    return best;
  }

  /** Every phrase that starts at token `from`, longest first. */
  prefixesAt(tokens: readonly Syllable[], from: number, folded: boolean): PhraseHit<T>[] {
    const first = tokens[from]!;
    if (!this.root.next.has(folded ? first.folded : first.key)) return NO_HITS as PhraseHit<T>[];
    const hits: PhraseHit<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (i > from && token.sentenceStart) break;
      node = node.next.get(folded ? token.folded : token.key);
      if (!node) break;
      if (node.values.length > 0) hits.push({ from, to: i + 1, values: node.values });
    }
    return hits.reverse();
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
      const first = tokens[from]!;
      if (!this.root.next.has(folded ? first.folded : first.key)) continue;
      let node: Node<T> | undefined = this.root;
      for (let i = from; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (i > from && token.sentenceStart) break;
        node = node.next.get(folded ? token.folded : token.key);
        if (!node) break;
        if (node.values.length > 0) hits.push({ from, to: i + 1, values: node.values });
      }
    }
    return hits;
  }
}
