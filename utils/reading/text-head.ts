/**
 * The head of a long article's text, analysed and painted first: analysis time grows with the
 * text's length, and the reader sees the article's opening first, so a long article's opening
 * is analysed on its own (a few ms) and painted while the whole text is analysed, then the
 * whole analysis replaces it. Pure: text in, a prefix length out.
 */

/**
 * The head is at least this long: about the first screen of an article (three or four
 * paragraphs at a desktop width), which is what the reader sees first.
 */
export const HEAD_CHARS = 1500;

/**
 * The length of the head of `text`, ending at a paragraph break (the text map separates
 * paragraphs with a blank line) at or after `minChars`; null when the text is too short to
 * split (under two heads: its whole analysis is quick) or has no break past `minChars` in
 * its first half.
 */
export function textHead(text: string, minChars = HEAD_CHARS): number | null {
  if (text.length < 2 * minChars) return null;
  const cut = text.indexOf('\n\n', minChars);
  return cut < 0 || cut > text.length / 2 ? null : cut;
}
