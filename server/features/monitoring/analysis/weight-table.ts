/**
 * The classifier's weights for scoring: 32-bit feature id → a run of (label index, weight) pairs
 * (label indexes below 256).
 * Scoring looks up about a thousand ids per article in a table much bigger than the CPU cache, so
 * the layout is what counts: a bitset (L1-sized) answers "no weights" for most n-grams without a
 * probe, a slot keeps its id and its run's bounds side by side (one cache line per probe), and
 * label indexes are bytes apart from the weights (half the memory of interleaved float pairs).
 */
export class WeightTable {
  /** Per slot: id, start of its run in `labels`/`weights` (-1: empty), end of the run, padding. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly present: Uint32Array;
  /** The label index and the weight of every pair, in the order the entries gave them. */
  readonly labels: Uint8Array;
  readonly weights: Float64Array;

  constructor(entries: Map<number, Float64Array>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    for (let s = 0; s < size; s++) this.slots[s * 4 + 1] = -1;
    this.present = new Uint32Array(PRESENT_WORDS);
    let total = 0;
    for (const pairs of entries.values()) total += pairs.length / 2;
    this.labels = new Uint8Array(total);
    this.weights = new Float64Array(total);
    let at = 0;
    for (const [key, pairs] of entries) {
      let slot = this.slotOf(key);
      while (this.slots[slot * 4 + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot * 4] = key | 0;
      this.slots[slot * 4 + 1] = at;
      for (let k = 0; k < pairs.length; k += 2) {
        this.labels[at] = pairs[k]!;
        this.weights[at++] = pairs[k + 1]!;
      }
      this.slots[slot * 4 + 2] = at;
      const bit = key & PRESENT_MASK;
      this.present[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The slot of an id, or -1; its pairs are at [start(slot), end(slot)) of labels and weights. */
  find(key: number): number {
    const bit = key & PRESENT_MASK;
    if ((this.present[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const k = key | 0;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const base = slot * 4;
      if (this.slots[base + 1] === -1) return -1;
      if (this.slots[base] === k) return slot;
    }
  }

  start(slot: number): number {
    return this.slots[slot * 4 + 1]!;
  }

  end(slot: number): number {
    return this.slots[slot * 4 + 2]!;
  }
}

const PRESENT_BITS = 17;
const PRESENT_MASK = (1 << PRESENT_BITS) - 1;
const PRESENT_WORDS = 1 << (PRESENT_BITS - 5);
