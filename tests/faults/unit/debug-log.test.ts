/**
 * The extension's own debug log: off by default (nothing stored), bounded when on, and never
 * itself a source of errors (circular details, a full disk).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEBUG_LOG_KEY,
  MAX_ENTRIES,
  debugLog,
  flushDebugLog,
  isDebugLogOn,
  setDebugLogOn,
  storedLog,
  useLogStorage,
} from '../../../utils/debug-log';
import { memoryArea } from './memory-area';

afterEach(() => useLogStorage(undefined));

describe('the debug log', () => {
  it('stores nothing until the reader turns it on', async () => {
    const area = memoryArea();
    useLogStorage(area);
    expect(await isDebugLogOn(area)).toBe(false);
    debugLog('content', 'something happened', { at: 'here' });
    await flushDebugLog();
    expect(area.data[DEBUG_LOG_KEY]).toBeUndefined();
  });

  it('keeps at most the newest entries once on, each clipped', async () => {
    const area = memoryArea();
    useLogStorage(area);
    await setDebugLogOn(true, area);
    for (let i = 0; i < MAX_ENTRIES + 700; i++) {
      debugLog('content', `event ${i}`, i % 100 === 0 ? 'x'.repeat(10_000) : undefined);
      if (i % 250 === 0) await flushDebugLog();
    }
    await flushDebugLog();
    const log = await storedLog(area);
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log.at(-1)!.message).toBe(`event ${MAX_ENTRIES + 699}`);
    expect(JSON.stringify(log).length).toBeLessThan(MAX_ENTRIES * 3_000);
  });

  it('turning it off forgets what it kept', async () => {
    const area = memoryArea();
    useLogStorage(area);
    await setDebugLogOn(true, area);
    debugLog('content', 'kept');
    await flushDebugLog();
    expect(await storedLog(area)).toHaveLength(1);
    await setDebugLogOn(false, area);
    expect(await storedLog(area)).toHaveLength(0);
  });

  it('never throws: circular details, a full disk, no storage at all', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const full = memoryArea(true);
    full.data.debugLogOn = true;
    useLogStorage(full);
    expect(() => debugLog('content', 'circular', circular)).not.toThrow();
    await expect(flushDebugLog()).resolves.toBeUndefined();
    useLogStorage(null);
    expect(() => debugLog('content', 'no storage')).not.toThrow();
  });
});
