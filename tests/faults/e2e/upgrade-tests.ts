/**
 * A newer build upgrading the database while this build's popup and background hold it open
 * (what an extension update does to a reader with the popup open): Margin's connections step
 * aside (`blocking` closes them), so the upgrade is not blocked and keeps every record. Last
 * in its browser: afterwards the database is newer than this build can open.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../e2e/extension-browser';
import { readMarginDb } from '../../e2e/extension-db';
import { DB_VERSION } from '../../../utils/db/schema';
import { withExtensionPage } from './extension-helpers';

/** What the upgrading page saw. */
interface Outcome {
  blocked: boolean;
  version?: number;
  ms?: number;
  error?: string;
}

/** Registers the upgrade test; `browser` gives the suite's running browser. */
export function defineUpgradeTest(browser: () => ExtensionBrowser): void {
  describe('schema upgrade by a newer build', () => {
    it('is not blocked by the open popup and background, and keeps every record', async () => {
      const eb = browser();
      const popup = await eb.openExtensionPage('popup.html');
      try {
        await popup.waitForSelector('[data-complete="true"]', { timeout: 15_000 });
        const before = await withExtensionPage(eb, readMarginDb);
        expect(before?.annotations.length).toBeGreaterThan(0);
        const outcome = await withExtensionPage(eb, (page) =>
          page.evaluate(
            (next) =>
              new Promise<Outcome>((resolve) => {
                const started = performance.now();
                let blocked = false;
                const request = indexedDB.open('margin', next);
                request.onblocked = () => (blocked = true);
                request.onsuccess = () => {
                  const db = request.result;
                  resolve({ blocked, version: db.version, ms: performance.now() - started });
                  db.close();
                };
                request.onerror = () => resolve({ blocked, error: String(request.error) });
                setTimeout(() => resolve({ blocked, error: 'no answer in 10 s' }), 10_000);
              }),
            DB_VERSION + 1,
          ),
        );
        console.log(`[${eb.name}] upgrade with the popup open: ${JSON.stringify(outcome)}`);
        expect(outcome).toMatchObject({ blocked: false, version: DB_VERSION + 1 });
        const after = await withExtensionPage(eb, readMarginDb);
        expect(after?.annotations).toEqual(before?.annotations);
        expect(after?.articles).toEqual(before?.articles);
      } finally {
        await popup.close();
      }
    });
  });
}
