/** The detector/reader link in one frame's shared global: hand-over before or after injection. */
import { describe, expect, it, vi } from 'vitest';
import {
  handOver,
  hasReader,
  offerReading,
  readAgain,
  registerReader,
} from '../../../utils/reader-link';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

const wakeUp = { settings: DEFAULT_SETTINGS };

describe('reader link', () => {
  it('wakes a reader injected early (asleep) when the detector hands over, once', () => {
    const scope = {};
    const wake = vi.fn();
    registerReader(scope, wake);
    expect(hasReader(scope)).toBe(true);
    expect(wake).not.toHaveBeenCalled();
    expect(handOver(scope, wakeUp)).toBe(true);
    expect(handOver(scope, wakeUp)).toBe(true);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(wake).toHaveBeenCalledWith(wakeUp);
  });

  it('leaves a hand-over made before injection for the reader to start on', () => {
    const scope = {};
    expect(hasReader(scope)).toBe(false);
    expect(handOver(scope, wakeUp)).toBe(false);
    const wake = vi.fn();
    registerReader(scope, wake);
    expect(wake).toHaveBeenCalledTimes(1);
    // A reader injected again later does not start on the same hand-over twice.
    const again = vi.fn();
    registerReader(scope, again);
    expect(again).not.toHaveBeenCalled();
  });

  it('reads again through the detector, or says there is none', async () => {
    const scope = {};
    expect(await readAgain(scope)).toEqual({ ok: false, why: 'no detector in this frame' });
    const found = { ok: false as const, why: 'not an article (0.10)' };
    offerReading(scope, () => Promise.resolve(found));
    expect(await readAgain(scope)).toBe(found);
  });

  it('keeps frames apart: each scope has its own link', () => {
    const a = {};
    const b = {};
    registerReader(a, () => undefined);
    expect(hasReader(b)).toBe(false);
  });
});
