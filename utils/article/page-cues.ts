/**
 * Page-type cues beyond declared metadata and prose shape, for the detector: the page's tag
 * profile (icon fonts, cards of spans and figures on service pages and listings, code on
 * documentation), what its title promises, and the voice of the chosen container (a firm's
 * "we/our/you" against reporting's third person and dates). All read what the scan already
 * holds, plus the container's first 20,000 characters and the first <h1>'s text.
 */
import type { Container } from './extract';
import type { PageScan } from './scan';

/** Tags whose count per 1,000 visible characters is a feature, in this order. */
export const PROFILE_TAGS = [
  'SPAN',
  'DIV',
  'P',
  'A',
  'I',
  'EM',
  'SMALL',
  'IMG',
  'FIGURE',
  'FIGCAPTION',
  'SVG',
  'HEADER',
  'SECTION',
  'BUTTON',
  'CODE',
  'BR',
  'H4',
] as const;

/** Names of the cue features, in the order `pageCues` returns them. */
export const CUE_NAMES = [
  ...PROFILE_TAGS.map((t) => `per1k${t[0]}${t.slice(1).toLowerCase()}`),
  'titleQuestion',
  'titleService',
  'titleSegments',
  'titleWords',
  'voiceWe',
  'voiceYou',
  'voiceI',
  'voiceThird',
  'textDates',
] as const;

// A container's text beyond this says nothing more about its voice and only costs time.
const VOICE_CHARS = 20_000;

const QUESTION = /\b(how|what|why|when|who|guide|tips|ways|best|top|\d+)\b/;
const SERVICE =
  /\b(services?|pricing|contact|solutions|company|agency|consulting|home|shop|products?)\b/;
const SEGMENT = /\s[|\-–—:·]\s/g;
const WORD = /\w+/g;
const WE = /\b(we|our|us)\b/gi;
const YOU = /\b(you|your)\b/gi;
const I = /\b(i|my|me)\b/g;
const THIRD = /\b(he|she|his|her|they|their)\b/gi;
const DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(19|20)\d{2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(19|20)\d{2}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/(19|20)?\d{2}\b/gi;

function matches(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * The element's `textContent` cut at `max` characters, without building the whole string: a
 * container can be most of a 3-million-character page.
 */
function leadingText(doc: Document, el: Element, max: number): string {
  // 4: NodeFilter.SHOW_TEXT, spelled out because NodeFilter is not global in every DOM.
  const walker = doc.createTreeWalker(el, 4);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    out += (n as Text).data;
  }
  return out.slice(0, max);
}

function firstH1Text(scan: PageScan): string {
  for (const s of scan.stats) if (s.tag === 'H1') return s.el.textContent ?? '';
  return '';
}

/** The cue features of one page, in the order of `CUE_NAMES`. */
export function pageCues(doc: Document, scan: PageScan, container: Container | null): number[] {
  const pageText = scan.stats[0]?.text ?? 0;
  const profile = PROFILE_TAGS.map((t) =>
    pageText > 0 ? ((scan.tagCounts.get(t) ?? 0) * 1000) / pageText : 0,
  );
  const docTitle = doc.title ?? '';
  const title = `${docTitle} ${firstH1Text(scan)}`.toLowerCase();
  const text = container ? leadingText(doc, container.top.el, VOICE_CHARS) : '';
  const words = Math.max(1, matches(text, WORD));
  const rate = (re: RegExp) => (matches(text, re) * 100) / words;
  return [
    ...profile,
    QUESTION.test(title) ? 1 : 0,
    SERVICE.test(title) ? 1 : 0,
    matches(docTitle, SEGMENT),
    Math.log(1 + matches(docTitle, WORD)),
    rate(WE),
    rate(YOU),
    rate(I),
    rate(THIRD),
    Math.log(1 + matches(text, DATE)),
  ];
}
