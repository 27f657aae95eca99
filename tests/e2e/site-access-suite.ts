/**
 * "Only sites I allow" in one real browser: chosen on the options page, it leaves an article
 * on a site not allowed unread (nothing painted, no reading, only the "off" note in the debug
 * log); allowing the site on the options page reads the open article and every later visit.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { storedLog } from '../faults/e2e/extension-helpers';
import type { ExtensionBrowser, Launcher } from './extension-browser';
import { FIXTURE_DIR, SEED } from './fixtures';
import { paintedRanges, waitForPaint } from './highlights';
import { watchConsole } from './page-checks';
import { pollFor, readingTabs } from './reading-page';
import { startReadingServer, type ReadingServer } from './reading-server';

const SEED_HTML = readFileSync(`${FIXTURE_DIR}/${SEED.file}`, 'utf8');
const LIVE = 'live/seed.html';
const SITE = '127.0.0.1';

interface StorageApi {
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
}

/** Registers the site-access suite for one browser; `extensionDir` is its unpacked build. */
export function defineSiteAccessSuite(launch: Launcher, extensionDir: string): void {
  let eb: ExtensionBrowser;
  let server: ReadingServer;
  let options: Page;
  let page: Page;
  let errors: string[];

  const stored = () =>
    options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      return ((await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings ?? {}) as {
        access?: string;
        allowedSites?: string[];
      };
    });
  // The options page sits in a background tab: its controls are driven through the DOM
  // (a real click event, the input event Preact listens to), not the mouse and keyboard.
  const clickOption = (selector: string) =>
    options.$eval(selector, (el) => (el as HTMLElement).click());
  const allowOnOptionsPage = async (site: string) => {
    await options.$eval(
      'input[name="allowed-site"]',
      (el, value) => {
        const input = el as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      site,
    );
    await clickOption('.site-access button[type="submit"]');
    await pollFor(stored, (s) => (s.allowedSites ?? []).includes(site), `${site} allowed`);
  };
  const siteLog = async (since: number) =>
    (await storedLog(eb)).filter((e) => e.site === SITE && e.at >= since);

  beforeAll(async () => {
    server = await startReadingServer(FIXTURE_DIR);
    server.setPage(LIVE, SEED_HTML);
    eb = await launch(extensionDir);
    options = await eb.openExtensionPage('options.html');
    await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      await (g.browser ?? g.chrome)!.storage.local.set({ debugLogOn: true });
    });
    page = await eb.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    errors = watchConsole(page);
  });

  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  describe('only sites I allow', () => {
    test(
      'an article on a site not allowed gets no highlights and is not read',
      { timeout: 120_000 },
      async () => {
        await options.waitForSelector('input[type="radio"][value="allowed"]');
        await clickOption('input[type="radio"][value="allowed"]');
        await pollFor(stored, (s) => s.access === 'allowed', 'the narrow mode stored');
        // Another site is allowed: the list is not empty, this site is just not on it.
        await allowOnOptionsPage('example.com');
        const since = Date.now();
        await page.goto(server.url(LIVE));
        const log = await pollFor(
          () => siteLog(since),
          (entries) => entries.some((e) => /off on this site/.test(e.message)),
          'the detector noting that Margin is off here',
        );
        // Give a reading every chance to start (the seed is painted within seconds otherwise).
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        const after = await siteLog(since);
        console.info(
          `[${eb.name}] log on a site not allowed:`,
          after.map((e) => e.message),
        );
        expect(log.length).toBeGreaterThan(0);
        // The detector read the setting and stopped: no search for an article, no reader.
        expect(after.filter((e) => !/off on this site/.test(e.message))).toEqual([]);
        expect(await paintedRanges(page, SEED.regions)).toEqual([]);
        expect(await readingTabs(eb)).toEqual([]);
        expect(errors).toEqual([]);
      },
    );

    test('allowing the site paints the open article, and again after a reload', async () => {
      await allowOnOptionsPage(SITE);
      const painted = (rs: { name: string }[]) =>
        rs.some((r) => /^margin-(person|cue)$/.test(r.name));
      expect((await waitForPaint(page, SEED.regions, painted)).length).toBeGreaterThan(0);
      await page.reload();
      expect((await waitForPaint(page, SEED.regions, painted)).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    test('back to every site, a site never allowed is read again', async () => {
      await clickOption('input[type="radio"][value="all"]');
      await pollFor(stored, (s) => s.access === undefined, 'every site stored');
      await clickOption(`li[data-site="${SITE}"] button`);
      await pollFor(stored, (s) => !(s.allowedSites ?? []).includes(SITE), `${SITE} removed`);
      await page.reload();
      const painted = (rs: { name: string }[]) =>
        rs.some((r) => /^margin-(person|cue)$/.test(r.name));
      expect((await waitForPaint(page, SEED.regions, painted)).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });
}
