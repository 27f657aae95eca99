/**
 * A full disk under Firefox's background page: its `IDBObjectStore.add`/`put` are made to
 * throw QuotaExceededError from an extension page (`runtime.getBackgroundPage`, which MV2
 * has) that stays open while the fault lasts, a note is saved from the page's toolbar, then the methods are put back. Chromium has
 * the same fault injected into its worker in `worker-stop-suite.ts`.
 */
import { expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../e2e/extension-browser';
import { readMarginDb } from '../../e2e/extension-db';
import { TOOLBAR } from '../../e2e/selection';
import { withExtensionPage } from './extension-helpers';
import { toolbarStatus, typedNoteIn, waitUntil } from './worker-stop';

/** The background window, as an extension page of an MV2 extension reaches it. */
type BackgroundWindow = typeof globalThis & { __full?: { add: unknown; put: unknown } };

/**
 * Makes every add and put of the background page fail, from a new extension page; the fault
 * lives in that page (its functions die with it), so it lasts until `restore` closes it.
 */
async function fullDisk(eb: ExtensionBrowser): Promise<{ restore(): Promise<void> }> {
  const page = await eb.openExtensionPage('options.html');
  const toggle = (fail: boolean) =>
    page.evaluate(async (on) => {
      const api = (
        globalThis as unknown as {
          browser: { runtime: { getBackgroundPage(): Promise<BackgroundWindow> } };
        }
      ).browser;
      const bg = await api.runtime.getBackgroundPage();
      const proto = bg.IDBObjectStore.prototype;
      bg.__full ??= { add: proto.add, put: proto.put };
      const full = () => {
        throw new bg.DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.add = on ? full : (bg.__full.add as typeof proto.add);
      proto.put = on ? full : (bg.__full.put as typeof proto.put);
    }, fail);
  await toggle(true);
  return {
    async restore() {
      await toggle(false);
      await page.close();
    },
  };
}

/** Registers the test; `articleUrl` gives an article page the suite serves. */
export function defineFirefoxFullDiskTest(
  browser: () => ExtensionBrowser,
  articleUrl: () => string,
) {
  it('Firefox: a full disk while saving: the reader is told, nothing is stored, the note is kept', async (ctx) => {
    const eb = browser();
    if (eb.name !== 'firefox') return ctx.skip();
    const note = 'kept through a full disk in Firefox';
    const { page, errors } = await typedNoteIn(eb, articleUrl(), note, 2);
    try {
      const before = await withExtensionPage(eb, readMarginDb);
      const disk = await fullDisk(eb);
      try {
        await page.bringToFront();
        await page.click(TOOLBAR.save);
        const told = await waitUntil(async () => /full/.test(await toolbarStatus(page)), 15_000);
        const status = await toolbarStatus(page);
        console.log(`[firefox] full disk: "${status}"`);
        expect(told).toBe(true);
        expect(status).toMatch(/^Not saved: The browser.s storage is full, so nothing was saved/);
        expect(await withExtensionPage(eb, readMarginDb)).toEqual(before);
        expect(await page.$eval(TOOLBAR.note, (el) => (el as HTMLTextAreaElement).value)).toBe(
          note,
        );
      } finally {
        await disk.restore();
      }
      await page.bringToFront();
      await page.click(TOOLBAR.save);
      expect(await waitUntil(async () => /^saved/i.test(await toolbarStatus(page)), 20_000)).toBe(
        true,
      );
      const dump = await withExtensionPage(eb, readMarginDb);
      expect((dump?.annotations ?? []).filter(({ value }) => value.body === note)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
}
