/**
 * Puts the reader bundle into one frame of a tab, from the background. Only the small
 * detector runs on every page; the reader (extraction's consumer, painting, cards, notes,
 * Preact) is injected into frames that hold an article. Reusable by any path that decides
 * to read a page (an opt-in or activeTab mode would call it from a user gesture).
 */
import { browser } from 'wxt/browser';

/** The reader bundle as WXT builds the `reader.content` entrypoint (runtime registration). */
export const READER_FILE = '/content-scripts/reader.js';

/** Where to inject: a tab and one of its frames (0 is the top frame). */
export interface ReaderTarget {
  tabId: number;
  frameId: number;
}

interface ScriptingLike {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    files: string[];
    injectImmediately?: boolean;
  }): Promise<unknown>;
}
interface TabsScriptLike {
  executeScript(
    tabId: number,
    details: { file: string; frameId: number; runAt: 'document_end' },
  ): Promise<unknown>;
}

/** Injections under way, so two requests for one frame (a re-detection) inject once. */
const pending = new Map<string, Promise<void>>();

/**
 * Injects the reader into `target`: `scripting.executeScript` where the API exists (Chrome
 * MV3, with the `scripting` permission), else `tabs.executeScript` (Firefox MV2). Requests
 * for a frame whose injection is still under way share it. Rejects when the browser refuses.
 */
export function injectReader(target: ReaderTarget): Promise<void> {
  const key = `${target.tabId}:${target.frameId}`;
  const running = pending.get(key);
  if (running) return running;
  const done = run(target).finally(() => pending.delete(key));
  pending.set(key, done);
  return done;
}

async function run({ tabId, frameId }: ReaderTarget): Promise<void> {
  const api = browser as unknown as { scripting?: ScriptingLike; tabs: TabsScriptLike };
  if (api.scripting?.executeScript) {
    // The detector asks at document_end or later: no reason to wait for anything.
    await api.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [READER_FILE],
      injectImmediately: true,
    });
  } else {
    // Not the default document_idle: an early injection is asked for at document_end.
    await api.tabs.executeScript(tabId, { file: READER_FILE, frameId, runAt: 'document_end' });
  }
}
