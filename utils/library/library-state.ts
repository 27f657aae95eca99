/**
 * The popup's in-memory copy of the library: articles newest first and each one's annotations
 * in text order. Updates return a new state and share what did not change, so unchanged
 * article cards keep their identity and are not re-rendered.
 */
import type { AnnotationRecord, ArticleRecord } from '../db/schema';
import type { SectionCounts } from '../db/summaries';

/** Everything the popup has loaded. */
export interface LibraryState {
  /** Newest read first. */
  articles: ArticleRecord[];
  byArticle: Map<string, AnnotationRecord[]>;
  /** False until every annotation has been read; until then some articles have no list yet. */
  complete: boolean;
  /**
   * Articles whose list is still a summary's preview (what the collapsed card shows), with
   * their real counts; each is replaced by the whole list soon after the first paint.
   */
  previews?: Map<string, SectionCounts>;
}

/** An empty library. */
export const EMPTY_LIBRARY: LibraryState = { articles: [], byArticle: new Map(), complete: false };

/** The state with `record` added or replacing the annotation with its id. */
export function withAnnotation(state: LibraryState, record: AnnotationRecord): LibraryState {
  const list = state.byArticle.get(record.articleId) ?? [];
  const at = list.findIndex((a) => a.id === record.id);
  const next = at === -1 ? [...list, record] : list.map((a, i) => (i === at ? record : a));
  if (at === -1) next.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  const byArticle = new Map(state.byArticle).set(record.articleId, next);
  return { ...state, byArticle };
}

/** The state without annotation `id` of article `articleId`. */
export function withoutAnnotation(
  state: LibraryState,
  articleId: string,
  id: string,
): LibraryState {
  const list = state.byArticle.get(articleId);
  if (!list) return state;
  const byArticle = new Map(state.byArticle).set(
    articleId,
    list.filter((a) => a.id !== id),
  );
  return { ...state, byArticle };
}

/** The state without an article and its annotations. */
export function withoutArticle(state: LibraryState, articleId: string): LibraryState {
  const byArticle = new Map(state.byArticle);
  byArticle.delete(articleId);
  const articles = state.articles.filter((a) => a.id !== articleId);
  return withoutPreviews({ ...state, articles, byArticle }, [articleId]);
}

/** The state with the whole lists `lists` in place of previews, for articles it still has. */
export function withFullLists(
  state: LibraryState,
  lists: Map<string, AnnotationRecord[]>,
): LibraryState {
  const byArticle = new Map(state.byArticle);
  const known = new Set(state.articles.map((a) => a.id));
  for (const [id, list] of lists) if (known.has(id)) byArticle.set(id, list);
  return withoutPreviews({ ...state, byArticle }, [...lists.keys()]);
}

function withoutPreviews(state: LibraryState, ids: string[]): LibraryState {
  if (!state.previews || !ids.some((id) => state.previews!.has(id))) return state;
  const previews = new Map(state.previews);
  for (const id of ids) previews.delete(id);
  return { ...state, previews };
}

/** The state with an article (back) in its place by read time, with its annotations. */
export function withArticle(
  state: LibraryState,
  article: ArticleRecord,
  annotations: AnnotationRecord[],
): LibraryState {
  const articles = state.articles.filter((a) => a.id !== article.id);
  const at = articles.findIndex((a) => a.lastReadAt < article.lastReadAt);
  articles.splice(at === -1 ? articles.length : at, 0, article);
  const byArticle = new Map(state.byArticle).set(article.id, annotations);
  return { ...state, articles, byArticle };
}

/** The site an article is filed under: its declared name, else its host. */
export function siteOf(article: ArticleRecord): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname;
  } catch {
    return article.url;
  }
}
