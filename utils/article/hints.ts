/**
 * Vocabulary the scanner and the extractor share: which tags are blocks, which are never
 * content, and what class/id/role names say about a subtree. Kept in one place so detection
 * features and body extraction read the page the same way.
 */

/** Tags whose subtree never holds readable article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MAP',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'OPTION',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'MATH',
  'DIALOG',
]);

/** Tags that start a new block of text when walked in reading order. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'UL',
]);

/** Tags that hold a paragraph's worth of prose when they carry text directly. */
export const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE', 'LI', 'DD']);

/** Landmark tags that are page furniture around, or inside, an article. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER']);

const NEGATIVE =
  /(^|[-_\s])(comment|comments|disqus|related|recommend|recommended|share|sharing|social|newsletter|subscribe|subscription|signup|promo|sponsor|sponsored|advert|advertisement|ad|ads|adslot|banner|cookie|consent|gdpr|footer|foot|nav|navbar|navigation|menu|breadcrumb|breadcrumbs|sidebar|popup|modal|masthead|tags|tag-list|author-bio|bio|more-stories|read-more|readmore|most-read|popular|trending|outbrain|taboola|paywall|skip|print|toolbar|pagination|pager|rating|meta|byline|dateline|caption|credit|sr-only|visually-hidden|screen-reader-text)([-_\s]|$)/i;

// Names that mark a subtree as not-the-article even when a generic positive word
// ("comments-body", "related-content") is also present.
const STRONG_NEGATIVE =
  /(^|[-_\s])(comment|comments|disqus|related|share|sharing|newsletter|subscribe|cookie|consent|sidebar|breadcrumb|breadcrumbs|advert|advertisement|promo|sponsored|outbrain|taboola|most-read)([-_\s]|$)/i;

const POSITIVE =
  /(^|[-_\s])(article|articlebody|article-body|article-content|articlecontent|story|story-body|storybody|post|post-body|post-content|postcontent|entry|entry-content|content|main|main-content|body|body-text|text|blog|prose|rich-text|richtext|article__body|page-content)([-_\s]|$)/i;

/** Score in [-1, 1] from an element's class, id and role: negative for page furniture. */
export function classHint(el: Element): number {
  const role = el.getAttribute('role');
  if (
    role &&
    /^(navigation|banner|contentinfo|complementary|search|dialog|alert|menu)$/.test(role)
  ) {
    return -1;
  }
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length < 2 || names.length > 400) return 0;
  const declared = role === 'main' || el.getAttribute('itemprop') === 'articleBody';
  if (!declared && STRONG_NEGATIVE.test(names)) return -1;
  let score = 0;
  if (NEGATIVE.test(names)) score -= 1;
  if (POSITIVE.test(names)) score += 1;
  if (declared) score += 1;
  return Math.max(-1, Math.min(1, score));
}

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when attributes or inline style hide the element (no layout is available in Node). */
export function isHiddenElement(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // React streaming parks server-rendered segments in <div hidden id="S:n"> until a script
  // moves them; saved pages keep them there, live pages have moved them already.
  if (el.hasAttribute('hidden') && !/^S:\d+$/.test(el.id)) return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && HIDDEN_STYLE.test(style);
}
