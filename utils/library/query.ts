/** What the library list shows for a search and filters: articles with their matching items. */
import type {
  AnnotationKind,
  AnnotationRecord,
  ArticleRecord,
  ClaimStatus,
  HighlightColour,
} from '../db/schema';
import type { SectionCounts } from '../db/summaries';
import { actorKey } from './fold';
import { ofKind } from './kind-lists';
import { siteOf, type LibraryState } from './library-state';
import type { SearchIndex, TextMatch } from './search-index';

/** Filters the reader can combine with a search; unset fields do not filter. */
export interface Filters {
  kind?: AnnotationKind;
  actor?: string;
  site?: string;
  status?: ClaimStatus;
  colour?: HighlightColour;
  /** Created at or after (epoch ms). */
  from?: number;
  /** Created before (epoch ms). */
  to?: number;
}

/** One article in the list and the items shown under it. */
export interface Entry {
  article: ArticleRecord;
  /** Undefined while the article's annotations are still loading. */
  annotations: AnnotationRecord[] | undefined;
  /** The article's real counts when `annotations` is only a summary's preview. */
  counts?: SectionCounts;
  /** The card sections of `annotations` itself, when known without reading them. */
  sections?: SectionCounts;
}

/** True when no filter is set. */
export function noFilters(f: Filters): boolean {
  return Object.values(f).every((v) => v === undefined || v === '');
}

/**
 * The list for `query` and `filters`: the current tab's article first, then newest read first.
 * Without a query or filter every article is listed with everything saved on it.
 */
export function queryLibrary(
  state: LibraryState,
  index: SearchIndex | null,
  query: string,
  filters: Filters,
  currentId?: string,
): Entry[] {
  const searching = query.trim() !== '' || !noFilters(filters);
  const text: TextMatch | null = query.trim() && index ? index.match(query) : null;
  const unfiltered = noFilters(filters);
  // A kind alone (with or without a site) takes each list's ready split.
  const kindOnly = !!filters.kind && noFilters({ ...filters, kind: undefined, site: undefined });
  const out: Entry[] = [];
  for (const article of state.articles) {
    const all = state.byArticle.get(article.id);
    if (!searching) {
      const counts = state.previews?.get(article.id);
      out.push(counts ? { article, annotations: all, counts } : { article, annotations: all });
      continue;
    }
    if (filters.site && siteOf(article) !== filters.site) continue;
    if (!text && kindOnly && all) {
      const { items, sections } = ofKind(all, filters.kind!);
      if (items.length > 0) out.push({ article, annotations: items, sections });
      continue;
    }
    const titleOnly = text?.articles.has(article.id) && unfiltered;
    // With words, the candidates are the article's matches (few), not everything it holds.
    const candidates = (text ? text.hits.get(article.id) : all) ?? [];
    if (unfiltered) {
      if (candidates.length === 0 && !titleOnly) continue;
      const sections = text?.sections.get(article.id);
      out.push(
        sections
          ? { article, annotations: candidates, sections }
          : { article, annotations: candidates },
      );
      continue;
    }
    const items = candidates.filter(itemFilter(filters, all ?? []));
    if (items.length > 0) out.push({ article, annotations: items });
  }
  const current = out.findIndex((e) => e.article.id === currentId);
  if (current > 0 && out[current]!.annotations?.length) out.unshift(...out.splice(current, 1));
  return out;
}

function itemFilter(f: Filters, all: AnnotationRecord[]) {
  const actor = f.actor ? actorKey(f.actor) : undefined;
  const mentioned = actor !== undefined && all.some((a) => aboutActor(a, actor));
  return (a: AnnotationRecord): boolean => {
    if (f.kind && a.kind !== f.kind) return false;
    if (f.colour && a.colour !== f.colour) return false;
    if (f.status && a.claim?.status !== f.status) return false;
    if (f.from !== undefined && a.created < f.from) return false;
    if (f.to !== undefined && a.created >= f.to) return false;
    if (actor !== undefined && !aboutActor(a, actor) && !(a.origin === 'user' && mentioned)) {
      return false;
    }
    return true;
  };
}

function aboutActor(a: AnnotationRecord, key: string): boolean {
  return (
    (a.actor !== undefined && actorKey(a.actor.name) === key) ||
    // "Russia" finds "the Kremlin" standing for it.
    (a.actor?.standsFor !== undefined && actorKey(a.actor.standsFor) === key) ||
    (a.claim?.speaker !== undefined && actorKey(a.claim.speaker) === key)
  );
}
