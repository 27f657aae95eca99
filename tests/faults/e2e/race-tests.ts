/**
 * Edits in the popup under faults. Two popups (two tabs of the real browser) edit the same
 * note: the first edit is stored, the second is refused as stale instead of silently
 * overwriting it, its text stays in its editor, and saving it again (now based on the current
 * version) is stored. And an edit on a full disk: the popup's own writes throw
 * QuotaExceededError (patched into its page; no browser here enforces a quota on Margin).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../e2e/extension-browser';
import { readMarginDb } from '../../e2e/extension-db';
import { watchConsole } from '../../e2e/page-checks';
import { chooseFile, openTab } from '../../e2e/popup-seed';
import { noteExport, noteId } from './hostile-import';

const N = 40;
const ID = noteId(N);
const NOTE = `[data-note="${ID}"]`;

/** Registers the two-editor race; `browser` gives the suite's running browser. */
export function defineRaceTests(browser: () => ExtensionBrowser): void {
  const popup = async () => {
    const page = await browser().openExtensionPage('popup.html');
    const errors = watchConsole(page);
    await page.setViewport({ width: 460, height: 600 });
    await page.waitForSelector('[data-complete="true"]', { timeout: 15_000 });
    return { page, errors };
  };
  const storedBody = async () => {
    const page = await browser().openExtensionPage('options.html');
    try {
      const dump = await readMarginDb(page);
      return dump?.annotations.find((a) => a.key === ID)?.value.body;
    } finally {
      await page.close();
    }
  };
  /** Opens the note's editor in `page` and replaces its text with `text` (not yet saved). */
  const startEdit = async (page: Page, text: string) => {
    await page.bringToFront();
    // The search keeps the note on screen whatever else the library holds; edits keep the word.
    await page.type('input[type=search]', 'racing');
    await page.waitForSelector(`${NOTE} button.edit`, { timeout: 15_000 });
    await page.click(`${NOTE} button.edit`);
    await page.waitForSelector(`${NOTE} textarea`);
    await page.$eval(`${NOTE} textarea`, (area) => (area as HTMLTextAreaElement).select());
    await page.keyboard.press('Backspace');
    await page.type(`${NOTE} textarea`, text);
  };

  describe('popup edits under faults', () => {
    it('first edit stored, second refused as stale with its text kept, then stored', async () => {
      const a = await popup();
      let b: Awaited<ReturnType<typeof popup>> | undefined;
      try {
        await openTab(a.page, 'Export & storage');
        await chooseFile(a.page, noteExport(N, 'Racing edits start here'));
        await a.page.waitForFunction(() => /Imported 1 note/.test(document.body.innerText));
        await openTab(a.page, 'Library');
        b = await popup();
        await startEdit(a.page, 'racing edit from tab A');
        await startEdit(b.page, 'racing edit from tab B');
        await a.page.bringToFront();
        await a.page.click(`${NOTE} button[type=submit]`);
        await a.page.waitForSelector(`${NOTE} .note-body`);
        expect(await storedBody()).toBe('racing edit from tab A');

        await b.page.bringToFront();
        await b.page.click(`${NOTE} button[type=submit]`);
        const alert = await b.page.waitForSelector('[role=alert] span', { timeout: 15_000 });
        expect(await alert!.evaluate((el) => el.textContent)).toMatch(/changed elsewhere/);
        expect(await storedBody()).toBe('racing edit from tab A');
        const kept = await b.page.$eval(`${NOTE} textarea`, (el) => el.value);
        expect(kept).toBe('racing edit from tab B');

        await b.page.click(`${NOTE} button[type=submit]`);
        await b.page.waitForSelector(`${NOTE} .note-body`);
        expect(await storedBody()).toBe('racing edit from tab B');
        expect([...a.errors, ...b.errors]).toEqual([]);
      } finally {
        await a.page.close();
        await b?.page.close();
      }
    });

    it('an edit on a full disk is refused with the full-disk message, text kept', async () => {
      const { page, errors } = await popup();
      try {
        const before = await storedBody();
        await startEdit(page, 'racing edit on a full disk');
        await page.evaluate(() => {
          const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
          const w = window as unknown as { __room: Record<string, unknown> };
          w.__room = { add: proto.add, put: proto.put };
          proto.add = proto.put = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        });
        await page.click(`${NOTE} button[type=submit]`);
        const alert = await page.waitForSelector('[role=alert] span', { timeout: 15_000 });
        const message = await alert!.evaluate((el) => el.textContent ?? '');
        console.log(`[${browser().name}] popup edit on a full disk: "${message}"`);
        expect(message).toMatch(/^The browser has no room left for Margin/);
        expect(await storedBody()).toBe(before);
        expect(await page.$eval(`${NOTE} textarea`, (el) => el.value)).toBe(
          'racing edit on a full disk',
        );
        await page.evaluate(() => {
          const w = window as unknown as { __room: Record<string, unknown> };
          Object.assign(IDBObjectStore.prototype, w.__room);
        });
        await page.click(`${NOTE} button[type=submit]`);
        await page.waitForSelector(`${NOTE} .note-body`);
        expect(await storedBody()).toBe('racing edit on a full disk');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
