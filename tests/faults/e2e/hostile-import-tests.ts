/**
 * Hostile files through the real popup: chosen in its import picker like a reader's file,
 * then shown in its library and exported again as CSV and Markdown.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../e2e/extension-browser';
import { readMarginDb } from '../../e2e/extension-db';
import { watchConsole } from '../../e2e/page-checks';
import { captureDownloads, chooseFile, lastDownload, openTab } from '../../e2e/popup-seed';
import { parseCsv } from '../csv-parse';
import {
  BENIGN,
  benignExport,
  FORMULA_PAYLOADS,
  hostileExport,
  PWNED,
  refusedFiles,
  SCRIPT_PAYLOADS,
} from './hostile-import';

/** The popup with its dialogs and console errors recorded. */
interface Popup {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** Registers the import and export faults; `browser` gives the suite's running browser. */
export function defineHostileImportTests(browser: () => ExtensionBrowser): void {
  const openPopup = async (): Promise<Popup> => {
    const page = await browser().openExtensionPage('popup.html');
    const errors = watchConsole(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setViewport({ width: 460, height: 600 });
    await page.waitForSelector('[data-complete="true"]', { timeout: 15_000 });
    return { page, errors, dialogs };
  };
  const dump = async () => {
    const page = await browser().openExtensionPage('options.html');
    try {
      return await readMarginDb(page);
    } finally {
      await page.close();
    }
  };
  const bodyText = (page: Page, pattern: RegExp) =>
    page.waitForFunction(
      (source) => new RegExp(source).test(document.body.innerText),
      {
        timeout: 15_000,
      },
      pattern.source,
    );
  /** Elements or state a payload would have created, counted in `page` and its shadow roots. */
  const ranPayloads = (page: Page) =>
    page.evaluate((flag) => {
      let found = 0;
      const visit = (root: Document | ShadowRoot) => {
        found += root.querySelectorAll('img[src="x"], svg[onload], [onerror]').length;
        root.querySelectorAll('script').forEach((s) => (found += s.text.includes(flag) ? 1 : 0));
        root.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
      };
      visit(document);
      const polluted = '__marginPolluted' in Object.prototype;
      return found + (flag in window ? 1 : 0) + (polluted ? 1 : 0);
    }, PWNED);

  describe('hostile import files (popup)', () => {
    it('refuses each broken file whole, with a message naming the problem', async () => {
      const { page, errors, dialogs } = await openPopup();
      try {
        await openTab(page, 'Export & storage');
        await chooseFile(page, benignExport());
        await bodyText(page, /Imported 1 note; 0 already here/);
        const before = await dump();
        const seen: string[] = [];
        for (const file of refusedFiles()) {
          await chooseFile(page, file.text);
          const alert = await page.waitForSelector('[role=alert] span', { timeout: 15_000 });
          const message = (await alert!.evaluate((el) => el.textContent ?? '')).trim();
          seen.push(`${file.name}: ${message}`);
          expect(message, file.name).toMatch(file.message);
          await page.click('.status-area .error button');
          await page.waitForSelector('[role=alert]', { hidden: true });
        }
        console.log(`[${browser().name}] refused:\n  ${seen.join('\n  ')}`);
        expect(await dump()).toEqual(before);
        expect(await ranPayloads(page)).toBe(0);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('imports a valid file full of payloads as text: nothing runs, nothing overwritten', async () => {
      const before = await dump();
      const benign = before?.annotations.find((a) => a.key === BENIGN.annotation.id);
      expect(benign).toBeDefined();
      const { text, noteIds } = hostileExport();
      const { page, errors, dialogs } = await openPopup();
      try {
        await openTab(page, 'Export & storage');
        const items = (JSON.parse(text) as { total: number }).total;
        await chooseFile(page, text);
        await bodyText(page, new RegExp(`Imported ${items - 1} notes; 1 already here`));
        const after = await dump();
        expect(after?.annotations.find((a) => a.key === BENIGN.annotation.id)).toEqual(benign);
        const stored = new Map(after?.annotations.map((a) => [a.key, a.value]));
        for (const id of noteIds.filter((id) => id !== BENIGN.annotation.id)) {
          expect(stored.get(id), id).toBeDefined();
          expect(JSON.stringify(stored.get(id))).not.toContain('__marginPolluted');
        }
        await openTab(page, 'Library');
        // Found as a reader would: the list only renders what fits in the popup.
        await page.type('input[type=search]', 'onerror');
        await page.waitForSelector(`[data-note="${noteIds[0]}"]`, { timeout: 15_000 });
        // Shown as text: the payloads are readable, character for character.
        const shown = await page.evaluate(() => document.body.innerText);
        expect(shown).toContain(SCRIPT_PAYLOADS[0]);
        expect(shown).toContain(SCRIPT_PAYLOADS[1]);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(await ranPayloads(page)).toBe(0);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('exports those notes as CSV with no formula cell and as Markdown with no markup', async () => {
      const { page, errors } = await openPopup();
      try {
        await openTab(page, 'Export & storage');
        await captureDownloads(page);
        await page.click('button.export-csv');
        const cells = parseCsv(await lastDownload(page)).flat();
        expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        for (const formula of FORMULA_PAYLOADS) expect(cells).toContain(`'${formula}`);
        for (const script of SCRIPT_PAYLOADS) expect(cells).toContain(script);
        await page.click('button.export-md');
        const markdown = await lastDownload(page);
        expect(markdown).toContain('Ask the ministry for the draft');
        // Every `<` of page or note text is escaped; only Margin's own <url> links remain.
        expect(markdown.match(/(?<!\\)<(?!https?:)/g) ?? []).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
