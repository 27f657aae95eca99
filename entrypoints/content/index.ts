import '../../utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { debugLog } from '../../utils/debug-log';
import { createPainter, type Painter } from '../../utils/highlight/painter';
import { offsetsFromRange } from '../../utils/article/text-map';
import { watchArticle } from '../../utils/article/watch';
import { errorMessage, serve, type ContentProtocol } from '../../utils/messages';
import { readPage, saveSelection, type Reading } from './reader';
import { createToolbarHost } from './toolbar';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    // Nothing Margin does may surface as an error in the page's console.
    start(ctx).catch((error: unknown) => debugLog('content', errorMessage(error)));
  },
});

async function start(ctx: ContentScriptContext): Promise<void> {
  const painter = createPainter(window);
  ctx.onInvalidated(() => painter.clearAll());
  let current: Reading | null = null;
  let generation = 0;

  // Each reading replaces the last: single-page apps swap articles without a reload, and live
  // articles grow. A reading overtaken by a newer one stops before painting anything.
  const read = async (reason: string) => {
    const mine = ++generation;
    const isStale = () => ctx.isInvalid || mine !== generation;
    debugLog('content', `reading the page (${reason})`);
    current = null;
    painter.clearAll();
    const reading = await readPage(document, painter, isStale);
    if (!isStale()) current = reading;
  };
  const reread = (reason: string) =>
    read(reason).catch((error: unknown) => debugLog('content', errorMessage(error)));

  await read('load');
  ctx.onInvalidated(watchArticle(window, (reason) => void reread(reason)));
  offerToolbar(ctx, () => current, painter);
}

function offerToolbar(
  ctx: ContentScriptContext,
  currentReading: () => Reading | null,
  painter: Painter,
): void {
  const toolbar = createToolbarHost(ctx);
  const openFor = (focusNote: boolean) => {
    const reading = currentReading();
    const selection = window.getSelection();
    if (!reading || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0).cloneRange();
    if (!touchesArticle(reading, range)) return;
    toolbar
      .open(range, (note) => saveSelection(reading, range, note, painter), focusNote)
      .catch((error: unknown) => debugLog('toolbar', errorMessage(error)));
  };

  ctx.addEventListener(document, 'mouseup', (event) => {
    if (toolbar.contains(event.target)) return;
    // Let the selection settle (a click that collapses it arrives after mouseup).
    ctx.setTimeout(() => openFor(false), 0);
  });
  ctx.addEventListener(document, 'mousedown', (event) => {
    if (!toolbar.contains(event.target)) toolbar.close();
  });
  const onMessage = serve<ContentProtocol>(
    {
      command: ({ name }) => {
        if (name === 'save-highlight') openFor(true);
        return null;
      },
    },
    { command: (p): p is { name: string } => typeof (p as { name?: unknown })?.name === 'string' },
    (sender) => sender.id === browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    toolbar.close();
  });
}

function touchesArticle(reading: Reading, range: Range): boolean {
  const offsets = offsetsFromRange(reading.map, range);
  return offsets !== null && offsets.end > offsets.start;
}
