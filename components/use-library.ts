/**
 * Loads the library for the popup in two steps: the article list and the annotations of the
 * first few articles (enough for the first paint), then every annotation in batches, each
 * batch indexed for search as it arrives so no single step holds up a frame.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sortByPosition } from '../utils/db/library';
import type { AnnotationRecord } from '../utils/db/schema';
import { EMPTY_LIBRARY, type LibraryState } from '../utils/library/library-state';
import { SearchIndex } from '../utils/library/search-index';
import { errorMessage } from '../utils/messages';
import type { PopupServices } from './popup-services';

/** How many articles get their annotations before the first paint. */
export const FIRST_PAGE = 8;

/** The loaded library and the means to change it. */
export interface LibraryHandle {
  library: LibraryState;
  index: SearchIndex;
  /** Bumped whenever the index gains documents, so searches re-run. */
  indexVersion: number;
  currentId: string | undefined;
  loadError: string | undefined;
  /** Applies a local change; `articleId` marks that article's loaded list as authoritative. */
  change(articleId: string, update: (state: LibraryState) => LibraryState): void;
  reload(): void;
}

/** Leaves a User Timing mark, which the popup benchmark reads to break the load down. */
function mark(name: string): void {
  globalThis.performance?.mark?.(`margin:${name}`);
}

/** Loads the library through `services`. */
export function useLibrary(services: PopupServices): LibraryHandle {
  const [library, setLibrary] = useState<LibraryState>(EMPTY_LIBRARY);
  const [currentId, setCurrentId] = useState<string>();
  const [loadError, setLoadError] = useState<string>();
  const [indexVersion, setIndexVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const indexRef = useRef(new SearchIndex());
  const touched = useRef(new Set<string>());

  useEffect(() => {
    let live = true;
    const index = new SearchIndex();
    indexRef.current = index;
    touched.current = new Set();
    const run = async () => {
      // The first paint needs only the newest few articles (and the current tab's).
      const current = await services.currentArticleId().catch(() => undefined);
      const recent = await services.recentArticles(FIRST_PAGE, current);
      if (!live) return;
      mark('articles-read');
      const byArticle = await services.annotationsOf(recent.map((a) => a.id));
      if (!live) return;
      mark('first-page-read');
      setCurrentId(current);
      setLibrary({ articles: recent, byArticle, complete: false });
      const articles = await services.listArticles();
      if (!live) return;
      for (const article of articles) index.setArticle(article);
      setLibrary((prev) => ({ ...prev, articles }));
      const all = new Map<string, AnnotationRecord[]>();
      await services.loadAll((batch) => {
        if (!live) return;
        index.addBatch(batch);
        for (const a of batch) {
          const list = all.get(a.articleId);
          if (list) list.push(a);
          else all.set(a.articleId, [a]);
        }
      });
      if (!live) return;
      mark('all-read-and-indexed');
      setLibrary((prev) => {
        const merged = new Map<string, AnnotationRecord[]>();
        for (const article of prev.articles) {
          const own = touched.current.has(article.id) ? prev.byArticle.get(article.id) : undefined;
          merged.set(article.id, own ?? sortByPosition(all.get(article.id) ?? []));
        }
        return { articles: prev.articles, byArticle: merged, complete: true };
      });
      setIndexVersion((v) => v + 1);
    };
    run().catch((error: unknown) => {
      if (live) setLoadError(errorMessage(error));
    });
    return () => {
      live = false;
    };
  }, [services, generation]);

  const change = useCallback((articleId: string, update: (state: LibraryState) => LibraryState) => {
    touched.current.add(articleId);
    setLibrary(update);
  }, []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    library,
    index: indexRef.current,
    indexVersion,
    currentId,
    loadError,
    change,
    reload,
  };
}
