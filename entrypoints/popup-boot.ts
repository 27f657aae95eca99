/**
 * popup.html's first script, classic and tiny, run right after `#app` is parsed: it opens the
 * database, reads the first screen's summaries and asks for the active tab at once, so that
 * work overlaps fetching, parsing and evaluating the popup's module bundle instead of
 * following it; the bundle takes the reads from `window` (entrypoints/popup/early-reads.ts).
 * Before those it paints the last first screen's snapshot (snapshot.ts) until fresh data is
 * shown, and starts the bundle once that is on screen (bundle-loader.ts).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FIRST_PAGE } from '../components/popup-services';
import { readNewestSummaries } from '../utils/db/boot-read';
import { BOOT_KEY, type BootReads } from './popup/boot-reads';
import { loadBundle } from './popup/bundle-loader';
import { paintSnapshot, snapshotTag } from './popup/snapshot';

export default defineUnlistedScript(() => {
  performance.mark('margin:boot');
  let painted = false;
  try {
    // The picture first: the reads below are asynchronous and their answers come after the
    // first frame anyway, but starting them (database, tabs, IPC) cost several ms before it.
    const tag = snapshotTag(browser.runtime.getManifest().version);
    painted = paintSnapshot(document, localStorage, tag);
    if (painted) performance.mark('margin:snapshot-painted');
  } catch {
    // No storage, say: the popup paints from fresh data only.
  }
  try {
    const reads: BootReads = {
      summaries: readNewestSummaries(indexedDB, FIRST_PAGE),
      tab: browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.url),
    };
    reads.tab.catch(() => {});
    // Read by the popup benchmark: when the first screen's data was there.
    void reads.summaries.then(() => performance.mark('margin:boot-read'));
    (window as unknown as Record<string, BootReads>)[BOOT_KEY] = reads;
  } catch {
    // No IndexedDB, say: the bundle makes its own reads (and shows why they failed).
  } finally {
    // Whatever failed above, the popup itself must load.
    loadBundle(document, painted);
  }
});
