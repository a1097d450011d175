/**
 * A reusable set of 32-bit ids (generation-stamped open addressing): deduplicates the n-grams and
 * shingles of an article in linear time, with no allocation once warm; `clear` is O(1).
 */
export class IdSet {
  private keys = new Uint32Array(1 << 13);
  private stamps = new Uint32Array(1 << 13);
  private generation = 1;
  private count = 0;

  clear(): void {
    this.generation++;
    this.count = 0;
  }

  /** Adds an id; false when it was already there. */
  add(id: number): boolean {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    // Ids are already mixed hashes: their low bits make a good slot.
    for (let slot = (id ^ (id >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      if (this.stamps[slot] !== this.generation) {
        this.stamps[slot] = this.generation;
        this.keys[slot] = id;
        this.count++;
        return true;
      }
      if (this.keys[slot] === id >>> 0) return false;
    }
  }

  private grow(): void {
    const { keys, stamps, generation } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.stamps = new Uint32Array(keys.length * 2);
    this.generation = 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === generation) this.add(keys[i]!);
  }
}
