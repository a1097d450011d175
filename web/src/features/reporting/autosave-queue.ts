/**
 * The autosave rhythm of the report form, free of React so it can be tested: a change waits for
 * a quiet spell (debounce) before saving; saves never overlap (a change during a save is saved
 * after it); a version conflict pauses saving until the person chooses; a failure keeps the
 * change pending and the next change retries.
 */

export type SaveOutcome = 'saved' | 'conflict' | 'error';
export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export class AutosaveQueue {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;
  private paused = false;
  private last: SaveOutcome | null = null;

  constructor(
    private readonly save: () => Promise<SaveOutcome>,
    private readonly onState: (state: AutosaveState) => void = () => undefined,
    private readonly delayMs = 1500,
  ) {}

  /** Something changed: save after `delayMs` without further changes. */
  change(): void {
    this.dirty = true;
    if (this.paused) return;
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    if (!this.running) this.onState('pending');
  }

  /** Saves now if anything is pending (waiting for a save in flight first); resolves with the outcome. */
  async flush(): Promise<SaveOutcome | 'idle'> {
    this.clearTimer();
    while (this.running) await this.running;
    if (!this.dirty || this.paused) return this.paused ? 'conflict' : 'idle';
    this.running = this.saveOnce();
    await this.running;
    this.running = null;
    return this.last ?? 'idle';
  }

  /** Are there changes not yet saved? */
  hasPending(): boolean {
    return this.dirty || this.running !== null;
  }

  isPaused(): boolean {
    return this.paused;
  }

  /** After a conflict was settled by keeping one's own text: saving resumes (and saves at once if asked). */
  resume(saveNow = false): void {
    this.paused = false;
    if (saveNow) {
      this.dirty = true;
      void this.flush();
    } else if (this.dirty) this.change();
  }

  /** Forget pending changes (the form was reloaded from the server). */
  reset(): void {
    this.clearTimer();
    this.dirty = false;
    this.paused = false;
    this.onState('idle');
  }

  dispose(): void {
    this.clearTimer();
  }

  private async saveOnce(): Promise<void> {
    this.dirty = false;
    this.onState('saving');
    let outcome: SaveOutcome;
    try {
      outcome = await this.save();
    } catch {
      outcome = 'error';
    }
    this.last = outcome;
    if (outcome === 'conflict') {
      this.paused = true;
      this.dirty = true;
      this.clearTimer();
      this.onState('conflict');
    } else if (outcome === 'error') {
      this.dirty = true;
      this.onState('error');
    } else {
      this.onState(this.dirty ? 'pending' : 'saved');
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
