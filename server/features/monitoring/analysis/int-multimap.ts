/**
 * A multimap from 32-bit keys to 32-bit values in typed arrays (open addressing plus linked
 * entries, newest first). The LSH buckets of 100,000 articles are a few million entries; a Map of
 * arrays would spend ten times the memory on object headers.
 */
export class IntMultiMap {
  /**
   * Per slot, the key and the newest entry under it side by side (-1: an empty slot): a lookup
   * touches one cache line, where separate key, head and used arrays cost three misses per probe.
   */
  private slots: Int32Array;
  private mask: number;
  private filled = 0;
  private values: Uint32Array;
  private next: Int32Array;
  private count = 0;

  constructor(initialKeys = 1 << 12, initialEntries = 1 << 12) {
    this.slots = new Int32Array(initialKeys * 2).fill(-1);
    this.mask = initialKeys - 1;
    this.values = new Uint32Array(initialEntries);
    this.next = new Int32Array(initialEntries);
  }

  /** Number of (key, value) entries. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.slots.byteLength + this.values.byteLength * 2;
  }

  /** The slot of a key (as an int32), or the empty slot where it would go. */
  private slot(key: number): number {
    const slots = this.slots;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (slots[2 * i + 1] !== -1 && slots[2 * i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  private growKeys(): void {
    const old = this.slots;
    const size = (old.length / 2) * 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === -1) continue;
      const s = this.slot(old[i]!);
      this.slots[2 * s] = old[i]!;
      this.slots[2 * s + 1] = old[i + 1]!;
    }
  }

  /** Adds a value under a key (duplicates allowed). */
  add(key: number, value: number): void {
    if ((this.filled + 1) * 2 > this.mask + 1) this.growKeys();
    if (this.count === this.values.length) {
      const values = new Uint32Array(this.values.length * 2);
      values.set(this.values);
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.values = values;
      this.next = next;
    }
    const k = key | 0;
    const s = this.slot(k);
    if (this.slots[2 * s + 1] === -1) {
      this.slots[2 * s] = k;
      this.filled++;
    }
    const entry = this.count++;
    this.values[entry] = value;
    this.next[entry] = this.slots[2 * s + 1]!;
    this.slots[2 * s + 1] = entry;
  }

  /** The newest entry under `key`, or -1; walk on with `nextEntry`, read with `valueOf` (no callback). */
  firstEntry(key: number): number {
    return this.slots[2 * this.slot(key | 0) + 1]!;
  }

  /** The entry added under the same key before `entry`, or -1. */
  nextEntry(entry: number): number {
    return this.next[entry]!;
  }

  valueOf(entry: number): number {
    return this.values[entry]!;
  }

  /** Calls `visit` for the newest `limit` values under `key`. */
  forEach(key: number, limit: number, visit: (value: number) => void): void {
    let e = this.firstEntry(key);
    for (let n = 0; e !== -1 && n < limit; n++) {
      visit(this.values[e]!);
      e = this.next[e]!;
    }
  }
}
