/** Yielding the page's main thread: prioritised continuations or ordinary tasks. */
import { describe, expect, it, vi } from 'vitest';
import { yielder } from '../../../utils/main-thread';

const windowWith = (yieldFn: () => Promise<void>) =>
  ({ scheduler: { yield: yieldFn }, MessageChannel }) as unknown as Window;

describe('yielder', () => {
  it('uses scheduler.yield when asked for prioritised continuations', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    await yielder(windowWith(yieldFn))();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('posts an ordinary task instead when not prioritised (queued tasks may run first)', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    let resumed = false;
    const paused = yielder(windowWith(yieldFn), false)().then(() => (resumed = true));
    // A task, not a microtask: promise jobs queued after it still run before it resolves.
    await Promise.resolve();
    await Promise.resolve();
    expect(resumed).toBe(false);
    await paused;
    expect(resumed).toBe(true);
    expect(yieldFn).not.toHaveBeenCalled();
  });
});
