/**
 * The reader: injected by the background (see utils/reader-injection.ts) into a frame where
 * the always-on detector (entrypoints/content) found an article, or early, where cheap signals
 * said it likely would: then it sleeps until the detector hands the frame over
 * (utils/reader-link.ts). Awake, it paints, shows cards, the selection toolbar and notes,
 * answers the panel, and follows the page's route changes, reading the page again with the
 * detector's code. Its highlight styles ship with the detector's stylesheet.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { debugLog } from '../../utils/debug-log';
import { createPainter } from '../../utils/highlight/painter';
import { rangeFromOffsets } from '../../utils/article/text-map';
import { takeHandoff } from '../../utils/article/handoff';
import { watchArticle } from '../../utils/article/watch';
import { contentChecks } from '../../utils/message-checks';
import { askBackground, errorMessage, serve, type PanelAction } from '../../utils/messages';
import { registerReader } from '../../utils/reader-link';
import {
  isMarginOff,
  loadSettings,
  saveSettings,
  shouldSaveAutomatic,
  SETTINGS_KEY,
  withSiteOff,
  type Settings,
} from '../../utils/settings';
import { createCards } from './cards';
import { createLayers } from './layers';
import { showNotice } from './notice';
import { askAnalyses, readPage, saveSpan, selectionSpan, type Reading } from './reader';
import { summarize } from './summary';
import { createToolbarHost } from './toolbar';

export default defineContentScript({
  // Not in the manifest: the background injects it where the detector found an article.
  registration: 'runtime',
  main(ctx) {
    // Read by `npm run bench:page`: the reader's start after injection.
    performance.mark('margin:injected');
    registerReader(globalThis, ({ settings }) => {
      if (ctx.isInvalid) return;
      // Nothing Margin does may surface as an error in the page's console.
      start(ctx, settings).catch((error: unknown) => debugLog('content', errorMessage(error)));
    });
  },
});

async function start(ctx: ContentScriptContext, handedSettings: Settings): Promise<void> {
  // The detector's reading, for the first reading only: later ones follow page changes. Its
  // analysis is asked for before anything else is set up, and joins the one the background
  // may have started already.
  let handoff = takeHandoff(globalThis, document);
  let firstAnalysis = handoff ? askAnalyses(handoff.body.text) : null;
  // The detector's settings, checked a moment ago: the first reading needs no storage trip.
  let firstSettings: Promise<Settings> | null = Promise.resolve(handedSettings);
  const painter = createPainter(window, { fallback: true });
  const layers = createLayers(painter, (fn, ms) => ctx.setTimeout(fn, ms));
  ctx.onInvalidated(() => layers.clear());
  const toolbar = createToolbarHost(ctx);
  const notice = showNotice(ctx);
  let current: Reading | null = null;
  let generation = 0;
  let off = false;
  let stopWatching: (() => void) | null = null;

  const cards = createCards(ctx, {
    current: () => current,
    layers,
    openNote: (span) => {
      const reading = current;
      if (reading) openToolbar(reading, span, true);
    },
    saveSpan: async (span) => {
      if (current) await saveSpan(current, span, '', 'yellow', layers);
    },
  });

  // Each reading replaces the last: single-page apps swap articles without a reload, and live
  // articles grow. A reading overtaken by a newer one stops before painting anything.
  const read = async (reason: string) => {
    const mine = ++generation;
    const isStale = () => ctx.isInvalid || mine !== generation || off;
    debugLog('content', `reading the page (${reason})`);
    current = null;
    layers.clear();
    cards.hide();
    notice.hide();
    const settings = await (firstSettings ?? loadSettings());
    firstSettings = null;
    const saveAutomatic = shouldSaveAutomatic(settings, location.hostname);
    const prefetched = handoff;
    const analysis = firstAnalysis;
    handoff = null;
    firstAnalysis = null;
    const reading = await readPage(document, {
      layers,
      isStale,
      saveAutomatic,
      prefetched,
      analysis,
      onPainted: (early) => {
        if (!isStale()) current = early;
      },
    });
    if (isStale()) return;
    current = reading;
    void askBackground('reportReading', {
      claims: reading ? (reading.analysis?.claims.length ?? 0) : null,
      title: reading?.article.title,
    });
    if (reading) notice.report(reading.notes);
  };
  const reread = (reason: string) =>
    read(reason).catch((error: unknown) => debugLog('content', errorMessage(error)));

  const turnOn = async (reason: string) => {
    off = false;
    // Watch first: content that arrives while the first reading is analysed must not be missed.
    stopWatching ??= watchArticle(window, (why) => void reread(why));
    await reread(reason);
  };
  const turnOff = () => {
    off = true;
    generation++;
    stopWatching?.();
    stopWatching = null;
    current = null;
    layers.clear();
    cards.hide();
    notice.hide();
    toolbar.close();
    void askBackground('reportReading', { claims: null });
  };
  ctx.onInvalidated(() => stopWatching?.());

  const openToolbar = (reading: Reading, span: { start: number; end: number }, focus: boolean) => {
    toolbar
      .open(
        rangeFromOffsets(reading.map, span.start, span.end),
        async (note, colour) => void (await saveSpan(reading, span, note, colour, layers)),
        focus,
      )
      .catch((error: unknown) => debugLog('toolbar', errorMessage(error)));
  };
  const openForSelection = (focusNote: boolean) => {
    const reading = current;
    const selection = window.getSelection();
    if (!reading || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    let span;
    try {
      span = selectionSpan(reading, selection.getRangeAt(0));
    } catch {
      return;
    }
    openToolbar(reading, span, focusNote);
  };

  ctx.addEventListener(document, 'mouseup', (event) => {
    if (off || toolbar.contains(event.target)) return;
    // Let the selection settle (a click that collapses it arrives after mouseup).
    ctx.setTimeout(() => openForSelection(false), 0);
  });
  ctx.addEventListener(document, 'mousedown', (event) => {
    if (!toolbar.contains(event.target)) toolbar.close();
  });

  const setSite = async (siteOff: boolean) => {
    await saveSettings(withSiteOff(await loadSettings(), location.hostname, siteOff));
    // storage.onChanged (below) applies it here and in every other tab of the site.
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void loadSettings().then((settings) => {
      const nowOff = isMarginOff(settings, location.hostname);
      if (nowOff && !off) turnOff();
      else if (!nowOff && off) void turnOn('site switched on');
    });
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  const summary = () => summarize(current, layers.hidden(), off, document, location.href);
  const act = async (action: PanelAction) => {
    if (action.type === 'site') await setSite(action.off);
    if (action.type === 'toggle') layers.setVisible(action.group, action.visible);
    if (action.type === 'focus') cards.focus(action.kind, action.id);
    return summary();
  };
  const onMessage = serve(
    {
      command: ({ name }) => {
        if (off) return null;
        if (name === 'save-highlight') openForSelection(true);
        if (name === 'next-claim') cards.step(1);
        if (name === 'previous-claim') cards.step(-1);
        if (name === 'toggle-highlights') {
          layers.setVisible('all', layers.hidden().includes('all'));
        }
        return null;
      },
      summary,
      panel: ({ action }) => act(action),
    },
    contentChecks,
    (sender) => sender.id === browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    toolbar.close();
  });

  if (isMarginOff(await (firstSettings ?? loadSettings()), location.hostname)) {
    off = true;
    debugLog('content', 'Margin is off on this site');
    return;
  }
  await turnOn('load');
}
