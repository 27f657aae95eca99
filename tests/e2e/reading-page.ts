/** Drives Margin's reading UI in a page: cards, notices, the panel; reads their shadow roots. */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';

/** Text of the first element matching `selector` inside the shadow root of `host`, or null. */
export async function shadowText(
  page: Page,
  host: string,
  selector: string,
): Promise<string | null> {
  return page.evaluate(
    (h, sel) => {
      const root = document.documentElement.querySelector(`:scope > ${h}`)?.shadowRoot;
      return root?.querySelector(sel)?.textContent ?? null;
    },
    host,
    selector,
  );
}

/** Polls `read` until `accept` holds; returns the last value or throws with it. */
export async function pollFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch {
      // A navigation may destroy the realm mid-read: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
}

/** Viewport centre of the `nth` occurrence of `text` (whole, or its `part`) in `scope`. */
export async function pointAtText(
  page: Page,
  scope: string,
  text: string,
  part = text,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (sel, whole, inner) => {
      const root = document.querySelector(sel);
      if (!root) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        const at = data.indexOf(whole);
        if (at < 0) continue;
        const start = at + whole.indexOf(inner);
        n.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, start);
        range.setEnd(n, start + inner.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`no "${whole}" in ${sel}`);
    },
    scope,
    text,
    part,
  );
}

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The tabs whose content script reported a reading, asked from an extension page. */
export async function readingTabs(
  eb: ExtensionBrowser,
): Promise<{ tabId: number; title: string }[]> {
  const page = await eb.openExtensionPage('sidepanel.html');
  try {
    return await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
      const api = (g.browser ?? g.chrome)!;
      const reply = (await api.runtime.sendMessage({
        margin: 1,
        type: 'readingTabs',
        payload: {},
      })) as { ok: boolean; value: { tabId: number; title: string }[] };
      return reply.ok ? reply.value : [];
    });
  } finally {
    await page.close();
  }
}
