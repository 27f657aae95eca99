/**
 * Giving the browser its turn: the popup spreads long work (reading and indexing 60,000
 * annotations) over many short tasks so it can paint and answer input in between.
 */

/** Resolves in a new task soon after the next frame has been painted. */
export function afterPaint(win: Window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => void yieldTask(win).then(resolve)),
  );
}

/**
 * Resolves in a new task: `scheduler.yield` where there is one (it keeps the task's place in
 * line), else a message to ourselves (no 4 ms clamp, unlike nested `setTimeout`).
 */
export function yieldTask(win: Window): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long one slice of background work may run before it yields (ms). */
export const SLICE_MS = 8;

/**
 * Runs `work` over `items` in chunks of `chunk`, yielding with `pause` whenever a slice has
 * run `SLICE_MS`, so no frame waits long for it.
 */
export async function inSlices<T>(
  items: T[],
  chunk: number,
  work: (part: T[]) => void,
  pause: () => Promise<void>,
): Promise<void> {
  let sliceStart = performance.now();
  for (let at = 0; at < items.length; at += chunk) {
    work(items.slice(at, at + chunk));
    if (performance.now() - sliceStart >= SLICE_MS && at + chunk < items.length) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
