/**
 * A multimap from 32-bit keys to 32-bit values in typed arrays (open addressing plus linked
 * entries, newest first). The LSH buckets of 100,000 articles are a few million entries; a Map of
 * arrays would spend ten times the memory on object headers.
 */
export class IntMultiMap {
  private keys: Uint32Array;
  private heads: Int32Array;
  private used: Uint8Array;
  private mask: number;
  private filled = 0;
  private values: Uint32Array;
  private next: Int32Array;
  private count = 0;

  constructor(initialKeys = 1 << 12, initialEntries = 1 << 12) {
    this.keys = new Uint32Array(initialKeys);
    this.heads = new Int32Array(initialKeys).fill(-1);
    this.used = new Uint8Array(initialKeys);
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
    return this.keys.byteLength + this.heads.byteLength + this.used.byteLength + this.values.byteLength * 2;
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0;
    i &= this.mask;
    while (this.used[i] && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  private growKeys(): void {
    const { keys, heads, used } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const s = this.slot(keys[i]!);
      this.used[s] = 1;
      this.keys[s] = keys[i]!;
      this.heads[s] = heads[i]!;
    }
  }

  /** Adds a value under a key (duplicates allowed). */
  add(key: number, value: number): void {
    if ((this.filled + 1) * 2 > this.keys.length) this.growKeys();
    if (this.count === this.values.length) {
      const values = new Uint32Array(this.values.length * 2);
      values.set(this.values);
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.values = values;
      this.next = next;
    }
    const s = this.slot(key >>> 0);
    if (!this.used[s]) {
      this.used[s] = 1;
      this.keys[s] = key >>> 0;
      this.filled++;
    }
    const entry = this.count++;
    this.values[entry] = value;
    this.next[entry] = this.heads[s]!;
    this.heads[s] = entry;
  }

  /** The newest entry under `key`, or -1; walk on with `nextEntry`, read with `valueOf` (no callback). */
  firstEntry(key: number): number {
    const s = this.slot(key >>> 0);
    return this.used[s] ? this.heads[s]! : -1;
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
