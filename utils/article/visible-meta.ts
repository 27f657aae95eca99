/**
 * Metadata read from what the page shows rather than declares: the headline <h1>, and the
 * "By ..." line and date printed near it. Used when JSON-LD and meta tags are missing, which
 * is common on saved pages and small sites.
 */
import { toIsoDate } from './dates';
import type { ElementStat, PageScan } from './scan';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_TEXT = new RegExp(
  `\\b(${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'i',
);
const BY = /^(?:by|written by|posted by|words by|author)\s*:?\s*(.*)$/i;
const NAME =
  /^[\p{Lu}][\p{L}'’.-]+(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|da|del|la|le|and|&|,))*$/u;

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return wa.size ? n / wa.size : 0;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's visible headline: the <h1> that best matches its declared titles. */
export function headlineElement(
  scan: PageScan,
  hints: string[],
  siteName?: string,
): Element | null {
  // Articles often put their <h1> in a <header>, so only nav/aside/footer rule one out.
  const h1s = scan.stats.filter((s: ElementStat) => {
    if (s.tag !== 'H1' || s.text < 4 || s.text > 300) return false;
    if (s.el.closest('nav, aside, footer')) return false;
    const text = clean(s.el.textContent);
    // A logo <h1> names the site ("example.com"), not the story.
    if (/^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(text)) return false;
    return !siteName || text.toLowerCase() !== siteName.toLowerCase();
  });
  if (h1s.length <= 1) return h1s[0]?.el ?? null;
  let best = h1s[0] as ElementStat;
  let bestScore = -1;
  for (const h of h1s) {
    const text = clean(h.el.textContent);
    const score = Math.max(0, ...hints.map((t) => overlap(text, t))) - (h.furniture ? 0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best.el;
}

/** Up to `limit` non-empty text snippets after `start` in document order. */
function textsAfter(doc: Document, start: Element, limit: number): string[] {
  const walker = doc.createTreeWalker(doc.body ?? start, 4);
  walker.currentNode = start;
  const out: string[] = [];
  for (let steps = 0; out.length < limit && steps < limit * 8; steps++) {
    const n = walker.nextNode();
    if (!n) break;
    const t = clean((n as Text).data);
    if (t && !/^(script|style)$/i.test(n.parentElement?.tagName ?? '')) out.push(t);
  }
  return out;
}

/** A "By Jane Roe" line printed near the headline, without the "By". */
export function visibleByline(doc: Document, headline: Element | null): string | undefined {
  if (!headline) return undefined;
  const texts = textsAfter(doc, headline, 25);
  for (let i = 0; i < texts.length; i++) {
    const m = BY.exec(texts[i] as string);
    if (!m) continue;
    const name = clean(m[1] || texts[i + 1])
      .replace(/[|·•,]+$/, '')
      .trim();
    if (name.length >= 3 && name.length <= 60 && NAME.test(name)) return name;
  }
  return undefined;
}

/** A date printed near the headline (or a <time datetime> after it), in ISO 8601. */
export function visibleDate(doc: Document, headline: Element | null): string | undefined {
  if (!headline) return undefined;
  for (const t of textsAfter(doc, headline, 30)) {
    const m = DATE_TEXT.exec(t);
    if (m) {
      const iso = toIsoDate(m[1]);
      if (iso) return iso;
    }
  }
  return undefined;
}
