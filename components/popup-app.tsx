/** The popup: what the reader has read, newest first, with what Margin and the reader marked. */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryEntry } from '../utils/db/library';
import { ArticleCard } from './article-card';
import { strings } from './strings';

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  /** Loads the saved articles, newest first. */
  load: () => Promise<LibraryEntry[]>;
  /** Opens an article in a tab. */
  onOpenArticle: (url: string) => void;
}

type State =
  | { state: 'loading' }
  | { state: 'ready'; entries: LibraryEntry[] }
  | { state: 'error'; message: string };

/** Loads the library and lists it. */
export function PopupApp({ load, onOpenArticle }: PopupAppProps) {
  const [state, setState] = useState<State>({ state: 'loading' });

  useEffect(() => {
    load().then(
      (entries) => setState({ state: 'ready', entries }),
      (error: unknown) => setState({ state: 'error', message: String(error) }),
    );
  }, [load]);

  return (
    <main class="popup">
      <h1>{strings.popupTitle}</h1>
      {state.state === 'error' && (
        <p role="alert">
          {strings.loadFailed} {state.message}
        </p>
      )}
      {state.state === 'ready' && state.entries.length === 0 && <p>{strings.noArticles}</p>}
      {state.state === 'ready' && (
        <ul class="articles">
          {state.entries.map((entry) => (
            <ArticleCard key={entry.article.id} entry={entry} onOpen={onOpenArticle} />
          ))}
        </ul>
      )}
    </main>
  );
}
