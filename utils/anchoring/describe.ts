import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept either side of a quote, as the W3C examples and Hypothesis do. */
export const CONTEXT_LENGTH = 32;

/**
 * Describe `text[start, end)` by its quote (with 32 characters of verbatim context either side)
 * and its position. Throws a RangeError for offsets outside the text.
 */
export function describe(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`describe: bad span [${start}, ${end})`);
  }
  if (end > text.length) {
    throw new RangeError(`describe: span [${start}, ${end}) past end of text (${text.length})`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never keep half of a surrogate pair in the context: a lone surrogate is not a character and
  // would not compare equal to anything after a round trip through storage.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd -= 1;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
