/** Reads schema.org JSON-LD blocks into a flat list of typed nodes (`@graph` unrolled). */

/** One schema.org node with its `@type` names normalised to bare strings. */
export interface LdNode {
  types: string[];
  data: Record<string, unknown>;
}

const MAX_LD_CHARS = 200_000;

function typesOf(data: Record<string, unknown>): string[] {
  const t = data['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 4 || out.length > 200 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const data = value as Record<string, unknown>;
  const types = typesOf(data);
  if (types.length > 0) out.push({ types, data });
  if (data['@graph']) collect(data['@graph'], out, depth + 1);
  // Articles are often nested as `mainEntity` / `mainEntityOfPage` of a WebPage.
  for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart']) {
    const inner = data[key];
    if (inner && typeof inner === 'object') collect(inner, out, depth + 1);
  }
}

/** All JSON-LD nodes in the given <script> elements; malformed blocks are skipped, never thrown. */
export function readJsonLd(scripts: Element[]): LdNode[] {
  const out: LdNode[] = [];
  for (const s of scripts) {
    if (s.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = s.textContent ?? '';
    if (raw.length > MAX_LD_CHARS) continue;
    try {
      collect(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), out, 0);
    } catch {
      // Sites ship invalid JSON-LD often enough; one bad block must not hide the others.
    }
  }
  return out;
}

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'SatiricalArticle',
  'AdvertiserContentArticle',
  'Review',
  'Recipe',
]);

/** schema.org types that mean "this page is something else": shop, forum, list, app, FAQ. */
export const OTHER_TYPES = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'AggregateOffer',
  'ItemList',
  'CollectionPage',
  'SearchResultsPage',
  'QAPage',
  'FAQPage',
  'DiscussionForumPosting',
  'SoftwareApplication',
  'WebApplication',
  'Course',
  'Event',
  'JobPosting',
  'LocalBusiness',
  'Store',
  'Service',
]);

/** First node whose type is in `types`. */
export function findLd(nodes: LdNode[], types: Set<string>): LdNode | undefined {
  return nodes.find((n) => n.types.some((t) => types.has(t)));
}
