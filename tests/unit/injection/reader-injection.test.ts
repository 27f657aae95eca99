import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: unknown[] = [];
const api: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({ browser: api }));

const { injectReader, READER_FILE } = await import('../../../utils/reader-injection');

beforeEach(() => {
  calls.length = 0;
  for (const key of Object.keys(api)) delete api[key];
});

describe('injectReader', () => {
  it('uses scripting.executeScript on the one frame where the API exists (MV3)', async () => {
    api.scripting = { executeScript: async (injection: unknown) => void calls.push(injection) };
    api.tabs = { executeScript: async () => calls.push('tabs') };
    await injectReader({ tabId: 7, frameId: 3 });
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: [READER_FILE], injectImmediately: true },
    ]);
  });

  it('falls back to tabs.executeScript (MV2) and injects a frame once while it is under way', async () => {
    let finish = () => {};
    api.tabs = {
      executeScript: (tabId: number, details: unknown) => {
        calls.push([tabId, details]);
        return new Promise<void>((resolve) => (finish = resolve));
      },
    };
    const first = injectReader({ tabId: 2, frameId: 0 });
    const again = injectReader({ tabId: 2, frameId: 0 });
    finish();
    await Promise.all([first, again]);
    expect(calls).toEqual([[2, { file: READER_FILE, frameId: 0, runAt: 'document_end' }]]);
    // Once done, a later request (the reader was torn down) injects again.
    const later = injectReader({ tabId: 2, frameId: 0 });
    finish();
    await later;
    expect(calls).toHaveLength(2);
  });

  it('passes the browser refusing on', async () => {
    api.tabs = { executeScript: async () => Promise.reject(new Error('Missing host permission')) };
    await expect(injectReader({ tabId: 1, frameId: 0 })).rejects.toThrow('host permission');
  });
});
