/**
 * The popup's first reads, started by start-reads.ts, which main.tsx imports first: opening
 * IndexedDB, reading the first screen and asking for the active tab then overlap the
 * evaluation of the rest of the popup's code and its first render instead of following them.
 * When popup-boot.ts ran (popup.html's first script) they are already under way: taken over.
 */
import { browser } from 'wxt/browser';
import { FIRST_PAGE } from '../../components/popup-services';
import { articleKey } from '../../utils/anchoring/url-identity';
import { fromSummaries, loadFirstScreen, type FirstScreen } from '../../utils/db/library';
import { getDb } from '../../utils/db/open';
import { takeBootReads } from './boot-reads';

/** Reads under way before the popup renders; each is handed out once. */
export interface EarlyReads {
  firstScreen?: Promise<FirstScreen>;
  currentArticleId?: Promise<string | undefined>;
}

/** The article key of the active tab, if it shows a web page. */
export async function activeArticleId(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tabArticleId(tab?.url);
}

function tabArticleId(url: string | undefined): string | undefined {
  return url && /^https?:/.test(url) ? articleKey(url) : undefined;
}

/** Starts the first screen's reads now, or takes over those the boot script started on `win`. */
export function startEarlyReads(win: Window = window): EarlyReads {
  const boot = takeBootReads(win);
  // Read by the popup benchmark: opening the database apart from reading the first screen.
  const open = () =>
    getDb().then(
      () => performance.mark('margin:db-open'),
      () => {},
    );
  // After the boot script's open has settled, not beside it: when that open finds an upgrade
  // to run it aborts it, and an open queued behind an aborted upgrade could fail with it.
  if (boot) void boot.summaries.finally(open);
  else void open();
  const reads = boot
    ? {
        // Without summaries (an upgrade to run, say) the repository reads them after opening.
        firstScreen: boot.summaries.then((found) =>
          found ? fromSummaries(found) : loadFirstScreen(FIRST_PAGE),
        ),
        currentArticleId: boot.tab.then(tabArticleId),
      }
    : { firstScreen: loadFirstScreen(FIRST_PAGE), currentArticleId: activeArticleId() };
  // Whoever takes a read handles its failure; until then it must not count as unhandled.
  reads.firstScreen.catch(() => {});
  reads.currentArticleId.catch(() => {});
  return reads;
}
