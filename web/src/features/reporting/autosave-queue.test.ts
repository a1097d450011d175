import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type AutosaveState, type SaveOutcome } from './autosave-queue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(outcomes: SaveOutcome[] = []) {
  const states: AutosaveState[] = [];
  const save = vi.fn(async () => outcomes.shift() ?? 'saved');
  const queue = new AutosaveQueue(save, (s) => states.push(s), 1500);
  return { queue, save, states };
}

describe('AutosaveQueue', () => {
  it('waits for 1.5 s of quiet before saving once', async () => {
    const { queue, save, states } = setup();
    queue.change();
    await vi.advanceTimersByTimeAsync(1000);
    queue.change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('never overlaps saves: a change during a save is saved after it', async () => {
    let release!: () => void;
    const save = vi.fn(() => new Promise<SaveOutcome>((resolve) => (release = () => resolve('saved'))));
    const queue = new AutosaveQueue(save, () => undefined, 1500);
    queue.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(1);
    queue.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.hasPending()).toBe(false);
  });

  it('pauses on a version conflict and keeps the change pending until resumed', async () => {
    const { queue, save, states } = setup(['conflict', 'saved']);
    queue.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('conflict');
    queue.change();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(queue.hasPending()).toBe(true);
    queue.resume(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps a failed change pending and flush() saves immediately', async () => {
    const { queue, save, states } = setup(['error', 'saved']);
    queue.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('error');
    expect(queue.hasPending()).toBe(true);
    expect(await queue.flush()).toBe('saved');
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reset() forgets pending changes', async () => {
    const { queue, save } = setup();
    queue.change();
    queue.reset();
    await vi.advanceTimersByTimeAsync(3000);
    expect(save).not.toHaveBeenCalled();
    expect(await queue.flush()).toBe('idle');
  });
});
