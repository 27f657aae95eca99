/**
 * popup.html's first script, classic and tiny, run while <head> is parsed: it opens the
 * database, reads the first screen's summaries and asks for the active tab at once, so that
 * work overlaps fetching, parsing and evaluating the popup's module bundle instead of
 * following it. The bundle takes the reads from `window` (entrypoints/popup/early-reads.ts).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FIRST_PAGE } from '../components/popup-services';
import { readNewestSummaries } from '../utils/db/boot-read';
import { BOOT_KEY, type BootReads } from './popup/boot-reads';

export default defineUnlistedScript(() => {
  performance.mark('margin:boot');
  const reads: BootReads = {
    summaries: readNewestSummaries(indexedDB, FIRST_PAGE),
    tab: browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.url),
  };
  reads.tab.catch(() => {});
  // Read by the popup benchmark: when the first screen's data was there.
  void reads.summaries.then(() => performance.mark('margin:boot-read'));
  (window as unknown as Record<string, BootReads>)[BOOT_KEY] = reads;
});
