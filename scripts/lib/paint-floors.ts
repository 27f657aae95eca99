/**
 * The page benchmark's baselines: three tiny extensions that paint one highlight as soon as
 * their design allows, timed by bench:page's own clock beside Margin. No content script can
 * paint sooner than the first (it paints at document_end, Margin's own start); the second
 * adds what any design that analyses in the service worker pays (one message there and
 * back); the third adds what a design pays whose always-on script stays small and has the
 * service worker inject a second one into articles (Margin's detector and reader). Each marks
 * `margin:start`, `margin:painted` and `margin:painted-all` as Margin does, right after
 * `CSS.highlights.set`, so bench:page measures them unchanged.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A baseline: its name in the report and its unpacked extension. */
export interface PaintFloor {
  name: string;
  dir: string;
}

/** In the page: highlights the body's first non-blank text (up to 80 characters), marks it. */
const PAINT = `function paint() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const node = walker.nextNode();
  if (!node) return;
  const range = new Range();
  range.setStart(node, 0);
  range.setEnd(node, Math.min(node.data.length, 80));
  CSS.highlights.set('floor', new Highlight(range));
  performance.mark('margin:painted');
  performance.mark('margin:painted-all');
}`;

/** The service worker's side: answers at once, or injects `second.js` into the asking frame. */
const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message === 'inject') {
    chrome.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['second.js'] })
      .then(() => reply(true), () => reply(false));
    return true;
  }
  reply(true);
});`;

const START = `performance.mark('margin:start');\n${PAINT}\n`;

/** The three baselines' content scripts (and the injected one's second script). */
const FLOORS: { name: string; content: string; second?: string }[] = [
  { name: 'painted at once at document_end', content: `${START}paint();\n` },
  {
    name: 'painted after one message round trip to the service worker',
    content: `${START}chrome.runtime.sendMessage('ask').then(paint);\n`,
  },
  {
    name: 'painted by a second script the service worker injects',
    content: `performance.mark('margin:start');\nchrome.runtime.sendMessage('inject');\n`,
    second: `${PAINT}\npaint();\n`,
  },
];

/** Writes the baselines to a temporary directory; `remove` deletes it. */
export function writePaintFloors(): { floors: PaintFloor[]; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'margin-paint-floors-'));
  const floors = FLOORS.map(({ name, content, second }, i) => {
    const dir = join(root, `floor-${i}`);
    mkdirSync(dir);
    const manifest = {
      manifest_version: 3,
      name: `bench:page baseline ${i}`,
      version: '1.0',
      permissions: ['scripting'],
      host_permissions: ['<all_urls>'],
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['<all_urls>'], run_at: 'document_end', js: ['content.js'] }],
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'worker.js'), WORKER);
    writeFileSync(join(dir, 'content.js'), content);
    if (second) writeFileSync(join(dir, 'second.js'), second);
    return { name, dir };
  });
  return { floors, remove: () => rmSync(root, { recursive: true, force: true }) };
}
