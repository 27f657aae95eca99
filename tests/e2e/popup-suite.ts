/**
 * The popup as a review tool (issue 7), in one real browser: saved notes listed, search by a
 * note word and by an actor, edit that survives reopening, delete and undo, export then import
 * into a fresh profile, a malformed import refused, and an axe-core accessibility check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Launcher } from './extension-browser';
import { readMarginDb } from './extension-db';
import { watchConsole } from './page-checks';
import {
  captureDownloads,
  chooseFile,
  lastDownload,
  openTab,
  seedDatabase,
  SEED_NOTES,
  SEED_RECORDS,
  userAnnotations,
} from './popup-seed';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const [NOTE_A, NOTE_B] = SEED_NOTES as [(typeof SEED_NOTES)[0], (typeof SEED_NOTES)[0]];

/** Registers the popup suite for one browser; `extensionDir` is its unpacked build. */
export function definePopupSuite(launch: Launcher, extensionDir: string): void {
  let eb: ExtensionBrowser;
  let exported = '';
  let consoleErrors: string[] = [];

  const openPopup = async (browser = eb): Promise<Page> => {
    const page = await browser.openExtensionPage('popup.html');
    consoleErrors = watchConsole(page);
    await page.setViewport({ width: 460, height: 600 });
    await page.waitForSelector('[data-complete="true"]', { timeout: 15_000 });
    return page;
  };
  const dump = async (browser = eb) => {
    const page = await browser.openExtensionPage('popup.html');
    try {
      return await readMarginDb(page);
    } finally {
      await page.close();
    }
  };
  const visibleNotes = (page: Page) =>
    page.$$eval('[data-note]', (els) => els.map((el) => el.getAttribute('data-note')));
  const search = async (page: Page, text: string) => {
    await page.click('input[type=search]', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type('input[type=search]', text);
  };

  describe('the popup as a review tool', () => {
    beforeAll(async () => {
      eb = await launch(extensionDir);
      const page = await openPopup();
      await seedDatabase(page, SEED_RECORDS);
      await page.close();
    });

    afterAll(async () => {
      await eb?.close();
    });

    test('lists the saved notes under their articles, newest first', async () => {
      const page = await openPopup();
      try {
        await page.waitForSelector(`[data-note="${NOTE_A.id}"]`);
        const articles = await page.$$eval('[data-article]', (els) =>
          els.map((el) => el.getAttribute('data-article')),
        );
        expect(articles).toEqual(SEED_RECORDS.articles.map((a) => a.id));
        const text = await page.$eval(
          `[data-note="${NOTE_A.id}"]`,
          (el) => (el as HTMLElement).innerText,
        );
        expect(text).toContain(NOTE_A.body);
        expect(text).toContain(NOTE_A.target.selector[0]!.exact);
        expect(await visibleNotes(page)).toContain(NOTE_B.id);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    test('search finds a note by a word of its note and an article by an actor name', async () => {
      const page = await openPopup();
      try {
        await search(page, 'ministry');
        await page.waitForFunction(
          (id) =>
            document.querySelectorAll('[data-note]').length === 1 &&
            document.querySelector(`[data-note="${id}"]`),
          {},
          NOTE_B.id,
        );
        await search(page, 'putin');
        await page.waitForFunction(() => document.querySelectorAll('[data-article]').length === 1);
        const entry = await page.$eval('[data-article]', (el) => (el as HTMLElement).innerText);
        expect(entry).toContain('Vladimir Putin');
        expect(entry).toContain(SEED_RECORDS.articles[0]!.title);
      } finally {
        await page.close();
      }
    });

    test('an edited note keeps its new text after the popup is reopened', async () => {
      const edited = 'Rewritten: the 1961 wording differs';
      const page = await openPopup();
      try {
        const note = `[data-note="${NOTE_A.id}"]`;
        await page.click(`${note} button.edit`);
        await page.waitForSelector(`${note} textarea`);
        await page.click(`${note} textarea`, { count: 3 });
        await page.evaluate((sel) => {
          const area = document.querySelector<HTMLTextAreaElement>(sel)!;
          area.select();
        }, `${note} textarea`);
        await page.keyboard.press('Backspace');
        await page.type(`${note} textarea`, edited);
        await page.click(`${note} button[type=submit]`);
        await page.waitForSelector(`${note} .note-body`);
      } finally {
        await page.close();
      }
      const again = await openPopup();
      try {
        const body = await again.$eval(
          `[data-note="${NOTE_A.id}"] .note-body`,
          (el) => el.textContent,
        );
        expect(body).toBe(edited);
      } finally {
        await again.close();
      }
      const stored = userAnnotations(await dump()).find((a) => a.id === NOTE_A.id);
      expect(stored?.body).toBe(edited);
      expect(Number(stored?.modified)).toBeGreaterThan(NOTE_A.modified);
    });

    test('Delete removes a note and Undo brings it back unchanged', async () => {
      const before = userAnnotations(await dump()).find((a) => a.id === NOTE_B.id);
      const page = await openPopup();
      try {
        await page.focus(`[data-note="${NOTE_B.id}"]`);
        await page.keyboard.press('Delete');
        await page.waitForFunction(
          (id) => !document.querySelector(`[data-note="${id}"]`),
          {},
          NOTE_B.id,
        );
        expect(userAnnotations(await dump()).some((a) => a.id === NOTE_B.id)).toBe(false);
        await page.click('.undo-button');
        await page.waitForSelector(`[data-note="${NOTE_B.id}"]`);
      } finally {
        await page.close();
      }
      expect(userAnnotations(await dump()).find((a) => a.id === NOTE_B.id)).toEqual(before);
    });

    test('has no serious or critical axe-core violations', async () => {
      const page = await openPopup();
      try {
        await page.evaluate(AXE_SOURCE);
        const problems: string[] = [];
        for (const tab of ['Library', 'Actors', 'Export & storage', 'Settings']) {
          await openTab(page, tab);
          await new Promise((resolve) => setTimeout(resolve, 300));
          const { found, passed } = await page.evaluate(async () => {
            type Rule = { id: string; impact: string | null; nodes: unknown[] };
            const axe = (window as unknown as { axe: { run(): Promise<Record<string, Rule[]>> } })
              .axe;
            const result = await axe.run();
            return {
              passed: result.passes!.length,
              found: result
                .violations!.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`),
            };
          });
          expect(passed, 'axe-core ran its rules').toBeGreaterThan(10);
          problems.push(...found.map((f) => `${tab}: ${f}`));
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });

    test('exports JSON that a fresh profile imports with every note identical, once', async () => {
      const page = await openPopup();
      try {
        await openTab(page, 'Export & storage');
        await captureDownloads(page);
        await page.click('button.export-json');
        exported = await lastDownload(page);
      } finally {
        await page.close();
      }
      const original = await dump();
      const fresh = await launch(extensionDir);
      try {
        const other = await openPopup(fresh);
        await openTab(other, 'Export & storage');
        await chooseFile(other, exported);
        await other.waitForFunction(() => /Imported 2 notes/.test(document.body.innerText), {
          timeout: 15_000,
        });
        await chooseFile(other, exported);
        await other.waitForFunction(
          () => /Imported 0 notes; 2 already here/.test(document.body.innerText),
          { timeout: 15_000 },
        );
        await other.close();
        const copy = await dump(fresh);
        expect(userAnnotations(copy)).toEqual(userAnnotations(original));
        const articleOf = (d: typeof copy, id: string) =>
          d?.articles.find((a) => a.key === id)?.value;
        for (const note of userAnnotations(original)) {
          expect(articleOf(copy, note.articleId)).toEqual(articleOf(original, note.articleId));
        }
      } finally {
        await fresh.close();
      }
    }, 150_000);

    test('refuses a malformed import with a message and leaves the notes as they were', async () => {
      const before = await dump();
      const page = await openPopup();
      try {
        await openTab(page, 'Export & storage');
        const broken = exported.replace('"type": "Annotation"', '"type": "Script"');
        for (const file of ['{"@context": oops', broken]) {
          await chooseFile(page, file);
          await page.waitForFunction(() =>
            /Not imported|not valid JSON/.test(
              document.querySelector('[role=alert]')?.textContent ?? '',
            ),
          );
          await page.click('.status-area .error button');
        }
      } finally {
        await page.close();
      }
      expect(await dump()).toEqual(before);
    });
  });
}
