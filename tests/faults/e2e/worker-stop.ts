/**
 * The MV3 service worker terminated while it holds a reader's save, in real Chromium.
 *
 * To catch the worker mid-save every time, an extension page holds a read-write transaction
 * on both stores, so the worker's save transaction is queued behind it; the worker is then
 * terminated the way puppeteer documents for extension tests (`WebWorker.close()`: CDP
 * `Target.closeTarget` on the worker target). CDP `ServiceWorker.stopWorker` is not used: in
 * headless Chromium it left the worker unable to answer for more than 24 s.
 */
import { expect } from 'vitest';
import type { Page, Target, WebWorker } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../e2e/extension-browser';
import { watchConsole } from '../../e2e/page-checks';
import { selectProgrammatically, toolbarShown, TOOLBAR } from '../../e2e/selection';
import { waitForPaint } from './page-probe';

/** A read-write transaction on both stores, kept open from an extension page until released. */
export interface StoreHold {
  release(): Promise<void>;
}

/** Opens `options.html` and keeps a transaction on `articles` and `annotations` busy. */
export async function holdStores(eb: ExtensionBrowser): Promise<StoreHold> {
  const page = await eb.openExtensionPage('options.html');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'annotations'], 'readwrite');
          const w = window as unknown as { __release?: Promise<void>; __stop?: () => void };
          let spinning = true;
          w.__stop = () => (spinning = false);
          // A transaction stays open while it has requests: keep asking until released.
          const spin = () => {
            tx.objectStore('annotations').count().onsuccess = () => spinning && spin();
          };
          spin();
          w.__release = new Promise((done) => {
            tx.oncomplete = () => {
              db.close();
              done();
            };
          });
          resolve();
        };
      }),
  );
  return {
    async release() {
      await page.evaluate(() => {
        const w = window as unknown as { __release: Promise<void>; __stop: () => void };
        w.__stop();
        return w.__release;
      });
      await page.close();
    },
  };
}

/** The extension's service worker target, waiting for one to run. */
export async function workerTarget(eb: ExtensionBrowser): Promise<Target> {
  return eb.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(eb.extensionOrigin),
    { timeout: 20_000 },
  );
}

/**
 * Tags the running worker so a later check can tell it from a restarted one, and counts the
 * read-write transactions it starts (the save's, once the message has reached it).
 */
export async function tagWorker(worker: WebWorker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __marginTag?: string; __writes?: number };
    g.__marginTag = 'before-stop';
    g.__writes = 0;
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
      if (args[1] === 'readwrite') g.__writes = (g.__writes ?? 0) + 1;
      return transaction.apply(this, args);
    } as typeof transaction;
  });
}

/** The read-write transactions the tagged worker has started so far. */
export function writesStarted(worker: WebWorker): Promise<number> {
  return worker.evaluate(() => (globalThis as unknown as { __writes?: number }).__writes ?? 0);
}

/** Whether the worker now running is the tagged one (false: it was restarted). */
export async function sameWorker(eb: ExtensionBrowser): Promise<boolean> {
  const worker = await (await workerTarget(eb)).worker();
  return Boolean(
    await worker?.evaluate(
      () => (globalThis as unknown as { __marginTag?: string }).__marginTag === 'before-stop',
    ),
  );
}

/** Polls `until` every 50 ms for at most `ms`; returns whether it held. */
export async function waitUntil(until: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await until()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** The toolbar's status text in `page`. */
export async function toolbarStatus(page: Page): Promise<string> {
  return page
    .$eval('margin-toolbar >>> [role="status"]', (el) => (el.textContent ?? '').trim())
    .catch(() => '');
}

/**
 * Makes every `add` and `put` in the worker throw QuotaExceededError, as a full disk does: an
 * injected fault, since Chromium does not enforce a quota on an extension with
 * `unlimitedStorage` (CDP `Storage.overrideQuotaForOrigin` is reported but writes still pass).
 */
export async function failWorkerWrites(worker: WebWorker): Promise<void> {
  await worker.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
}

/** Opens the article at `url`, selects paragraph `paragraph` and types `note` in the toolbar. */
export async function typedNoteIn(
  eb: ExtensionBrowser,
  url: string,
  note: string,
  paragraph: number,
) {
  const page = await eb.browser.newPage();
  const errors = watchConsole(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  expect((await waitForPaint(page, 20_000)).painted).toBeGreaterThan(0);
  await selectProgrammatically(page, `.article-body p:nth-of-type(${paragraph})`);
  expect(await waitUntil(() => toolbarShown(page), 4000)).toBe(true);
  await page.type(TOOLBAR.note, note);
  return { page, errors };
}
