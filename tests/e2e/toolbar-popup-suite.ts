/**
 * The popup opened the way a reader opens it, from the toolbar over the tab they are reading
 * (Chromium's `action.openPopup()`; the other popup tests open popup.html in a tab of its
 * own, where the active tab is the popup itself). A toolbar popup is hidden until its
 * document has loaded, so this also checks that its first screen and bundle load there. The
 * tab's address carries tracking parameters and a fragment, which must not hide the article.
 * Chromium only: stable Firefox lets an extension open its popup only on a user action.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { strings } from '../../components/strings';
import type { ExtensionBrowser, Launcher } from './extension-browser';
import { watchConsole } from './page-checks';
import { seedDatabase, SEED_RECORDS } from './popup-seed';
import { toolbarPopups, type OpenToolbarPopup } from './toolbar-popup';

/** The older of the two seeded articles: first only because it is the reader's tab. */
const ARTICLE = SEED_RECORDS.articles[1]!;

/** Registers the toolbar popup suite; `extensionDir` is the unpacked Chromium build. */
export function defineToolbarPopupSuite(launch: Launcher, extensionDir: string): void {
  let eb: ExtensionBrowser;
  let tab: Page;
  let open: OpenToolbarPopup;

  describe('the popup opened from the toolbar', () => {
    beforeAll(async () => {
      eb = await launch(extensionDir);
      const setup = await eb.openExtensionPage('popup.html');
      await seedDatabase(setup, SEED_RECORDS);
      await setup.close();
      // The article's own site, answered here: the machine is offline.
      tab = await eb.browser.newPage();
      await tab.setRequestInterception(true);
      tab.on('request', (request) =>
        request.respond({
          contentType: 'text/html',
          body: `<!doctype html><title>${ARTICLE.title}</title><p>${ARTICLE.title}.</p>`,
        }),
      );
      await tab.goto(`${ARTICLE.url}?utm_source=newsletter&fbclid=abc#comments`);
      open = await toolbarPopups(eb.browser, eb.extensionOrigin, tab);
    });

    afterAll(async () => {
      await eb?.close();
    });

    test("lists the reader's tab's article first, marked as this page", async () => {
      // Twice: the second opening paints the first's snapshot before its fresh data.
      for (const opening of ['first', 'second']) {
        const popup = await open('popup.html');
        const errors = watchConsole(popup);
        try {
          await popup.waitForSelector('#app [data-complete="true"]', { timeout: 15_000 });
          const cards = await popup.$$eval('#app [data-article]', (els) =>
            els.map((el) => ({
              id: el.getAttribute('data-article'),
              current: el.classList.contains('current'),
              text: (el as HTMLElement).innerText,
            })),
          );
          expect(
            cards.map((c) => c.id),
            opening,
          ).toEqual([ARTICLE, SEED_RECORDS.articles[0]!].map((a) => a.id));
          expect(cards[0]!.current, opening).toBe(true);
          expect(cards[0]!.text, opening).toContain(strings.thisPage);
          expect(cards[1]!.current, opening).toBe(false);
          expect(await popup.$('#margin-snapshot'), opening).toBeNull();
          expect(errors, opening).toEqual([]);
        } finally {
          await popup.close();
        }
      }
    });
  });
}
