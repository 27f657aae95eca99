/**
 * The reading experience of issue 6 in one real browser: highlight categories on the seed,
 * the hover card, the article panel (who said what, toggles, focus), notes that come back
 * exact, changed or orphaned after the page is edited, a page re-rendered by a virtual-DOM
 * library, a single-page app that swaps articles, and the per-site switch.
 */
import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Launcher } from './extension-browser';
import { ARTIFACT_DIR, FIXTURE_DIR, SEED } from './fixtures';
import { countByName, paintedRanges, waitForPaint, type PaintedRange } from './highlights';
import { watchConsole } from './page-checks';
import { pointAtText, pollFor, readingTabs, shadowText } from './reading-page';
import { startReadingServer, type ReadingServer } from './reading-server';
import { dragSelectLastSentence, saveNote, squash } from './selection';

const AUTOMATIC = /^margin-(person|organization|place|other|cue|content)$/;
const SEED_HTML = readFileSync(`${FIXTURE_DIR}/${SEED.file}`, 'utf8');
const LIVE = 'live/seed.html';

/** Registers the reading suite for one browser; `extensionDir` is its unpacked build. */
export function defineReadingSuite(launch: Launcher, extensionDir: string): void {
  let eb: ExtensionBrowser;
  let server: ReadingServer;
  let page: Page;
  let errors: string[];

  const shot = (p: Page, name: string) =>
    p.screenshot({ path: `${ARTIFACT_DIR}/${eb.name}-${name}.png` });
  const automatic = async (p: Page, regions = SEED.regions) =>
    (await paintedRanges(p, regions)).filter((r) => AUTOMATIC.test(r.name));
  const openPanel = async (title: string): Promise<Page> => {
    const tabs = await pollFor(
      () => readingTabs(eb),
      (list) => list.some((t) => t.title === title),
      `a reading of "${title}"`,
    );
    const tab = tabs.find((t) => t.title === title)!;
    const panel = await eb.openExtensionPage(`sidepanel.html?tab=${tab.tabId}`);
    await panel.setViewport({ width: 420, height: 1000 });
    return panel;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    server = await startReadingServer(FIXTURE_DIR);
    server.setPage(LIVE, SEED_HTML);
    eb = await launch(extensionDir);
    page = await eb.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    errors = watchConsole(page);
  });

  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  describe('on the seed article', () => {
    test('paints every category: people, places, claim cues and contents', async () => {
      await page.goto(server.url(LIVE));
      const ranges = await waitForPaint(page, SEED.regions, (rs) =>
        rs.some((r) => r.name === 'margin-cue'),
      );
      const counts = countByName(ranges.filter((r) => AUTOMATIC.test(r.name)));
      console.info(`[${eb.name}] categories on the seed:`, counts);
      for (const group of ['margin-person', 'margin-place', 'margin-cue', 'margin-content']) {
        expect(counts[group] ?? 0, group).toBeGreaterThan(0);
      }
      // Every cue underlines a claim; a claim's content is optional, never more than one.
      expect(counts['margin-content'] ?? 0).toBeLessThanOrEqual(counts['margin-cue'] ?? 0);
      expect(ranges.some((r) => r.name === 'margin-person' && r.text === 'Putin')).toBe(true);
      await shot(page, 'reading-seed-highlighted');
    });

    test('hovering "Mr. Putin" shows Vladimir Putin with his claims', async () => {
      const at = await pointAtText(page, SEED.regions.body, 'Mr. Putin emphasized', 'Putin');
      // Come in along the line from the left margin: a diagonal path crossed "Russia" on the
      // line above, and its card, opened on the way, could then lie over "Putin" and hold the
      // pointer (a pointer on a card keeps it open, so its buttons can be reached).
      await page.mouse.move(1, at.y);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      let wiggle = 0;
      const name = await pollFor(
        async () => {
          // A reader's pointer never rests perfectly still; each move is a new hit test.
          await page.mouse.move(at.x + (wiggle++ % 2), at.y);
          return shadowText(page, 'margin-card', '.card h2');
        },
        (text) => text === 'Vladimir Putin',
        'the actor card',
      );
      expect(name).toBe('Vladimir Putin');
      const card = await page.evaluate(() => {
        const root = document.documentElement.querySelector(':scope > margin-card')!.shadowRoot!;
        const el = root.querySelector('.card')!;
        return {
          role: el.getAttribute('role'),
          live: root.querySelector('[aria-live]')?.getAttribute('aria-live'),
          text: el.textContent ?? '',
          claims: [...root.querySelectorAll('.claims li')].map((li) => li.textContent),
        };
      });
      expect(card.role).toBe('dialog');
      expect(card.live).toBe('polite');
      expect(card.text).toContain('Person');
      expect(card.text).toMatch(/“Putin”/);
      expect(card.claims.length).toBeGreaterThan(0);
      await shot(page, 'reading-card');
      await page.keyboard.press('Escape');
    });

    test('the panel lists who said what, toggles a category and shows a claim in the page', async () => {
      const panel = await openPanel(SEED.title);
      try {
        const actors = await pollFor(
          () => panel.$$eval('[data-actor]', (els) => els.map((e) => e.textContent)),
          (list) => list.length > 0,
          'the panel actors',
        );
        expect(actors).toContain('Vladimir Putin');
        // "the Kremlin" stands for Russia on the seed: listed on Russia's line, not its own.
        const lines = await panel.$$eval('.type-group li', (els) => els.map((e) => e.textContent));
        expect(lines.some((l) => /^Russia \d+, also as .*Kremlin \d+/.test(l ?? ''))).toBe(true);
        expect(lines.some((l) => l?.startsWith('Kremlin'))).toBe(false);
        const speakers = await panel.$$eval('.speaker h3', (els) => els.map((e) => e.textContent));
        expect(speakers.some((s) => s?.startsWith('Vladimir Putin'))).toBe(true);
        expect(await panel.$eval('.sources', (e) => e.textContent)).toMatch(/\d+ from named/);
        await shot(panel, 'reading-panel');

        await panel.click('input[name="margin-person"]');
        await pollFor(
          () => automatic(page),
          (rs) => !rs.some((r) => r.name === 'margin-person') && rs.length > 0,
          'people switched off',
        );
        await panel.click('input[name="margin-person"]');
        await pollFor(
          () => automatic(page),
          (rs) => rs.some((r) => r.name === 'margin-person'),
          'people back on',
        );

        await panel.click('button[data-claim]');
        const flashed = await pollFor(
          () => paintedRanges(page, SEED.regions),
          (rs) => rs.some((r) => r.name === 'margin-flash'),
          'the claim flashed',
        );
        expect(flashed.find((r) => r.name === 'margin-flash')!.inBody).toBe(true);
        const claimCard = await pollFor(
          () => shadowText(page, 'margin-card', '.card .cue'),
          (t) => Boolean(t),
          'the claim card',
        );
        expect(claimCard).toBeTruthy();
      } finally {
        await panel.close();
      }
    });
  });

  describe('notes that come back', () => {
    let selected = '';
    test('a saved note is restored after a reload', async () => {
      await page.bringToFront();
      selected = await dragSelectLastSentence(page, SEED.paragraph);
      expect(await saveNote(page, 'check this')).toMatch(/^Saved\b/);
      await page.reload();
      await waitForPaint(page, SEED.regions, (rs) =>
        rs.some((r) => r.name === 'margin-note' && squash(r.text) === squash(selected)),
      );
      expect(await shadowText(page, 'margin-notice', '.summary')).toBeNull();
    });

    test('a word changed inside the saved quote is reported as changed', async () => {
      const word = squash(selected)
        .split(/\W+/)
        .find((w) => w.length >= 5 && SEED_HTML.split(w).length === 2);
      expect(word, 'a word of the quote found once in the page').toBeDefined();
      server.setPage(LIVE, SEED_HTML.replace(word!, 'zzyzx'));
      await page.reload();
      const notice = await pollFor(
        () => shadowText(page, 'margin-notice', '.summary'),
        (t) => Boolean(t),
        'the notice',
      );
      expect(notice).toContain('the saved text changed since you saved it');
      const ranges = await paintedRanges(page, SEED.regions);
      expect(ranges.some((r) => r.name === 'margin-note' && r.text.includes('zzyzx'))).toBe(true);
    });

    test('a removed paragraph leaves the note an orphan, listed in the panel', async () => {
      const start = SEED_HTML.indexOf(selected.trim().slice(0, 30));
      const open = SEED_HTML.lastIndexOf('<p', start);
      const close = SEED_HTML.indexOf('</p>', start) + 4;
      expect(open).toBeGreaterThan(0);
      server.setPage(LIVE, SEED_HTML.slice(0, open) + SEED_HTML.slice(close));
      await page.reload();
      const notice = await pollFor(
        () => shadowText(page, 'margin-notice', '.summary'),
        (t) => Boolean(t),
        'the notice',
      );
      expect(notice).toMatch(/could not be placed/);
      const panel = await openPanel(SEED.title);
      try {
        const orphans = await pollFor(
          () => panel.$$eval('.orphans li', (els) => els.map((e) => e.textContent ?? '')),
          (list) => list.length > 0,
          'orphans in the panel',
        );
        expect(squash(orphans[0]!)).toContain(squash(selected).slice(0, 20));
      } finally {
        await panel.close();
      }
      server.setPage(LIVE, SEED_HTML);
    });
  });

  describe('on pages that render themselves', () => {
    test('a page re-rendered by Preact keeps working after highlights', async () => {
      const p = await eb.browser.newPage();
      try {
        const pageErrors = watchConsole(p);
        await p.goto(server.url('e2e/preact-article.html'));
        const regions = { body: 'article', excluded: [] };
        await waitForPaint(p, regions, (rs) => rs.some((r) => AUTOMATIC.test(r.name)));
        let expected: string[] = [];
        for (const step of ['edit', 'insert', 'remove', 'reorder']) {
          expected = await p.evaluate((s) => (window as unknown as Mutate).mutate(s), step);
        }
        const shown = await p.$$eval('.story-body p', (els) => els.map((e) => e.textContent));
        expect(shown).toEqual(expected);
        expect(await p.evaluate(() => (window as unknown as Mutate).__errors)).toEqual([]);
        expect(pageErrors).toEqual([]);
      } finally {
        await p.close();
      }
    });

    test('a single-page app that changes route gets the new article only', async () => {
      const p = await eb.browser.newPage();
      try {
        await p.goto(server.url('e2e/spa.html'));
        const regions = { body: 'article', excluded: [] };
        const first = await waitForPaint(p, regions, (rs) => rs.some((r) => r.text === 'Putin'));
        expect(first.some((r) => /Reyes|Natarajan/.test(r.text))).toBe(false);
        await p.click('a[data-story="harbor"]');
        const second = await waitForPaint(p, regions, (rs) =>
          rs.some((r) => AUTOMATIC.test(r.name) && /Reyes|Natarajan|Berg/.test(r.text)),
        );
        const stale = second.filter((r) => /Putin|Kim|Pyongyang|Kremlin/.test(r.text));
        expect(stale, 'highlights of the old article').toEqual([]);
        expect(second.every((r) => r.inBody)).toBe(true);
      } finally {
        await p.close();
      }
    });
  });

  describe('the per-site switch', () => {
    test('turns Margin off on the site, remembered across reloads, and on again', async () => {
      await page.bringToFront();
      await page.goto(server.url(LIVE));
      await waitForPaint(page, SEED.regions, (rs) => rs.some((r) => AUTOMATIC.test(r.name)));
      const panel = await openPanel(SEED.title);
      try {
        await panel.waitForSelector('button[data-action="site"]');
        await panel.click('button[data-action="site"]');
        await pollFor(
          () => paintedRanges(page, SEED.regions),
          (rs) => rs.length === 0,
          'no paint',
        );
        await page.reload();
        await new Promise((resolve) => setTimeout(resolve, 4_000));
        expect(await paintedRanges(page, SEED.regions)).toEqual([]);
        await pollFor(
          () => panel.$eval('button[data-action="site"]', (b) => b.getAttribute('aria-pressed')),
          (v) => v === 'true',
          'the panel showing the site off',
        );
        await panel.click('button[data-action="site"]');
        await waitForPaint(page, SEED.regions, (rs) => rs.some((r) => AUTOMATIC.test(r.name)));
      } finally {
        await panel.close();
      }
      expect(errors).toEqual([]);
    });
  });
}

interface Mutate {
  mutate(step: string): string[];
  __errors: string[];
}

export type { PaintedRange };
