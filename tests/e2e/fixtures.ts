/** The E2E fixture pages and what the tests know about them from their own markup. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Regions } from './highlights';

/** The folder the fixture server serves: all test fixtures, so real pages are shared, not copied. */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Where screenshots and other artifacts go (gitignored). */
export const ARTIFACT_DIR = fileURLToPath(new URL('../../test-results/e2e', import.meta.url));

/** Reads a `<meta property=...>` value from a fixture file. */
function metaProperty(file: string, property: string): string {
  const html = readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8');
  const match = html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`));
  if (!match?.[1]) throw new Error(`${file} has no ${property}`);
  return match[1];
}

/** The `<link rel="canonical">` of a fixture file. */
function canonicalUrl(file: string): string {
  const html = readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8');
  return html.match(/<link rel="canonical" href="([^"]*)"/)?.[1] ?? '';
}

/** The seed news article: its body, and the page furniture that must never be annotated. */
export const SEED = {
  file: 'pages/seed-article/source.html',
  title: metaProperty('pages/seed-article/source.html', 'og:title'),
  site: metaProperty('pages/seed-article/source.html', 'og:site_name'),
  regions: {
    body: 'article',
    excluded: [
      'nav',
      'aside',
      'footer',
      'header',
      '.comments',
      '.related',
      '.ad',
      '#cookie-banner',
    ],
  } satisfies Regions,
  /** Where the article may be opened from: the address it was read at, or its canonical URL. */
  addresses: (server: { url(name: string): string }) => [
    server.url('pages/seed-article/source.html'),
    canonicalUrl('pages/seed-article/source.html'),
  ],
  /** A paragraph of the body with several sentences, for selections. */
  paragraph: '.article-body p:nth-of-type(5)',
  /** Another body paragraph, for the programmatic selection. */
  otherParagraph: '.article-body p:nth-of-type(2)',
};

/** A second, later article from another site, to see the popup's order. */
export const SECOND_ARTICLE = {
  file: 'e2e/second-article.html',
  title: metaProperty('e2e/second-article.html', 'og:title'),
};

/** A section front: headlines and teasers full of names, but no article. */
export const SECTION_FRONT = {
  file: 'e2e/section-front.html',
  title: metaProperty('e2e/section-front.html', 'og:title'),
  paragraph: '.card p',
};
