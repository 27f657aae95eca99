/**
 * The end-to-end story of issue 2, run in one real browser: read the seed article, see its
 * actors and claims painted on the body only, save a note on a selection, find it in the
 * extension's database and popup, get it back after a reload, and see nothing happen on a
 * page that is not an article. Tests run in order and share the browser.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Launcher } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './server';
import { ARTIFACT_DIR, FIXTURE_DIR, SECOND_ARTICLE, SECTION_FRONT, SEED } from './fixtures';
import { countByName, paintedRanges, waitForPaint, type PaintedRange } from './highlights';
import {
  actorNames,
  claimCues,
  databaseNames,
  noteText,
  readMarginDb,
  selectorOf,
  type MarginDbDump,
} from './extension-db';
import {
  dragSelectLastSentence,
  saveNote,
  selectProgrammatically,
  squash,
  toolbarShown,
} from './selection';
import { clickEntryLink, popupEntries } from './popup';
import { domMatchesSource, watchConsole } from './page-checks';

const AUTOMATIC = /^margin-(?!note$)/;

/** Registers the suite for one browser; `extensionDir` is its unpacked build. */
export function defineMarginSuite(launch: Launcher, extensionDir: string): void {
  let eb: ExtensionBrowser;
  let server: FixtureServer;
  let article: Page;
  let consoleErrors: string[];
  let paintMs = 0;
  let selected = '';
  const note = `E2E note ${new Date().toISOString()}: check the treaty text`;

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${ARTIFACT_DIR}/${eb.name}-${name}.png`, fullPage: true });
  const db = async (): Promise<MarginDbDump | null> => {
    const page = await eb.openExtensionPage('popup.html');
    try {
      return await readMarginDb(page);
    } finally {
      await page.close();
    }
  };
  const articlesTitled = (dump: MarginDbDump | null, title: string) =>
    (dump?.articles ?? []).filter(({ value }) => value.title === title);
  const seedArticles = (dump: MarginDbDump | null) => articlesTitled(dump, SEED.title);
  const onFailureShoot = (name: string) =>
    onTestFailed(async () => {
      if (article && !article.isClosed()) await shot(article, `FAILED-${name}`).catch(() => {});
    });

  beforeAll(async () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    server = await startFixtureServer(FIXTURE_DIR);
    eb = await launch(extensionDir);
    // Screenshots of an earlier run would pass for this one's.
    for (const file of readdirSync(ARTIFACT_DIR)) {
      if (file.startsWith(`${eb.name}-`)) rmSync(`${ARTIFACT_DIR}/${file}`);
    }
  });

  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  describe('on the seed article', () => {
    test('paints actors and claims on the article body and nowhere else', async () => {
      onFailureShoot('paint');
      article = await eb.browser.newPage();
      await article.setViewport({ width: 1280, height: 900 });
      consoleErrors = watchConsole(article);
      const started = Date.now();
      await article.goto(server.url(SEED.file));
      const ranges = await waitForPaint(article, SEED.regions, (rs) =>
        rs.some((r) => AUTOMATIC.test(r.name)),
      );
      paintMs = Date.now() - started;
      const automatic = ranges.filter((r) => AUTOMATIC.test(r.name));
      const strays = automatic.filter((r) => r.excludedBy !== null || !r.inBody);
      expect(strays, 'highlights outside the article body').toEqual([]);
      expect(automatic.every((r) => r.text.trim().length > 0)).toBe(true);
      const kinds = Object.keys(countByName(automatic));
      expect(kinds.some((k) => /^margin-(person|organization|place|other)$/.test(k))).toBe(true);
      console.info(`[${eb.name}] painted in ${paintMs} ms:`, countByName(automatic));
      await shot(article, 'seed-highlighted');
    });

    test('leaves the page text, DOM and console untouched', async () => {
      expect(await domMatchesSource(article, 'main')).toBe(true);
      expect(consoleErrors).toEqual([]);
    });

    test('saves a dragged selection with a note from the in-page toolbar', async () => {
      onFailureShoot('save');
      selected = await dragSelectLastSentence(article, SEED.paragraph);
      await article.waitForFunction(
        () => document.documentElement.querySelector(':scope > margin-toolbar')?.shadowRoot,
        { timeout: 10_000 },
      );
      expect(await toolbarShown(article)).toBe(true);
      expect(await saveNote(article, note)).toMatch(/^Saved\b/);
      await waitForPaint(article, SEED.regions, (rs) =>
        rs.some((r) => r.name === 'margin-note' && squash(r.text) === squash(selected)),
      );
    });

    test("stores article and note in the extension's IndexedDB, not the page's", async () => {
      const dump = await db();
      expect(dump, 'the extension origin has a margin database').not.toBeNull();
      expect(dump?.stores).toEqual(expect.arrayContaining(['articles', 'annotations']));
      const records = seedArticles(dump);
      expect(records).toHaveLength(1);
      const articleId = records[0]?.key;
      const mine = (dump?.annotations ?? []).filter((a) => a.value.articleId === articleId);
      const kinds = new Set(mine.map((a) => a.value.kind));
      expect([...kinds]).toEqual(expect.arrayContaining(['actor', 'claim', 'highlight']));
      const saved = mine.find((a) => a.value.kind === 'highlight' && noteText(a.value) === note);
      expect(saved, 'the highlight with the note').toBeDefined();
      const quote = selectorOf(saved!.value, 'TextQuoteSelector');
      const position = selectorOf(saved!.value, 'TextPositionSelector');
      expect(squash(String(quote?.exact))).toBe(squash(selected));
      // The source is the article's URL: its canonical one, or (a canonical on another site
      // is not trusted) the address it was read at, normalised.
      const source = String(saved!.value.target?.source);
      const where = SEED.addresses(server).map((url) => new URL(url).host + new URL(url).pathname);
      expect(
        where.some((hostPath) => source.includes(hostPath)),
        source,
      ).toBe(true);
      expect(Number(position?.end) - Number(position?.start)).toBe(String(quote?.exact).length);
      expect(await databaseNames(article)).not.toContain('margin');
    });

    test('lists the article with its actors, claims and the note in the popup', async () => {
      const dump = await db();
      const popup = await eb.openExtensionPage('popup.html');
      try {
        await popup.setViewport({ width: 800, height: 900 });
        const entries = await popupEntries(popup, (texts) =>
          texts.some((text) => text.includes(SEED.title) && text.includes(note)),
        );
        const entry = entries.find((text) => text.includes(SEED.title));
        expect(entry, `an entry titled ${SEED.title} among ${entries.length}`).toBeDefined();
        expect(entry).toContain(SEED.site);
        expect(entry).toMatch(/\b(19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b/);
        expect(entry).toContain(note);
        const names = actorNames(dump);
        expect(names.length).toBeGreaterThan(0);
        expect(
          names.some((name) => entry!.includes(name)),
          `one of ${names.join(', ')}`,
        ).toBe(true);
        const cues = claimCues(dump);
        expect(cues.length).toBeGreaterThan(0);
        expect(
          cues.some((cue) => entry!.includes(cue)),
          `one of ${cues.join(', ')}`,
        ).toBe(true);
        await shot(popup, 'popup');
      } finally {
        await popup.close();
      }
    });

    test('opens the article in a tab when its entry is clicked', async () => {
      const popup = await eb.openExtensionPage('popup.html');
      try {
        await popupEntries(popup, (texts) => texts.some((text) => text.includes(SEED.title)));
        const before = new Set(eb.browser.targets());
        const opened = eb.browser.waitForTarget(
          (target) =>
            !before.has(target) &&
            target.type() === 'page' &&
            SEED.addresses(server).includes(target.url()),
          { timeout: 10_000 },
        );
        await clickEntryLink(popup, SEED.title);
        const page = await (await opened).page();
        await page?.close();
      } finally {
        if (!popup.isClosed()) await popup.close();
      }
    });

    test('restores the saved highlight after a reload, without a second record', async () => {
      onFailureShoot('reload');
      await article.reload();
      const ranges = await waitForPaint(article, SEED.regions, (rs) =>
        rs.some((r) => r.name === 'margin-note' && squash(r.text) === squash(selected)),
      );
      expect(ranges.filter((r) => r.name === 'margin-note').every((r) => r.inBody)).toBe(true);
      expect(seedArticles(await db())).toHaveLength(1);
    });

    test('offers the toolbar for a programmatic selection too', async () => {
      const text = await selectProgrammatically(article, SEED.otherParagraph);
      expect(text.length).toBeGreaterThan(0);
      await article.waitForFunction(
        () => document.documentElement.querySelector(':scope > margin-toolbar')?.shadowRoot,
        { timeout: 10_000 },
      );
      expect(await toolbarShown(article)).toBe(true);
    });
  });

  describe('after reading a second article', () => {
    test('lists the articles newest first in the popup', async () => {
      await article.goto(server.url(SECOND_ARTICLE.file));
      const deadline = Date.now() + 30_000;
      while (articlesTitled(await db(), SECOND_ARTICLE.title).length === 0) {
        if (Date.now() > deadline) throw new Error('the second article was never saved');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const popup = await eb.openExtensionPage('popup.html');
      try {
        const titles = await popupEntries(popup, (texts) =>
          texts.some((text) => text.includes(SECOND_ARTICLE.title)),
        );
        const second = titles.findIndex((text) => text.includes(SECOND_ARTICLE.title));
        const seed = titles.findIndex((text) => text.includes(SEED.title));
        expect(seed).toBeGreaterThanOrEqual(0);
        expect(second).toBeLessThan(seed);
      } finally {
        await popup.close();
      }
    });
  });

  describe('on a page that is not an article', () => {
    test('paints nothing, saves nothing and offers no toolbar', async () => {
      const before = await db();
      const page = await eb.browser.newPage();
      try {
        await page.goto(server.url(SECTION_FRONT.file));
        // Give the extension at least twice what the article took to paint.
        await new Promise((resolve) => setTimeout(resolve, Math.max(3_000, 2 * paintMs)));
        const ranges: PaintedRange[] = await paintedRanges(page, { body: 'body', excluded: [] });
        expect(ranges).toEqual([]);
        await selectProgrammatically(page, SECTION_FRONT.paragraph);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(await toolbarShown(page)).toBe(false);
        const after = await db();
        expect(after?.articles.length ?? 0).toBe(before?.articles.length ?? 0);
        expect(after?.annotations.length ?? 0).toBe(before?.annotations.length ?? 0);
        expect((after?.articles ?? []).some((a) => a.value.title === SECTION_FRONT.title)).toBe(
          false,
        );
        expect(await databaseNames(page)).not.toContain('margin');
      } finally {
        await page.close();
      }
    });
  });
}
