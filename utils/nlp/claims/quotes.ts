/**
 * Which tokens sit inside quotation marks. Straight, curly and guillemet double quotes and
 * single quotes (but not apostrophes) are tracked per paragraph: an unclosed quote ends at the
 * blank line, which is also how multi-paragraph quotations are written (each paragraph reopens
 * the quote), so a stray mark can never spread past its paragraph.
 */
import type { Token } from '../tokenize';

/** Quote state of every token: 0 outside, otherwise the 1-based id of its quotation. */
export interface QuoteMap {
  /** Quotation id per token (0 = not quoted); quote marks belong to their quotation. */
  id: Int32Array;
  /** Per token: 1 opening mark, 2 closing mark, 0 neither. */
  mark: Uint8Array;
}

const OPEN_ONLY = new Set(['“', '«', '„', '‹']);
const CLOSE_ONLY = new Set(['”', '»', '›']);
const LETTER_RE = /[\p{L}\p{N}]/u;

function isParagraphBreak(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap.indexOf('\n') !== gap.lastIndexOf('\n');
}

/** Maps every token to its quotation; linear in the number of tokens. */
export function mapQuotes(text: string, tokens: Token[]): QuoteMap {
  const id = new Int32Array(tokens.length);
  const mark = new Uint8Array(tokens.length);
  let next = 0;
  let open = 0; // id of the open double quotation, 0 if none
  let single = false; // a single-quoted stretch inside (or outside) a double one
  const closeAt = (i: number) => {
    mark[i] = 2;
    id[i] = open;
    open = 0;
    single = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    // Two apostrophes or backticks in a row are one double quote mark (old wire style).
    const pair = (t === "'" || t === '`') && tokens[i + 1]?.text === t;
    if (pair && tokens[i + 1]!.start === tokens[i]!.end) {
      const wasOpen = open;
      i++;
      id[i - 1] = id[i] = open || next + 1;
      if (wasOpen) {
        mark[i - 1] = mark[i] = 2;
        closeAt(i);
      } else {
        open = ++next;
        mark[i - 1] = mark[i] = 1;
      }
      continue;
    }
    if (i > 0 && open && isParagraphBreak(text, tokens[i - 1]!.end, tokens[i]!.start)) {
      open = 0;
      single = false;
    }
    const before = text[tokens[i]!.start - 1] ?? ' ';
    const after = text[tokens[i]!.end] ?? ' ';
    if (OPEN_ONLY.has(t) || (t === '"' && !open)) {
      if (t === '"' && LETTER_RE.test(before) && !LETTER_RE.test(after)) {
        id[i] = 0; // a stray closing mark with no opener: leave the text unquoted
        continue;
      }
      open = ++next;
      mark[i] = 1;
      id[i] = open;
      continue;
    }
    if (CLOSE_ONLY.has(t) || (t === '"' && open)) {
      if (open) closeAt(i);
      continue;
    }
    if ((t === '‘' || t === "'") && !LETTER_RE.test(before) && LETTER_RE.test(after)) {
      if (!open) {
        open = ++next;
        mark[i] = 1;
        id[i] = open;
        single = true;
        continue;
      }
    } else if ((t === '’' || t === "'") && single && !LETTER_RE.test(after)) {
      closeAt(i);
      continue;
    }
    id[i] = open;
  }
  return { id, mark };
}
