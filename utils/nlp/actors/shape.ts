/** Word shapes: "Putin" -> "Xx", "U.S." -> "X.X.", "11,000" -> "d,d", "Jong-un" -> "Xx-x". */

/** Collapsed shape of a word: runs of upper (X), lower (x) or digits (d) become one symbol. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const code = ch.charCodeAt(0);
    let cls: string;
    if (code >= 48 && code <= 57) cls = 'd';
    else if (code >= 65 && code <= 90) cls = 'X';
    else if (code >= 97 && code <= 122) cls = 'x';
    else if (code < 128) cls = ch;
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else if (code >= 0xd800 && code <= 0xdfff) cls = 'U';
    else cls = /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape.length > 8 ? shape.slice(0, 8) : shape;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0]!;
  return ch !== ch.toLowerCase();
}

/** True when the word has letters and none of them is lower-case. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
