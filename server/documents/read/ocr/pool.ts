/**
 * The OCR worker pool: at most one recognition per core across the whole process, so two uploads
 * at once share the cores instead of fighting for them, and a page that hangs holds one slot only
 * until its deadline kills it.
 */
import { availableParallelism } from 'node:os';

/** A counting semaphore handing out slots in request order. */
export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    this.free = size;
  }

  /** Runs `task` when a slot is free and releases the slot however it ends. */
  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/** The process-wide OCR slots: one per core (TTDN_OCR_WORKERS overrides). */
export const ocrSlots = new Slots(Math.max(1, Number(process.env.TTDN_OCR_WORKERS) || availableParallelism()));

/** Runs every task through `slots`, reporting each settled one; results keep the tasks' order. */
export async function runAll<T>(
  tasks: Array<() => Promise<T>>,
  slots: Slots,
  onSettled: (index: number, result: PromiseSettledResult<T>) => void = () => undefined,
): Promise<Array<PromiseSettledResult<T>>> {
  return Promise.all(
    tasks.map(async (task, index) => {
      let result: PromiseSettledResult<T>;
      try {
        result = { status: 'fulfilled', value: await slots.use(task) };
      } catch (reason) {
        result = { status: 'rejected', reason };
      }
      onSettled(index, result);
      return result;
    }),
  );
}
