/**
 * Two popups (two tabs of the real browser) edit the same note: the first edit is stored, the
 * second is refused as stale instead of silently overwriting it, its text stays in its editor,
 * and saving it again (now based on the current version) is stored.
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

  describe('two tabs edit one note', () => {
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
  });
}
