import { describe, expect, it } from 'vitest';
import { FairGate } from './fair-gate.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the fair gate', () => {
  it('admits at most its limit and the rest in arrival order', async () => {
    const gate = new FairGate(2);
    const started: number[] = [];
    const finish: Array<() => void> = [];
    const runs = Array.from({ length: 6 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        await new Promise<void>((resolve) => finish.push(resolve));
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(4);
    finish[1]!();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    // A newcomer while others wait goes behind them, never ahead.
    const late = gate.run(async () => {
      started.push(99);
      return 99;
    });
    for (let i = 0; finish.length < 7 && i < 20; i++) {
      for (const f of finish.splice(0)) f();
      await tick();
    }
    expect(await Promise.all([...runs, late])).toEqual([0, 1, 2, 3, 4, 5, 99]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 99]);
  });

  it('frees the place of work that fails', async () => {
    const gate = new FairGate(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
