/**
 * A whitespace-insensitive view of a text. The article body may be re-extracted slightly
 * differently from one visit to the next (a newline where there was a space, a blank line more,
 * a soft hyphen kept or dropped); such noise must neither break an anchor nor pass for an edit.
 */

/** A folded text plus, for each of its characters, the original span it stands for. */
export interface FoldedText {
  text: string;
  /** `starts[i]` is the original offset of folded character `i`. */
  starts: Uint32Array;
  /** `ends[i]` is the original offset just after what folded character `i` stands for. */
  ends: Uint32Array;
  /** Length of the original text. */
  sourceLength: number;
}

/** Fold `text`: every run of whitespace becomes one space, invisible formatting characters go. */
export function foldWhitespace(text: string): FoldedText {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  // Copy unchanged stretches as slices: on a megabyte of text, building the string one
  // character at a time costs ten times more than the scan itself.
  const parts: string[] = [];
  let copyFrom = 0;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ignorable = isIgnorable(code);
    const space = !ignorable && isSpace(code);
    if (ignorable || (space && inSpace) || (space && code !== 0x20)) {
      parts.push(text.slice(copyFrom, i));
      copyFrom = i + 1;
    }
    if (ignorable) continue;
    if (space && inSpace) {
      ends[n - 1] = i + 1;
      continue;
    }
    if (space && code !== 0x20) parts.push(' ');
    inSpace = space;
    starts[n] = i;
    ends[n] = i + 1;
    n++;
  }
  parts.push(text.slice(copyFrom));
  return {
    text: parts.join(''),
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    sourceLength: text.length,
  };
}

/** Folded form of a short string (a quote or its context), without the offset maps. */
export function foldString(text: string): string {
  return foldWhitespace(text).text;
}

/**
 * Original span covered by folded span `[start, end)`. A space at either edge stands for a whole
 * whitespace run; `edges` (the whitespace the quote itself had there) keeps only that much of it.
 */
export function unfoldSpan(
  folded: FoldedText,
  start: number,
  end: number,
  edges: { lead: number; trail: number } = { lead: Infinity, trail: Infinity },
): [number, number] {
  const n = folded.text.length;
  if (end <= start) {
    const at = start < n ? (folded.starts[start] ?? 0) : folded.sourceLength;
    return [at, at];
  }
  let from = folded.starts[start] ?? 0;
  let to = folded.ends[end - 1] ?? 0;
  if (folded.text[start] === ' ') from = Math.max(from, (folded.ends[start] ?? 0) - edges.lead);
  if (folded.text[end - 1] === ' ') to = Math.min(to, (folded.starts[end - 1] ?? 0) + edges.trail);
  return [from, Math.max(from, to)];
}

/** Folded offset of original offset `offset`: the first folded character at or after it. */
export function foldOffset(folded: FoldedText, offset: number): number {
  let lo = 0;
  let hi = folded.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((folded.ends[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The same set as JavaScript's \s, tested by code so folding a megabyte stays cheap.
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Soft hyphen, zero-width space and word joiner: extractors disagree on keeping them.
function isIgnorable(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x2060;
}
