/**
 * The seed article, read as a reader would: its actors and claims painted on the body only,
 * a selection saved with a note, the note found in the extension's database and popup, and
 * brought back after a reload.
 */
import { describe, expect, test } from 'vitest';
import { SEED } from './fixtures';
import { countByName, waitForPaint } from './highlights';
import { actorNames, claimCues, databaseNames, noteText, selectorOf } from './extension-db';
import {
  dragSelectLastSentence,
  saveNote,
  selectProgrammatically,
  squash,
  toolbarShown,
} from './selection';
import { clickEntryLink, popupEntries } from './popup';
import { domChangeOf, watchConsole } from './page-checks';
import type { Session } from './session';

const AUTOMATIC = /^margin-(?!note$)/;

/** Registers the seed-article tests, in story order. */
export function describeSeedArticle(s: Session): void {
  describe('on the seed article', () => {
    test('paints actors and claims on the article body and nowhere else', async () => {
      s.onFailureShoot('paint');
      s.article = await s.eb.browser.newPage();
      await s.article.setViewport({ width: 1280, height: 900 });
      s.consoleErrors = watchConsole(s.article);
      const started = Date.now();
      await s.article.goto(s.server.url(SEED.file));
      const ranges = await waitForPaint(s.article, SEED.regions, (rs) =>
        rs.some((r) => AUTOMATIC.test(r.name)),
      );
      s.paintMs = Date.now() - started;
      const automatic = ranges.filter((r) => AUTOMATIC.test(r.name));
      const strays = automatic.filter((r) => r.excludedBy !== null || !r.inBody);
      expect(strays, 'highlights outside the article body').toEqual([]);
      expect(automatic.every((r) => r.text.trim().length > 0)).toBe(true);
      const kinds = Object.keys(countByName(automatic));
      expect(kinds.some((k) => /^margin-(person|organization|place|other)$/.test(k))).toBe(true);
      expect(
        kinds.some((k) => /^margin-(cue|content)$/.test(k)),
        'claims painted',
      ).toBe(true);
      console.info(`[${s.eb.name}] painted in ${s.paintMs} ms:`, countByName(automatic));
      await s.shot(s.article, 'seed-highlighted');
    });

    test('leaves the page text, DOM and console untouched', async () => {
      expect(await domChangeOf(s.article, 'body')).toBeNull();
      expect(s.consoleErrors).toEqual([]);
    });

    test('saves a dragged selection with a note from the in-page toolbar', async () => {
      s.onFailureShoot('save');
      s.selected = await dragSelectLastSentence(s.article, SEED.paragraph);
      await s.article.waitForFunction(
        () => document.documentElement.querySelector(':scope > margin-toolbar')?.shadowRoot,
        { timeout: 10_000 },
      );
      expect(await toolbarShown(s.article)).toBe(true);
      expect(await saveNote(s.article, s.note)).toMatch(/^Saved\b/);
      await waitForPaint(s.article, SEED.regions, (rs) =>
        rs.some((r) => r.name === 'margin-note' && squash(r.text) === squash(s.selected)),
      );
    });

    test("stores article and note in the extension's IndexedDB, not the page's", async () => {
      const dump = await s.db();
      expect(dump, 'the extension origin has a margin database').not.toBeNull();
      expect(dump?.stores).toEqual(expect.arrayContaining(['articles', 'annotations']));
      const records = s.articlesTitled(SEED.title, dump);
      expect(records).toHaveLength(1);
      const articleId = records[0]?.key;
      const mine = (dump?.annotations ?? []).filter((a) => a.value.articleId === articleId);
      const kinds = new Set(mine.map((a) => a.value.kind));
      s.automaticCount = mine.filter((a) => a.value.kind !== 'highlight').length;
      expect([...kinds]).toEqual(expect.arrayContaining(['actor', 'claim', 'highlight']));
      const saved = mine.find((a) => a.value.kind === 'highlight' && noteText(a.value) === s.note);
      expect(saved, 'the highlight with the note').toBeDefined();
      const quote = selectorOf(saved!.value, 'TextQuoteSelector');
      const position = selectorOf(saved!.value, 'TextPositionSelector');
      expect(squash(String(quote?.exact))).toBe(squash(s.selected));
      // The source is the article's URL: its canonical one, or (a canonical on another site
      // is not trusted) the address it was read at, normalised.
      const source = String(saved!.value.target?.source);
      const where = SEED.addresses(s.server).map(
        (url) => new URL(url).host + new URL(url).pathname,
      );
      expect(
        where.some((hostPath) => source.includes(hostPath)),
        source,
      ).toBe(true);
      expect(Number(position?.end) - Number(position?.start)).toBe(String(quote?.exact).length);
      expect(await databaseNames(s.article)).not.toContain('margin');
    });

    test('lists the article with its actors, claims and the note in the popup', async () => {
      const dump = await s.db();
      const popup = await s.eb.openExtensionPage('popup.html');
      try {
        await popup.setViewport({ width: 800, height: 900 });
        const entries = await popupEntries(popup, (texts) =>
          texts.some((text) => text.includes(SEED.title) && text.includes(s.note)),
        );
        const entry = entries.find((text) => text.includes(SEED.title));
        expect(entry, `an entry titled ${SEED.title} among ${entries.length}`).toBeDefined();
        expect(entry).toContain(SEED.site);
        expect(entry).toMatch(/\b(19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b/);
        expect(entry).toContain(s.note);
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
        await s.shot(popup, 'popup');
      } finally {
        await popup.close();
      }
    });

    test('opens the article in a tab when its entry is clicked', async () => {
      const popup = await s.eb.openExtensionPage('popup.html');
      try {
        await popupEntries(popup, (texts) => texts.some((text) => text.includes(SEED.title)));
        const before = new Set(s.eb.browser.targets());
        const opened = s.eb.browser.waitForTarget(
          (target) =>
            !before.has(target) &&
            target.type() === 'page' &&
            SEED.addresses(s.server).includes(target.url()),
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
      s.onFailureShoot('reload');
      await s.article.reload();
      const ranges = await waitForPaint(s.article, SEED.regions, (rs) =>
        rs.some((r) => r.name === 'margin-note' && squash(r.text) === squash(s.selected)),
      );
      expect(ranges.filter((r) => r.name === 'margin-note').every((r) => r.inBody)).toBe(true);
      const dump = await s.db();
      const records = s.articlesTitled(SEED.title, dump);
      expect(records).toHaveLength(1);
      const automatic = (dump?.annotations ?? []).filter(
        (a) => a.value.articleId === records[0]?.key && a.value.kind !== 'highlight',
      );
      expect(automatic.length, 'actor and claim annotations replaced, not added').toBe(
        s.automaticCount,
      );
    });

    test('offers the toolbar for a programmatic selection too', async () => {
      const text = await selectProgrammatically(s.article, SEED.otherParagraph);
      expect(text.length).toBeGreaterThan(0);
      await s.article.waitForFunction(
        () => document.documentElement.querySelector(':scope > margin-toolbar')?.shadowRoot,
        { timeout: 10_000 },
      );
      expect(await toolbarShown(s.article)).toBe(true);
    });
  });
}
