/**
 * The page benchmark's baselines: tiny extensions that paint one highlight as soon as their
 * design allows, timed by bench:page's own clock beside Margin. No content script can paint
 * sooner than the first (it paints at document_end, Margin's own start); the second adds what
 * any design that analyses in the service worker pays (one message there and back); the third
 * adds what a design pays whose always-on script stays small and has the service worker
 * inject a second one into articles (Margin's detector and reader). The next three read the
 * page first: with Firefox Reader View's check and extraction (Mozilla's Readability,
 * unchanged), then paint, or send the text to the service worker and paint on its answer (an
 * analysis there that costs nothing); or with Margin's own detection and extraction, as its
 * detector runs it, and the same round trip. The last sends the page's whole markup to an
 * offscreen document, where Readability reads it with code that stays warm from page to page:
 * what a design pays that reads the page outside it. Each marks `margin:start`,
 * `margin:painted` and `margin:painted-all` as Margin does, right after `CSS.highlights.set`,
 * so bench:page measures them unchanged.
 */
import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './data-path';

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

/**
 * The service worker's side: answers at once, or injects `second.js` into the asking frame;
 * markup is the offscreen document's to answer.
 */
const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.markup !== undefined) return false;
  if (message === 'inject') {
    chrome.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['second.js'] })
      .then(() => reply(true), () => reply(false));
    return true;
  }
  reply(true);
});`;

const START = `performance.mark('margin:start');\n${PAINT}\n`;

/** Reader View's own steps: its cheap check, then the extraction (on a copy, as Firefox does). */
const READ = `isProbablyReaderable(document);
const article = new Readability(document.cloneNode(true)).parse();
`;

/**
 * An offscreen document (Chrome's page for DOM work out of sight) that parses the markup a
 * content script sends and runs Readability on it: its code stays warm from page to page.
 */
const OFFSCREEN_WORKER = `chrome.offscreen.createDocument({
  url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'bench:page baseline',
}).catch(() => {});
`;
const OFFSCREEN_HTML =
  '<!doctype html><script src="Readability.js"></script><script src="offscreen.js"></script>';
const OFFSCREEN = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (typeof message?.markup !== 'string') return false;
  const doc = new DOMParser().parseFromString(message.markup, 'text/html');
  reply(new Readability(doc).parse()?.textContent.length ?? 0);
  return false;
});
`;

/** Mozilla's Readability scripts, loaded before a baseline's own (they define globals). */
const READABILITY = ['Readability-readerable.js', 'Readability.js'];

/**
 * Margin's own reading of the page, sliced as its detector slices it (no site switch, no
 * early reader), then the body's text to the service worker and back: bundled from the source.
 */
function marginReading(): string {
  const source = `import { findPageArticle } from './utils/article/page-article';
import { createSlicer, yielder } from './utils/main-thread';
${START}
findPageArticle(document, createSlicer(yielder(window, false))).then((found) => {
  if (found.ok) chrome.runtime.sendMessage(found.reading.body.text).then(paint);
});`;
  const out = buildSync({
    stdin: { contents: source, resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** The baselines' content scripts (the injected one's second script, the libraries they load). */
const FLOORS: {
  name: string;
  /** The content script, or what writes it (a bundle is built only when the floors are). */
  content: string | (() => string);
  second?: string;
  libs?: string[];
  /** Whether the service worker opens the offscreen document that reads markup. */
  offscreen?: boolean;
}[] = [
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
  {
    name: 'painted after Readability checked and extracted the page',
    content: `${START}${READ}paint();\n`,
    libs: READABILITY,
  },
  {
    name: 'painted after Readability, then its text sent to the service worker and back',
    content: `${START}${READ}chrome.runtime.sendMessage(article?.textContent ?? '').then(paint);\n`,
    libs: READABILITY,
  },
  {
    name: "painted after Margin's own detection and extraction, then its text sent to the service worker and back",
    content: marginReading,
  },
  {
    name: "painted after the page's markup was read by Readability in an offscreen document",
    content: `${START}chrome.runtime.sendMessage({ markup: document.documentElement.outerHTML }).then(paint);\n`,
    offscreen: true,
  },
];

/** Writes the baselines to a temporary directory; `remove` deletes it. */
export function writePaintFloors(): { floors: PaintFloor[]; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'margin-paint-floors-'));
  const readability = dirname(createRequire(import.meta.url).resolve('@mozilla/readability'));
  const floors = FLOORS.map(({ name, content, second, libs = [], offscreen = false }, i) => {
    const dir = join(root, `floor-${i}`);
    mkdirSync(dir);
    const manifest = {
      manifest_version: 3,
      name: `bench:page baseline ${i}`,
      version: '1.0',
      permissions: ['scripting', ...(offscreen ? ['offscreen'] : [])],
      host_permissions: ['<all_urls>'],
      background: { service_worker: 'worker.js' },
      content_scripts: [
        { matches: ['<all_urls>'], run_at: 'document_end', js: [...libs, 'content.js'] },
      ],
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'worker.js'), (offscreen ? OFFSCREEN_WORKER : '') + WORKER);
    writeFileSync(join(dir, 'content.js'), typeof content === 'string' ? content : content());
    if (second) writeFileSync(join(dir, 'second.js'), second);
    for (const lib of libs) copyFileSync(join(readability, lib), join(dir, lib));
    if (offscreen) {
      writeFileSync(join(dir, 'offscreen.html'), OFFSCREEN_HTML);
      writeFileSync(join(dir, 'offscreen.js'), OFFSCREEN);
      copyFileSync(join(readability, 'Readability.js'), join(dir, 'Readability.js'));
    }
    return { name, dir };
  });
  return { floors, remove: () => rmSync(root, { recursive: true, force: true }) };
}
