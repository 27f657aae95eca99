/**
 * Opens the extension's real toolbar popup in Chromium, the way a reader does by clicking the
 * icon, rather than its page in a tab: `chrome.action.openPopup()` from the service worker,
 * over an ordinary tab. What the reader sees differs from a tab's: seen in this Chromium (156,
 * headless), the popup's document is hidden until it has loaded (no frame, no
 * `requestAnimationFrame`), becomes visible about 15 ms after its load event, and a traced
 * opening's first drawn frame was not the one paint timing reported. Its first contentful
 * paint is when text was on screen, from the popup's own navigation start like the tab's.
 */
import type { Browser, Page, WebWorker } from 'puppeteer-core';

/** Evaluated in a page: its first contentful paint (ms from navigation start), NaN if none. */
export const FCP_PROBE = `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`;

/** Opens `path` (an extension page) as the toolbar popup and returns it. */
export type OpenToolbarPopup = (path: string) => Promise<Page>;

/**
 * Prepares `browser` (running the extension at `extensionOrigin`) to open toolbar popups over
 * `over` (the tab the reader is on), else over a new ordinary tab. Throws with the reason when
 * this Chromium cannot open one.
 */
export async function toolbarPopups(
  browser: Browser,
  extensionOrigin: string,
  over?: Page,
): Promise<OpenToolbarPopup> {
  const tab = over ?? (await browser.newPage());
  if (!over) await tab.goto('data:text/html,<title>An ordinary tab</title><p>An ordinary tab.</p>');
  const worker = await serviceWorker(browser, extensionOrigin);
  return async (path) => {
    await tab.bringToFront();
    await worker.evaluate(`chrome.action.setPopup({ popup: ${JSON.stringify(path)} })`);
    // Rejects (no active window, say) with a message worth showing.
    const opened = (await worker.evaluate(
      `chrome.action.openPopup().then(() => '', (e) => String(e?.message ?? e))`,
    )) as string;
    if (opened) throw new Error(`chrome.action.openPopup() failed: ${opened}`);
    const url = `${extensionOrigin}/${path}`;
    const target = await browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
    const page = (await target.page()) ?? (await target.asPage());
    await page.waitForFunction(`!Number.isNaN(${FCP_PROBE})`, { timeout: 30_000 });
    return page;
  };
}

/** The extension's running service worker (a stopped one has no target to wait for). */
async function serviceWorker(browser: Browser, extensionOrigin: string): Promise<WebWorker> {
  const target = await browser
    .waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`${extensionOrigin}/`),
      { timeout: 20_000 },
    )
    .catch((error: Error) => {
      throw new Error(`the service worker of ${extensionOrigin} is not running: ${error.message}`);
    });
  const worker = await target.worker();
  if (!worker) throw new Error(`no service worker for ${extensionOrigin}`);
  return worker;
}

/**
 * Opens `path` as the toolbar popup, waits for `ready` (a selector) if given, so that it is
 * not closed half way through its work, closes it, and returns its first contentful paint.
 */
export async function timeToolbarPopup(
  open: OpenToolbarPopup,
  path: string,
  ready?: string,
): Promise<number> {
  const page = await open(path);
  try {
    if (ready) await page.waitForSelector(ready, { timeout: 120_000 });
    return (await page.evaluate(FCP_PROBE)) as number;
  } finally {
    await page.close();
  }
}
