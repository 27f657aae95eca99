/**
 * Yielding the page's main thread: Margin's work in a page runs in slices of about 20 ms (well
 * under the 50 ms of a "long task", with room for a busy machine), so input and rendering are
 * never held up for long.
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** The longest a slice of Margin's work should hold the main thread, in milliseconds. */
export const SLICE_MS = 20;

/**
 * A function that resolves in a fresh task of `win`'s event loop: `scheduler.yield()` where
 * the browser has it and `prioritized` (the continuation keeps its priority, ahead of other
 * tasks), else a MessageChannel message (an ordinary task: no 4 ms clamping as nested timers
 * have), else a timer.
 */
export function yielder(win: Window, prioritized = true): () => Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (prioritized && typeof scheduler?.yield === 'function') {
    return () => scheduler.yield!.call(scheduler);
  }
  const Channel = (win as unknown as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (Channel) {
    const channel = new Channel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Work in slices: `due()` says whether the current slice has run for `sliceMs`; `pause()`
 * yields and starts a new slice. Loops call `if (slicer.due()) await slicer.pause()`.
 */
export function createSlicer(yieldNow: () => Promise<void>, sliceMs = SLICE_MS) {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= sliceMs,
    async pause() {
      await yieldNow();
      start = performance.now();
    },
  };
}
