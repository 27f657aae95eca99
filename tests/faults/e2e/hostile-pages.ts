/**
 * Hostile pages built from the seed article: each keeps the article and adds one thing a real
 * site might do to a script that runs in it. Inline scripts carry a nonce so the strict-CSP
 * page can run the test's own probes. `PROBE` runs first in every page: it keeps the real
 * `CSS` and fingerprints the article's text nodes before Margin or the hostile code runs, and
 * measures how long the page's main thread was ever blocked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../../e2e/fixtures';

/** The nonce the test's own inline scripts carry. */
export const NONCE = 'm4rg1n-test';

const SEED = readFileSync(join(FIXTURE_DIR, 'pages/seed-article/source.html'), 'utf8');

/** One hostile page: its HTML, extra response headers, and what Margin should do there. */
export interface HostilePage {
  name: string;
  html: string;
  headers?: Record<string, string>;
  /** Margin paints the article (false: it must leave the page alone, or may skip it). */
  paints: 'yes' | 'no' | 'may-skip';
  /** The longest the page's main thread may be blocked while Margin reads it (ms). */
  maxBlockMs: number;
}

const PROBE = `
window.__realCSS = window.CSS;
window.__maxGap = 0;
(function () {
  var last = performance.now();
  setInterval(function () {
    var now = performance.now();
    if (now - last > window.__maxGap) window.__maxGap = now - last;
    last = now;
  }, 20);
})();
window.__fingerprint = function () {
  var root = document.querySelector('article') || document.body;
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  var n = 0, text = '';
  while (walker.nextNode()) { n++; text += walker.currentNode.data + '\\u0001'; }
  return n + ':' + text;
};
document.addEventListener('DOMContentLoaded', function () { window.__pristine = window.__fingerprint(); });
`;

const script = (code: string) => `<script nonce="${NONCE}">${code}</script>`;

/** The seed article with `head` code first in <head> and `body` markup before </body>. */
function page(head: string, body = '', transform = (html: string) => html): string {
  const html = transform(SEED.replace(/<style>/g, `<style nonce="${NONCE}">`));
  return html
    .replace('<head>', `<head>${script(PROBE)}${head}`)
    .replace('</body>', `${body}</body>`);
}

const thrower = (what: string) => `function () { throw new Error('hostile page: ${what}'); }`;

const ARRAY = script(`
['map','forEach','filter','reduce','push','pop','shift','unshift','splice','slice','join','indexOf',
 'includes','find','findIndex','some','every','sort','concat','flat','flatMap','fill','at']
  .forEach(function (m) { Array.prototype[m] = ${thrower('Array.prototype')}; });
Array.from = ${thrower('Array.from')}; Array.isArray = ${thrower('Array.isArray')};
JSON.stringify = ${thrower('JSON.stringify')}; JSON.parse = ${thrower('JSON.parse')};
Object.keys = ${thrower('Object.keys')}; Object.assign = ${thrower('Object.assign')};
Promise.prototype.then = ${thrower('Promise.then')};
`);

const NODE = script(`
(function (N, E, D) {
  ['appendChild','insertBefore','removeChild','replaceChild','cloneNode','normalize','contains']
    .forEach(function (m) { N[m] = ${thrower('Node.prototype')}; });
  ['attachShadow','closest','querySelector','querySelectorAll','getBoundingClientRect','append','prepend','remove']
    .forEach(function (m) { E[m] = ${thrower('Element.prototype')}; });
  D.createRange = ${thrower('document.createRange')};
  Object.defineProperty(N, 'textContent', { get: ${thrower('textContent')}, set: ${thrower('textContent')} });
})(Node.prototype, Element.prototype, Document.prototype);
`);

const SELECTION = script(`
window.getSelection = ${thrower('getSelection')};
Document.prototype.getSelection = ${thrower('getSelection')};
Selection.prototype.getRangeAt = ${thrower('getRangeAt')};
`);

const CSS_GONE = script(
  `window.CSS = undefined; window.Highlight = undefined; window.HighlightRegistry = undefined;`,
);

const MUTATING = `<div id="ticker">0</div><div id="ads"></div>${script(`
var i = 0;
setInterval(function () {
  document.getElementById('ticker').textContent = String(++i);
  var ads = document.getElementById('ads');
  var ad = document.createElement('aside');
  ad.className = 'ad';
  ad.textContent = 'Advertisement ' + i;
  ads.insertBefore(ad, ads.firstChild);
  if (ads.children.length > 20) ads.lastElementChild.remove();
}, 15);
`)}`;

function bigParagraphs(bytes: number, cls: string): string {
  const sentence =
    'A reader wrote that the council had promised new housing, and the mayor said the plan was on time. ';
  const p = `<p class="${cls}">${sentence.repeat(8)}</p>\n`;
  return p.repeat(Math.ceil(bytes / p.length));
}

const MANY_ELEMENTS = `<nav class="mega">${'<a href="#"><span>Section</span></a>'.repeat(25_000)}</nav>`;

const EDITABLE_BODY = (html: string) =>
  html.replace('<div class="article-body">', '<div class="article-body" contenteditable="true">');

const COMMENT_BOX = `<section class="comments"><div class="editor" contenteditable="true"><p>Vladimir Putin said on Tuesday that the treaty was signed, the Kremlin confirmed.</p></div><textarea>Kim Jong Un said the visit was historic.</textarea></section>`;

/** The hostile pages; `crossOrigin` is the origin of the second server (another site). */
export function hostilePages(crossOrigin: string): HostilePage[] {
  return [
    { name: 'array-prototype', html: page(ARRAY), paints: 'yes', maxBlockMs: 3000 },
    { name: 'node-prototype', html: page(NODE), paints: 'yes', maxBlockMs: 3000 },
    { name: 'get-selection', html: page(SELECTION), paints: 'yes', maxBlockMs: 3000 },
    { name: 'css-removed', html: page(CSS_GONE), paints: 'yes', maxBlockMs: 3000 },
    {
      name: 'strict-csp',
      // The seed's own onclick would break its own CSP; that error is the page's, not Margin's.
      html: page('', '', (html) => html.replace(/ onclick="[^"]*"/g, '')),
      headers: {
        'content-security-policy': `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'nonce-${NONCE}'; img-src 'self'; connect-src 'none'; frame-src 'none'`,
      },
      paints: 'yes',
      maxBlockMs: 3000,
    },
    { name: 'constant-mutation', html: page('', MUTATING), paints: 'yes', maxBlockMs: 3000 },
    {
      name: 'five-megabytes',
      html: page('', `<section class="comments">${bigParagraphs(5_000_000, 'comment')}</section>`),
      paints: 'may-skip',
      maxBlockMs: 4000,
    },
    {
      name: 'fifty-thousand-elements',
      html: page('', MANY_ELEMENTS),
      paints: 'may-skip',
      maxBlockMs: 4000,
    },
    {
      name: 'iframes',
      html: page(
        '',
        `<iframe id="same" src="/hostile/plain"></iframe><iframe id="cross" src="${crossOrigin}/hostile/plain"></iframe>`,
      ),
      paints: 'yes',
      maxBlockMs: 3000,
    },
    { name: 'editable-article', html: page('', '', EDITABLE_BODY), paints: 'no', maxBlockMs: 3000 },
    { name: 'editable-comment-box', html: page('', COMMENT_BOX), paints: 'yes', maxBlockMs: 3000 },
  ];
}

/** The seed article unchanged but for the probe (the iframes' content). */
export const PLAIN = page('');

/** Script-injection payloads, as text in the title and the body of an article. */
export const PAYLOADS = [
  `<img src=x onerror="alert('xss-img')">`,
  `"><script>alert('xss-script')</script>`,
];

/** The seed article with the payloads, escaped as a page would, in its title and a paragraph. */
export function injectionPage(): string {
  const escaped = PAYLOADS.map((p) =>
    p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
  return page('', '', (html) =>
    html
      .replace(/<title>/, `<title>${escaped[0]} `)
      .replace(/(<h1[^>]*>)/, `$1${escaped[1]} `)
      .replace(
        /(<div class="article-body">\s*<p>)/,
        `$1Officials quoted ${escaped.join(' and ')} in the report. `,
      ),
  );
}
