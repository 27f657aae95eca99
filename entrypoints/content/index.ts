/**
 * The always-on detector, the only Margin script in every page: it checks the site switch,
 * reads the page in slices to decide whether it is an article, and hands an article over to
 * the reader, which the background injects into this frame (utils/reader-injection.ts). When
 * cheap signals say "likely an article" the reader is asked for at once and injected while
 * detection runs; it sleeps until handed an article (utils/reader-link.ts). No Preact,
 * painting, cards or notes here: pages that are not articles load only this.
 */
// The highlight styles ship here, in the manifest's stylesheet: `::highlight()` rules match
// nothing until the reader registers highlights, and the reader needs no stylesheet of its own.
import '../../utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { leaveHandoff } from '../../utils/article/handoff';
import { likelyArticle } from '../../utils/article/likely-article';
import { findPageArticle } from '../../utils/article/page-article';
import { watchArticle } from '../../utils/article/watch';
import { debugLog } from '../../utils/debug-log';
import { createSlicer, yielder } from '../../utils/main-thread';
import { contentChecks } from '../../utils/message-checks';
import { askBackground, errorMessage, serve } from '../../utils/messages';
import { handOver, hasReader, offerReading } from '../../utils/reader-link';
import {
  DEFAULT_SETTINGS,
  isMarginOff,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  withSiteOff,
  type Settings,
} from '../../utils/settings';
import { offSummary } from '../../utils/reading/summary';

export default defineContentScript({
  matches: ['<all_urls>'],
  // When the DOM is complete, not at document_idle, which Chrome puts off until the page's
  // images have loaded or 200 ms after DOMContentLoaded. Content that arrives later is
  // picked up by the watcher like any late body.
  runAt: 'document_end',
  main(ctx) {
    // Read by `npm run bench:page` (which times from the page's own DOMContentLoaded).
    performance.mark('margin:start');
    // Nothing Margin does may surface as an error in the page's console.
    detect(ctx).catch((error: unknown) => debugLog('detector', errorMessage(error)));
  },
});

async function detect(ctx: ContentScriptContext): Promise<void> {
  // Ordinary tasks between slices, not prioritised continuations: the reader's early
  // injection is a task too, and would otherwise wait until the whole detection is done.
  const pause = yielder(window, false);
  // The reader reads the page again (route changes, grown articles) with this code.
  offerReading(globalThis, () => findPageArticle(document, createSlicer(pause)));
  let settings: Settings = DEFAULT_SETTINGS;
  let off = false;
  // The early injection of the reader, when cheap signals said "likely an article".
  let early: Promise<boolean> | null = null;
  // Set once the reader was asked for: from then on the reader owns this frame.
  let handedOver = false;
  let generation = 0;
  let stopWatching: (() => void) | null = null;

  const check = async (reason: string) => {
    const mine = ++generation;
    const isStale = () => ctx.isInvalid || mine !== generation || off || handedOver;
    debugLog('detector', `looking for an article (${reason})`);
    const found = await findPageArticle(document, createSlicer(pause));
    performance.mark('margin:detected');
    if (isStale()) return;
    if (!found.ok) return void debugLog('detector', found.why, found.signals);
    handedOver = true;
    detach();
    leaveHandoff(globalThis, document, found.reading);
    const { text } = found.reading.body;
    // The reader injected early (and asleep) wakes up now; else it starts on this hand-over
    // as soon as it is injected.
    if (handOver(globalThis, { settings })) return;
    if (early) {
      // Still being injected: the background analyses meanwhile.
      void askBackground('analyzeAhead', { text });
      if ((await early) && hasReader(globalThis)) return;
    }
    const opened = await askBackground('openReader', { text });
    if (opened.ok || ctx.isInvalid) return;
    // The reader could not be injected (a page the browser protects): keep watching.
    debugLog('detector', `the reader could not be opened: ${opened.error}`);
    handedOver = false;
    attach();
    if (!off) watch();
  };
  const recheck = (reason: string) =>
    check(reason).catch((error: unknown) => debugLog('detector', errorMessage(error)));

  // A single-page app may turn into an article later (a route change), or its body may
  // arrive late.
  const watch = () => (stopWatching ??= watchArticle(window, (why) => void recheck(why)));
  const turnOn = (reason: string) => {
    off = false;
    watch();
    void recheck(reason);
  };
  const turnOff = () => {
    off = true;
    generation++;
    stopWatching?.();
    stopWatching = null;
  };

  // Until the hand-over, the panel may ask this frame about the site switch.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void loadSettings().then((next) => {
      settings = next;
      const nowOff = isMarginOff(settings, location.hostname);
      if (nowOff && !off) turnOff();
      else if (!nowOff && off && !handedOver) turnOn('site switched on');
    });
  };
  // No reading here: the panel gets nothing, or the switch when Margin is off on the site.
  const summary = () => (off ? offSummary(document.title, location.href, true) : null);
  const onMessage = serve(
    {
      command: () => null,
      summary,
      panel: async ({ action }) => {
        if (action.type === 'site') {
          await saveSettings(withSiteOff(await loadSettings(), location.hostname, action.off));
        }
        return summary();
      },
    },
    contentChecks,
    (sender) => sender.id === browser.runtime.id,
  );
  const attach = () => {
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
  };
  const detach = () => {
    stopWatching?.();
    stopWatching = null;
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
  };
  attach();
  ctx.onInvalidated(detach);

  // The site switch first: where Margin is off, or not allowed ("only sites I allow"), the
  // page is not looked at at all, not even for the cheap signals below.
  settings = await loadSettings();
  performance.mark('margin:settings');
  if (isMarginOff(settings, location.hostname)) {
    off = true;
    debugLog('detector', 'Margin is off on this site');
    return;
  }
  // The reader is injected while detection runs (the background checks the switch again).
  const likely = likelyArticle(document);
  if (likely) {
    debugLog('detector', `likely an article (${likely}): the reader is injected meanwhile`);
    performance.mark('margin:likely');
    early = askBackground('prepareReader', {}).then((r) => r.ok);
  }
  turnOn('load');
}
