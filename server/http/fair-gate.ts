/**
 * A first-come, first-served gate for the embedded database. PGlite runs one statement at a time,
 * and a request of ten statements would otherwise queue behind every other request's statement
 * ten times over; admitting a few requests at a time in arrival order lets each finish its
 * statements in a row, so none waits behind the queue for seconds and the latency tail stays
 * close to the median.
 */
export class FairGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Runs `work` when its turn comes (arrival order), holding one of `limit` places. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((admit) => this.waiting.push(admit));
    try {
      return await work();
    } finally {
      // The place passes straight to the next in line, so a newcomer cannot overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  /** How many requests wait for a place (for tests and diagnostics). */
  get queued(): number {
    return this.waiting.length;
  }
}
