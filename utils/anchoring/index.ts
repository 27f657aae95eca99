/**
 * Public API of the anchoring layer. Pure string work on the article body text (`TextMap.text`
 * from the article stage); mapping offsets to DOM ranges happens elsewhere.
 *
 * Saving a note: `describe(map.text, start, end)` gives the W3C quote and position selectors to
 * store. Restoring it: `anchor(map.text, selectors)` says whether the quote is where it was
 * (`exact`), elsewhere (`moved`), there but edited since (`changed`, with its new text) or gone
 * (`orphan`). Notes are stored under `articleKey(url, meta.canonicalUrl)`.
 */
export { anchor } from './anchor';
export { describe, CONTEXT_LENGTH } from './describe';
export { matchQuote } from './match-quote';
export { articleKey, registrableDomain } from './url-identity';
export type * from './types';
