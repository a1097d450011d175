/**
 * A read-only map from 32-bit feature ids to runs of (label, weight) pairs, in typed arrays with
 * open addressing: scoring looks up about a thousand ids per article, and a JS Map of heap-number
 * keys was a tenth of the whole analysis.
 */
export class IdTable {
  private readonly keys: Uint32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly mask: number;
  /** Flat (labelIndex, weight) pairs of every id. */
  readonly pairs: Float64Array;

  constructor(entries: Map<number, Float64Array>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.starts = new Int32Array(size).fill(-1);
    this.ends = new Int32Array(size);
    let total = 0;
    for (const pairs of entries.values()) total += pairs.length;
    this.pairs = new Float64Array(total);
    let at = 0;
    for (const [key, pairs] of entries) {
      let slot = this.slotOf(key >>> 0);
      while (this.starts[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key >>> 0;
      this.starts[slot] = at;
      this.pairs.set(pairs, at);
      at += pairs.length;
      this.ends[slot] = at;
    }
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The slot of an id, or -1; its pairs are pairs[start(slot) … end(slot)). */
  find(key: number): number {
    const k = key >>> 0;
    for (let slot = this.slotOf(k); ; slot = (slot + 1) & this.mask) {
      if (this.starts[slot] === -1) return -1;
      if (this.keys[slot] === k) return slot;
    }
  }

  start(slot: number): number {
    return this.starts[slot]!;
  }

  end(slot: number): number {
    return this.ends[slot]!;
  }
}
