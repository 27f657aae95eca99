/** The library: search and filters over a virtual list of article cards. */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../utils/db/schema';
import { noFilters, queryLibrary, type Entry, type Filters } from '../utils/library/query';
import { siteOf } from '../utils/library/library-state';
import { ArticleCard } from './article-card';
import { cardHeightFor, countCardHeight, estimateCardHeight } from './card-items';
import { FilterBar } from './filter-bar';
import { strings } from './strings';
import type { Actions } from './use-actions';
import type { LibraryHandle } from './use-library';
import { useListKeys } from './use-list-keys';
import { VirtualList } from './virtual-list';

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  handle: LibraryHandle;
  actions: Actions;
  query: string;
  onQuery(query: string): void;
  filters: Filters;
  onFilters(filters: Filters): void;
  actorNames: string[];
  onExportArticle(article: ArticleRecord): void;
}

const estimate = (entry: Entry) => estimateCardHeight(entry.annotations);
const estimateFound = (entry: Entry) =>
  entry.sections ? cardHeightFor(entry.sections) : countCardHeight(entry.annotations);
const keyOf = (entry: Entry) => entry.article.id;

/** Search box, filters, result count and the list. */
export function LibraryView(props: LibraryViewProps) {
  const { handle, actions, query, filters } = props;
  const { library, index, indexVersion, currentId } = handle;
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [editingId, setEditingId] = useState<string>();
  const container = useRef<HTMLDivElement>(null);

  const entries = useMemo(() => {
    const start = performance.now();
    const found = queryLibrary(library, index, query, filters, currentId);
    // Read by the popup benchmark: the query alone, without rendering.
    performance.measure?.('margin:query', { start });
    return found;
  }, [library, index, indexVersion, query, filters, currentId]);
  const sites = useMemo(
    () => [...new Set(library.articles.map(siteOf))].sort((a, b) => a.localeCompare(b)),
    [library.articles],
  );
  const searching = query.trim() !== '' || !noFilters(filters);
  const itemCount = searching ? entries.reduce((n, e) => n + (e.annotations?.length ?? 0), 0) : 0;

  const toggle = useCallback((id: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  // A card's measured height holds for what it showed: the same article filtered, or
  // expanded, is another height, and reusing the old one cost extra render passes.
  const variantOf = useCallback(
    (entry: Entry) =>
      (entry.annotations?.length ?? -1) * 2 + (expanded.has(entry.article.id) ? 1 : 0),
    [expanded],
  );
  const keys = useListKeys(container, entries, expanded, actions, setEditingId);

  return (
    <section class="library" aria-label={strings.libraryTab} data-complete={library.complete}>
      <FilterBar
        query={query}
        onQuery={props.onQuery}
        filters={filters}
        onFilters={props.onFilters}
        sites={sites}
        actorNames={props.actorNames}
      />
      <p class="summary" role="status">
        {searching ? strings.results(entries.length, itemCount) : ''}
        {!library.complete && library.articles.length > 0 ? ` ${strings.loadingRest}` : ''}
      </p>
      {library.complete && entries.length === 0 && (
        <p class="empty">{library.articles.length ? strings.noResults : strings.noArticles}</p>
      )}
      <div
        ref={container}
        class="list-wrap"
        onKeyDown={keys.onKeyDown}
        onFocusIn={keys.onFocusIn}
        aria-describedby="keyboard-help"
      >
        <p id="keyboard-help" class="visually-hidden">
          {strings.keyboardHelp}
        </p>
        <VirtualList
          items={entries}
          keyOf={keyOf}
          variantOf={variantOf}
          estimate={searching ? estimateFound : estimate}
          label={strings.libraryLabel}
          reveal={keys.reveal}
          onRendered={keys.flush}
          render={(entry) => (
            <ArticleCard
              key={entry.article.id}
              entry={entry}
              actions={actions}
              current={entry.article.id === currentId}
              expanded={expanded.has(entry.article.id)}
              onToggleExpanded={toggle}
              editingId={editingId}
              onEditing={setEditingId}
              onExport={props.onExportArticle}
            />
          )}
        />
      </div>
    </section>
  );
}
