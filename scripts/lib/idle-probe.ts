/**
 * When Chromium runs `document_idle` content scripts on a page, measured rather than assumed:
 * a probe extension whose only content script, at document_idle, sets a mark (Chromium runs
 * them once the document and its subresources have loaded, or 200 ms after DOMContentLoaded,
 * whichever comes first, as a task: a busy main thread delays them). bench:page loads each
 * page once in a browser with the probe alone, so Margin's own tasks cannot move the mark.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

/** The probe's mark, in the page's performance timeline. */
export const IDLE_MARK = 'bench:document_idle';

/**
 * Writes the probe to a temporary directory; `remove` deletes it. It has an empty service
 * worker only so the E2E launcher, which waits for one, can start it.
 */
export function writeIdleProbe(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'margin-idle-probe-'));
  const manifest = {
    manifest_version: 3,
    name: 'bench:page document_idle probe',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['<all_urls>'], run_at: 'document_idle', js: ['idle.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'idle.js'), `performance.mark(${JSON.stringify(IDLE_MARK)});\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Where document_idle and DOMContentLoaded fell on one load, in ms after the response's end. */
export interface IdleTiming {
  idleMs: number;
  dclMs: number;
}

/**
 * Loads `url` in `browser` (which should run the probe and nothing else) and returns when the
 * document_idle scripts ran and when DOMContentLoaded started, both after the document's
 * response ended (navigation timing's responseEnd: what a content script at document_start
 * cannot delay); null when the probe did not run within a few seconds.
 */
export async function idleTiming(browser: Browser, url: string): Promise<IdleTiming | null> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      const at = await page.evaluate((mark) => {
        const idle = performance.getEntriesByName(mark)[0]?.startTime;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return idle === undefined
          ? null
          : {
              idleMs: idle - nav.responseEnd,
              dclMs: nav.domContentLoadedEventStart - nav.responseEnd,
            };
      }, IDLE_MARK);
      if (at !== null) return at;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  } finally {
    await page.close();
  }
}
