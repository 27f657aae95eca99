/** One article in the library: headline, site, date read, counts, and what was saved on it. */
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import type { ArticleRecord } from '../utils/db/schema';
import { siteOf } from '../utils/library/library-state';
import type { Entry } from '../utils/library/query';
import { cardItems } from './card-items';
import { ClaimItem } from './claim-item';
import type { ItemHandlers } from './item-handlers';
import { NoteItem } from './note-item';
import { strings } from './strings';
import type { Actions } from './use-actions';

/** Props of {@link ArticleCard}. */
export interface ArticleCardProps {
  entry: Entry;
  actions: Actions;
  current: boolean;
  expanded: boolean;
  onToggleExpanded(articleId: string): void;
  /** Id of the note whose editor is open, if it is on this card. */
  editingId: string | undefined;
  onEditing(id: string | undefined): void;
  onExport(article: ArticleRecord): void;
}

/** Renders one article; all page-derived text goes through JSX, never parsed as HTML. */
export const ArticleCard = memo(function ArticleCard(props: ArticleCardProps) {
  const { entry, actions, current, expanded, onToggleExpanded, editingId, onEditing } = props;
  const { article, annotations, counts } = entry;
  const items = useMemo(
    () => cardItems(annotations ?? [], expanded, counts),
    [annotations, expanded, counts],
  );
  const handlers = useMemo<ItemHandlers>(
    () => ({
      edit: actions.edit,
      remove: (record) => void actions.remove(record),
      open: (record) => actions.open(article, record),
      copy: (record) => void actions.copyCitation(record, article),
    }),
    [actions, article],
  );
  const read = new Date(article.lastReadAt);
  const headingId = `title-${article.id}`;
  const allActors = items.actors.length + items.hiddenActors;

  return (
    <li
      class={`article${current ? ' current' : ''}`}
      data-article={article.id}
      data-vkey={article.id}
      aria-labelledby={headingId}
    >
      <div class="article-head" data-nav={`article:${article.id}`} tabIndex={-1}>
        {current && <span class="badge">{strings.thisPage}</span>}
        <a
          id={headingId}
          href={article.url}
          class="title"
          onClick={(event) => {
            event.preventDefault();
            actions.open(article);
          }}
        >
          {article.title}
        </a>
        <div class="meta">
          <span class="site">{siteOf(article)}</span>
          <time dateTime={read.toISOString()}>
            {strings.readOn} {read.toLocaleDateString()}
          </time>
          {annotations && (
            <span class="counts">{strings.counts(items.allNotes, allActors, items.allClaims)}</span>
          )}
        </div>
        <div class="card-controls">
          <button type="button" onClick={() => props.onExport(article)}>
            {strings.exportArticle}
          </button>
          <button type="button" onClick={() => void actions.forget(article)}>
            {strings.forget}
          </button>
        </div>
      </div>
      {!annotations && <p class="loading">{strings.loadingArticle}</p>}
      {items.notes.length > 0 && (
        <ul class="notes" aria-label={strings.notes}>
          {items.notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              handlers={handlers}
              editing={editingId === note.id}
              onEditingChange={(on) => onEditing(on ? note.id : undefined)}
            />
          ))}
        </ul>
      )}
      {items.actors.length > 0 && (
        <ul class="actors" aria-label={strings.actors}>
          {items.actors.map((a) => (
            <li
              key={a.id}
              class={`actor ${a.actor!.type}`}
              title={strings.mentions(a.actor!.mentionCount)}
            >
              {a.actor!.name}
              {a.actor!.standsFor && ` ${strings.standsForShort(a.actor!.standsFor)}`}
            </li>
          ))}
          {items.hiddenActors > 0 && <li class="more">{strings.moreActors(items.hiddenActors)}</li>}
        </ul>
      )}
      {items.claims.length > 0 && (
        <ul class="claims" aria-label={strings.claims}>
          {items.claims.map((c) => (
            <ClaimItem key={c.id} claim={c} handlers={handlers} />
          ))}
        </ul>
      )}
      {items.allClaims > items.claims.length || items.allNotes > items.notes.length || expanded ? (
        <button
          type="button"
          class="link-button"
          aria-expanded={expanded}
          onClick={() => onToggleExpanded(article.id)}
        >
          {expanded
            ? strings.showFewerItems
            : strings.showAllItems(items.allNotes, items.allClaims)}
        </button>
      ) : null}
    </li>
  );
});
