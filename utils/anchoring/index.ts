/** Public API of the anchoring layer: describe a span of the body text, find it again later. */
export { anchor } from './anchor';
export { describe, CONTEXT_LENGTH } from './describe';
export { matchQuote } from './match-quote';
export { articleKey } from './url-identity';
export type * from './types';
