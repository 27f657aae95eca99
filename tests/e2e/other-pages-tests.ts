/** Pages after the seed article: a second article for the popup's order, and a non-article. */
import { describe, expect, test } from 'vitest';
import { SECOND_ARTICLE, SECTION_FRONT, SEED } from './fixtures';
import { paintedRanges, type PaintedRange } from './highlights';
import { databaseNames } from './extension-db';
import { selectProgrammatically, toolbarShown } from './selection';
import { popupEntries } from './popup';
import { watchConsole } from './page-checks';
import type { Session } from './session';

/** Registers the tests that run after the seed article's. */
export function describeOtherPages(s: Session): void {
  describe('after reading a second article', () => {
    test('lists the articles newest first in the popup', async () => {
      await s.article.goto(s.server.url(SECOND_ARTICLE.file));
      const deadline = Date.now() + 30_000;
      while (s.articlesTitled(SECOND_ARTICLE.title, await s.db()).length === 0) {
        if (Date.now() > deadline) throw new Error('the second article was never saved');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const popup = await s.eb.openExtensionPage('popup.html');
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
      const before = await s.db();
      const page = await s.eb.browser.newPage();
      try {
        const errors = watchConsole(page);
        await page.goto(s.server.url(SECTION_FRONT.file));
        // Give the extension at least twice what the article took to paint.
        await new Promise((resolve) => setTimeout(resolve, Math.max(3_000, 2 * s.paintMs)));
        const ranges: PaintedRange[] = await paintedRanges(page, { body: 'body', excluded: [] });
        expect(ranges).toEqual([]);
        await selectProgrammatically(page, SECTION_FRONT.paragraph);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(await toolbarShown(page)).toBe(false);
        const after = await s.db();
        expect(after?.articles.length ?? 0).toBe(before?.articles.length ?? 0);
        expect(after?.annotations.length ?? 0).toBe(before?.annotations.length ?? 0);
        expect((after?.articles ?? []).some((a) => a.value.title === SECTION_FRONT.title)).toBe(
          false,
        );
        expect(await databaseNames(page)).not.toContain('margin');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
