/** One article in the popup: headline, site and date, its actors, claims and the reader's notes. */
import type { LibraryEntry } from '../utils/db/library';
import { strings } from './strings';

/** Props of {@link ArticleCard}. */
export interface ArticleCardProps {
  entry: LibraryEntry;
  onOpen: (url: string) => void;
}

/** Renders one article; all page-derived text goes through JSX, so it is never parsed as HTML. */
export function ArticleCard({ entry, onOpen }: ArticleCardProps) {
  const { article, annotations } = entry;
  const actors = annotations.filter((a) => a.kind === 'actor' && a.actor);
  const claims = annotations.filter((a) => a.kind === 'claim' && a.claim);
  const notes = annotations.filter((a) => a.origin === 'user');
  const read = new Date(article.lastReadAt);

  return (
    <li class="article" data-article={article.id}>
      <a
        href={article.url}
        class="title"
        onClick={(event) => {
          event.preventDefault();
          onOpen(article.url);
        }}
      >
        {article.title}
      </a>
      <div class="meta">
        {article.siteName && <span class="site">{article.siteName}</span>}
        <time dateTime={read.toISOString()}>{read.toLocaleDateString()}</time>
      </div>
      {notes.length > 0 && (
        <section aria-label={strings.notes}>
          <ul class="notes">
            {notes.map((note) => (
              <li key={note.id} data-note={note.id}>
                <q>{note.target.selector[0].exact}</q>
                {note.body && <p class="note-body">{note.body}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {actors.length > 0 && (
        <section aria-label={strings.actors}>
          <ul class="actors">
            {actors
              .sort((a, b) => (b.actor?.mentionCount ?? 0) - (a.actor?.mentionCount ?? 0))
              .map((a) => (
                <li
                  key={a.id}
                  class={`actor ${a.actor!.type}`}
                  title={strings.mentions(a.actor!.mentionCount)}
                >
                  {a.actor!.name}
                </li>
              ))}
          </ul>
        </section>
      )}
      {claims.length > 0 && (
        <section aria-label={strings.claims}>
          <ul class="claims">
            {claims.map((c) => (
              <li key={c.id} class="claim">
                <strong>{c.claim!.speaker ?? '?'}</strong> <em>{c.claim!.cue}</em>{' '}
                {c.claim!.content}
              </li>
            ))}
          </ul>
        </section>
      )}
    </li>
  );
}
