/**
 * happy-dom specifics for reading saved pages in Node (browsers need none of this):
 * - a parser bug in happy-dom 21: a <style> or <script> inside <svg> ends parsing and the rest
 *   of the page is lost (dozens of WCXB pages). Stylesheets do nothing without layout, so
 *   they go; scripts go only inside <svg>, keeping JSON-LD;
 * - a time budget that allows for happy-dom being several times slower than a browser DOM.
 */

const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const SVG = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

/** `html` with the constructs happy-dom cannot parse removed. */
export function happyDomSafeHtml(html: string): string {
  return html.replace(STYLE, '').replace(SVG, (svg) => svg.replace(SCRIPT, ''));
}

/** happy-dom is several times slower than a browser's DOM, so Node gets a wider time budget. */
export const NODE_BUDGET = { timeMs: 6000 };
