/**
 * Loads the library for the popup in two steps: the newest few articles with their
 * annotations (enough for the first paint), then, once that is painted, every article and
 * annotation in batches, each batch indexed for search in slices of a few milliseconds so no
 * step holds up a frame.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sortByPosition } from '../utils/db/library';
import type { AnnotationRecord } from '../utils/db/schema';
import { ActorNames } from '../utils/library/actor-names';
import { splitByKind } from '../utils/library/kind-lists';
import { EMPTY_LIBRARY, withFullLists, type LibraryState } from '../utils/library/library-state';
import { SearchIndex } from '../utils/library/search-index';
import { inSlices } from './frames';
import { loadPopupExtras } from './popup-extras-loader';
import { errorMessage } from '../utils/messages';
import { FIRST_PAGE, type PopupServices } from './popup-services';

/** How many actor names the filter suggests. */
const ACTOR_SUGGESTIONS = 500;

/** The loaded library and the means to change it. */
export interface LibraryHandle {
  library: LibraryState;
  index: SearchIndex;
  /** Bumped whenever the index gains documents, so searches re-run. */
  indexVersion: number;
  /** Suggestions for the actor filter, once everything is read. */
  actorNames: string[];
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
  const [actorNames, setActorNames] = useState<string[]>([]);
  const [generation, setGeneration] = useState(0);
  const indexRef = useRef(new SearchIndex());
  const touched = useRef(new Set<string>());
  /** Articles whose list is still a summary's preview. */
  const previewed = useRef(new Set<string>());

  // A layout effect starts the reads before the first frame is painted; a plain effect
  // would wait for that (empty) frame first.
  useLayoutEffect(() => {
    let live = true;
    const index = new SearchIndex();
    indexRef.current = index;
    touched.current = new Set();
    previewed.current = new Set();
    const run = async () => {
      // The tab and the database are asked at once; the first paint needs only the newest
      // few articles (and the current tab's, rarely not among them: one more read).
      const currentAsked = services
        .currentArticleId()
        .catch(() => undefined)
        .finally(() => mark('tab-known'));
      const first = await services.firstScreen(FIRST_PAGE);
      mark('first-screen-read');
      const current = await currentAsked;
      if (current && !first.articles.some((a) => a.id === current)) {
        const also = await services.firstScreen(0, current);
        first.articles.push(...also.articles);
        for (const [id, list] of also.byArticle) first.byArticle.set(id, list);
        for (const [id, counts] of also.counts ?? []) first.counts?.set(id, counts);
      }
      if (!live) return;
      mark('first-page-read');
      setCurrentId(current);
      const { articles: shown, byArticle, counts: previews } = first;
      for (const id of previews?.keys() ?? []) previewed.current.add(id);
      setLibrary({ articles: shown, byArticle, complete: false, previews });
      // Nothing heavy until the first screen is on it.
      await services.nextFrame();
      if (previewed.current.size > 0) {
        // The shown cards' whole lists (expanding a card, keyboard navigation), a few reads.
        const ids = [...previewed.current];
        const lists = await services.annotationsOf(ids);
        if (!live) return;
        // A card edited meanwhile re-reads its own list after its write (see `change`).
        for (const id of ids) if (!previewed.current.delete(id)) lists.delete(id);
        setLibrary((prev) => withFullLists(prev, lists));
      }
      // The other tabs' code, so that once the library is complete no view waits for it.
      const extras = loadPopupExtras().catch(() => undefined);
      const articles = await services.listArticles();
      if (!live) return;
      for (const article of articles) index.setArticle(article);
      setLibrary((prev) => ({ ...prev, articles }));
      const all = new Map<string, AnnotationRecord[]>();
      const names = new ActorNames();
      const group = (part: AnnotationRecord[]) => {
        index.addBatch(part);
        names.add(part);
        for (const a of part) {
          const list = all.get(a.articleId);
          if (list) list.push(a);
          else all.set(a.articleId, [a]);
        }
      };
      await services.loadAll((batch) =>
        live ? inSlices(batch, 250, group, services.pause) : undefined,
      );
      if (!live) return;
      // Text order for the lists and for the index's documents: no query has to sort them.
      // Split by kind too, while the list is at hand: the first kind filter then reads no record.
      const sortArticle = (id: string) => {
        sortByPosition(all.get(id)!);
        index.sortArticle(id);
        splitByKind(all.get(id)!);
      };
      await inSlices([...all.keys()], 50, (ids) => ids.forEach(sortArticle), services.pause);
      await extras;
      if (!live) return;
      mark('all-read-and-indexed');
      setLibrary((prev) => {
        const merged = new Map<string, AnnotationRecord[]>();
        for (const article of prev.articles) {
          const own = touched.current.has(article.id) ? prev.byArticle.get(article.id) : undefined;
          merged.set(article.id, own ?? all.get(article.id) ?? []);
        }
        return { articles: prev.articles, byArticle: merged, complete: true };
      });
      setIndexVersion((v) => v + 1);
      setActorNames(names.top(ACTOR_SUGGESTIONS));
    };
    run().catch((error: unknown) => {
      if (live) setLoadError(errorMessage(error));
    });
    return () => {
      live = false;
    };
  }, [services, generation]);

  const change = useCallback(
    (articleId: string, update: (state: LibraryState) => LibraryState) => {
      touched.current.add(articleId);
      setLibrary(update);
      if (!previewed.current.delete(articleId)) return;
      // The card showed a summary's preview, which the update changed: its whole list, from
      // the store, which already holds the change (actions write first).
      services.annotationsOf([articleId]).then(
        (lists) => setLibrary((prev) => withFullLists(prev, lists)),
        () => {},
      );
    },
    [services],
  );
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    library,
    index: indexRef.current,
    indexVersion,
    actorNames,
    currentId,
    loadError,
    change,
    reload,
  };
}
