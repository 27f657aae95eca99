/**
 * The link between Margin's two content scripts in one frame. They share one content-script
 * global (Chrome's isolated world, Firefox's sandbox, never the page's), so they meet there:
 * the reader, once injected, leaves a `wake` function and sleeps until the detector hands it
 * an article (it may be injected early, on cheap signals, while detection is still running);
 * the detector leaves a `read` function, so the reader reads the page again (route changes,
 * grown articles) with the detector's code and ships none of its own.
 */
import type { PageArticle } from './article/page-article';
import type { Settings } from './settings';

const KEY = Symbol.for('margin.readerLink');

/** What the detector tells the reader when it hands the frame over. */
export interface WakeUp {
  /** The settings the detector just checked, so the first reading needs no storage trip. */
  settings: Settings;
}

interface Link {
  wake?: (wakeUp: WakeUp) => void;
  /** A hand-over made before the reader was injected: the reader starts on it at once. */
  pending?: WakeUp;
  read?: () => Promise<PageArticle>;
}

function link(scope: object): Link {
  const holder = scope as Record<symbol, Link | undefined>;
  return (holder[KEY] ??= {});
}

/**
 * The reader's side: `wake` runs once, on the first hand-over (later ones do nothing), at once
 * if the detector handed over before the reader was injected.
 */
export function registerReader(scope: object, wake: (wakeUp: WakeUp) => void): void {
  let woken = false;
  const l = link(scope);
  l.wake = (wakeUp) => {
    if (woken) return;
    woken = true;
    wake(wakeUp);
  };
  const pending = l.pending;
  l.pending = undefined;
  if (pending) l.wake(pending);
}

/**
 * Hands the frame to the reader: wakes it if it is injected already (true), else leaves the
 * hand-over for it to start on when it is (false: the caller has it injected).
 */
export function handOver(scope: object, wakeUp: WakeUp): boolean {
  const l = link(scope);
  if (l.wake) {
    l.wake(wakeUp);
    return true;
  }
  l.pending = wakeUp;
  return false;
}

/** Whether a reader is injected in this frame (awake or asleep). */
export function hasReader(scope: object): boolean {
  return link(scope).wake !== undefined;
}

/** The detector's side: how the page is read again. */
export function offerReading(scope: object, read: () => Promise<PageArticle>): void {
  link(scope).read = read;
}

/** Reads the page again through the detector (it is in every frame the reader is). */
export function readAgain(scope: object): Promise<PageArticle> {
  const read = link(scope).read;
  return read ? read() : Promise.resolve({ ok: false, why: 'no detector in this frame' });
}
