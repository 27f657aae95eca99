import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listAnnotations, saveHighlight } from '../utils/db/annotations';
import { recordReading } from '../utils/db/articles';
import { updateAnnotation } from '../utils/db/edits';
import { getDb } from '../utils/db/open';
import { backgroundChecks } from '../utils/message-checks';
import { askTab, serve, type BackgroundProtocol, type Handlers } from '../utils/messages';
import { analyze } from '../utils/nlp/index';
import { injectReader } from '../utils/reader-injection';
import { allowSiteOf } from '../utils/site-access';
import { isMarginOff, loadSettings } from '../utils/settings';
import { createSharedAnalysis } from '../utils/shared-analysis';
import { textHead } from '../utils/reading/text-head';
import { withUpgradeNotice } from '../utils/upgrade-notice';

/** Analyses started while the reader is injected, claimed by its `analyze` request. */
const analyses = createSharedAnalysis(analyze);

/**
 * Starts analysing what the reader paints first, ahead of its requests: a long text's head
 * (utils/reading/text-head.ts), else the whole text. A long text's whole analysis is one long
 * task of this thread, so it starts only when the reader asks for it, after the head's
 * request: started earlier, it held up the answer to the head until it was done.
 */
function startAnalyses(text: string): void {
  const head = textHead(text);
  analyses.start(head === null ? text : text.slice(0, head));
}

/** Tabs with a reading, newest last; dropped when the tab closes. */
const readingTabs = new Map<number, string>();

// Analysis runs here rather than in the page: the model is loaded once per background
// lifetime instead of once per tab, and the page's main thread never runs the NLP.
const handlers: Handlers<BackgroundProtocol> = {
  analyze: ({ text }) => analyses.take(text),
  openReader: async ({ text }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('only a tab can ask for the reader.');
    // The injection is asked for first; the analysis starts in the next task and overlaps it.
    const injected = injectReader({ tabId, frameId: sender.frameId ?? 0 });
    startAnalyses(text);
    await injected;
    return null;
  },
  prepareReader: async (_, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('only a tab can ask for the reader.');
    // Asked for before the detector has read the site switch (so the request goes out at
    // once): nothing is injected where Margin is off.
    if (isMarginOff(await loadSettings(), hostOf(sender.url))) return null;
    const injected = injectReader({ tabId, frameId: sender.frameId ?? 0 });
    warmUp();
    await injected;
    return null;
  },
  analyzeAhead: ({ text }) => {
    startAnalyses(text);
    return null;
  },
  recordReading: ({ article, annotations }) => recordReading(article, annotations),
  saveHighlight: ({ article, highlight }) => saveHighlight(article, highlight),
  listAnnotations: ({ articleId }) => listAnnotations(articleId),
  editAnnotation: async ({ id, expectedModified, patch }) => {
    const result = await updateAnnotation(id, expectedModified, patch);
    if (result.ok) return result.value;
    throw new Error(
      result.reason === 'stale' ? 'it was changed elsewhere; try again.' : 'it was deleted.',
    );
  },
  reportReading: async ({ claims, title }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    readingTabs.delete(tabId);
    if (claims !== null) readingTabs.set(tabId, title ?? '');
    const text = claims ? String(Math.min(claims, 999)) : '';
    await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text });
    return null;
  },
  readingTabs: () => [...readingTabs].reverse().map(([tabId, title]) => ({ tabId, title })),
};

let warm = false;

/**
 * Runs the NLP once on a short text, in a later task, the first time a reader is asked for
 * in this background's lifetime: a service worker woken for this page would otherwise build
 * its model tables (tens of ms) when the article's text arrives, after the detection.
 */
function warmUp(): void {
  if (warm) return;
  warm = true;
  setTimeout(() => analyze('Mr. Smith said the city would pay, officials in Paris told him.'), 0);
}

/** The host name of a sender's URL, '' when it has none. */
function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

const MENU_SAVE = 'margin-save-selection';
const MENU_PANEL = 'margin-open-panel';
const MENU_ALLOW = 'margin-allow-site';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    serve(handlers, backgroundChecks, (sender) => sender.id === browser.runtime.id),
  );
  const toActiveTab = async (name: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await askTab(tab.id, 'command', { name });
  };
  browser.commands.onCommand.addListener((name) => void toActiveTab(name));
  browser.tabs.onRemoved.addListener((tabId) => void readingTabs.delete(tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') upgradeNow();
    browser.contextMenus.create({
      id: MENU_SAVE,
      title: 'Save selection with Margin…',
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU_PANEL,
      title: 'Open the Margin article panel',
      contexts: ['page', 'selection'],
    });
    // The "only sites I allow" mode's way in from the page itself (also lifts "Margin off here").
    browser.contextMenus.create({
      id: MENU_ALLOW,
      title: 'Read this site with Margin',
      contexts: ['page'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) {
      void askTab(tab.id, 'command', { name: 'save-highlight' });
    }
    // Both calls need the click's user gesture, so nothing is awaited before them.
    if (info.menuItemId === MENU_PANEL) openPanel(tab?.windowId);
    if (info.menuItemId === MENU_ALLOW) void allowSiteOf(info.pageUrl ?? tab?.url);
  });
});

/** How often an extension call keeps a busy service worker alive (Chrome stops it at 30 s idle). */
const KEEP_ALIVE_MS = 20_000;

/**
 * Opens the database right after an install or update, so a schema upgrade (seconds for a
 * large library) runs here rather than while the reader waits in the popup; a popup opened
 * meanwhile queues its open behind this one and says it is updating (upgrade-notice.ts).
 * Should the worker still be stopped, the upgrade's transaction aborts and the v1 data stays;
 * the next open runs it again.
 */
function upgradeNow(): void {
  // IndexedDB work alone does not count as activity for Chrome's idle timer.
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
  void withUpgradeNotice(getDb)
    .catch(() => {
      // Blocked or failed: the popup's own open tries again and shows why.
    })
    .finally(() => clearInterval(keepAlive));
}

function openPanel(windowId: number | undefined): void {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId !== undefined) void api.sidePanel.open({ windowId });
  else void api.sidebarAction?.open();
}
