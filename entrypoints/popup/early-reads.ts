/**
 * The popup's first reads, started by start-reads.ts, which main.tsx imports first: opening
 * IndexedDB, reading the first screen and asking for the active tab then overlap the
 * evaluation of the rest of the popup's code and its first render instead of following them.
 */
import { browser } from 'wxt/browser';
import { FIRST_PAGE } from '../../components/popup-services';
import { articleKey } from '../../utils/anchoring/url-identity';
import { loadFirstScreen, type FirstScreen } from '../../utils/db/library';
import { getDb } from '../../utils/db/open';

/** Reads under way before the popup renders; each is handed out once. */
export interface EarlyReads {
  firstScreen?: Promise<FirstScreen>;
  currentArticleId?: Promise<string | undefined>;
}

/** The article key of the active tab, if it shows a web page. */
export async function activeArticleId(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url && /^https?:/.test(tab.url) ? articleKey(tab.url) : undefined;
}

/** Starts the first screen's reads now. */
export function startEarlyReads(): EarlyReads {
  // Read by the popup benchmark: opening the database apart from reading the first screen.
  getDb().then(
    () => performance.mark('margin:db-open'),
    () => {},
  );
  const reads = { firstScreen: loadFirstScreen(FIRST_PAGE), currentArticleId: activeArticleId() };
  // Whoever takes a read handles its failure; until then it must not count as unhandled.
  reads.firstScreen.catch(() => {});
  reads.currentArticleId.catch(() => {});
  return reads;
}
