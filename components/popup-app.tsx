/** The popup: the library, actors across articles, export and storage, settings. */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleRecord } from '../utils/db/schema';
import { noFilters, type Filters } from '../utils/library/query';
import { LibraryView } from './library-view';
import { loadPopupExtras, usePopupExtras } from './popup-extras-loader';
import type { PopupServices } from './popup-services';
import { StatusArea } from './status-area';
import { strings } from './strings';
import { useActions } from './use-actions';
import { useFeedback } from './use-feedback';
import { useLibrary } from './use-library';
import { useUpgrading } from './use-upgrading';

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  services: PopupServices;
}

type View = 'library' | 'actors' | 'data' | 'settings';
const VIEWS: View[] = ['library', 'actors', 'data', 'settings'];
const LABELS: Record<View, string> = {
  library: strings.libraryTab,
  actors: strings.actorsTab,
  data: strings.dataTab,
  settings: strings.settingsTab,
};

/** Loads the library and shows the chosen view. */
export function PopupApp({ services }: PopupAppProps) {
  const handle = useLibrary(services);
  const feedback = useFeedback();
  const actions = useActions(services, handle, feedback);
  const [view, setView] = useState<View>('library');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const { library } = handle;

  // The other tabs' code loads after the first screen is painted (or at once when asked).
  const extras = usePopupExtras(
    view !== 'library' || library.articles.length > 0 || library.complete,
  );
  // Collecting actors walks every annotation: only for the actors view.
  const actors = useMemo(
    () => (view === 'actors' && extras ? extras.collectActors(library) : []),
    [library, view === 'actors', extras],
  );

  const fresh = library.articles.length > 0 || library.complete || handle.loadError !== undefined;
  // Until the first read is in, the list would be empty: a status says why, not an empty list
  // (an upgrade of a large library can take seconds, and notes must never look gone).
  const upgrading = useUpgrading(services, !fresh);
  const plain = view === 'library' && query.trim() === '' && noFilters(filters);
  useLayoutEffect(() => {
    if (fresh) services.shown?.(plain);
  }, [services, fresh, plain, library]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'z' && (event.ctrlKey || event.metaKey) && feedback.undo) {
        const target = event.target as HTMLElement;
        if (/^(INPUT|TEXTAREA)$/.test(target.tagName)) return;
        event.preventDefault();
        feedback.clear('undo');
        feedback.undo.run().catch(feedback.showError);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [feedback.undo]);

  const download = (file: { name: string; type: string; text: string }) =>
    services.download(file.name, file.type, file.text);
  const exportOne = (article: ArticleRecord) =>
    void loadPopupExtras().then(
      (m) => download(m.exportArticle(library, article)),
      feedback.showError,
    );

  return (
    <main class="popup">
      <header class="top">
        <h1>{strings.popupTitle}</h1>
        <div role="tablist" aria-label={strings.views} class="tabs">
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`tab-${v}`}
              aria-selected={view === v}
              aria-controls={`panel-${v}`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
              onKeyDown={(event) => {
                const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
                if (!step) return;
                const next = VIEWS[(VIEWS.indexOf(v) + step + VIEWS.length) % VIEWS.length]!;
                setView(next);
                document.getElementById(`tab-${next}`)?.focus();
              }}
            >
              {LABELS[v]}
            </button>
          ))}
        </div>
      </header>
      {handle.loadError && (
        <p role="alert" class="error">
          {strings.loadFailed} {handle.loadError}
        </p>
      )}
      <StatusArea feedback={feedback} />
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} class="panel">
        {view === 'library' && !fresh && (
          <p class="loading opening" role="status" aria-busy="true">
            {upgrading ? strings.updatingNotes : strings.openingNotes}
          </p>
        )}
        {view === 'library' && fresh && (
          <LibraryView
            handle={handle}
            actions={actions}
            query={query}
            onQuery={setQuery}
            filters={filters}
            onFilters={setFilters}
            actorNames={handle.actorNames}
            onExportArticle={exportOne}
          />
        )}
        {view !== 'library' && !extras && <p class="loading">{strings.loadingView}</p>}
        {view === 'actors' && extras && <extras.ActorsView actors={actors} actions={actions} />}
        {view === 'data' && extras && (
          <extras.DataView
            library={library}
            onDownload={download}
            onImport={(text) => void actions.importText(text)}
            estimate={services.estimate}
          />
        )}
        {view === 'settings' && extras && (
          <extras.SettingsView
            load={services.loadSettings}
            save={services.saveSettings}
            articles={library.articles}
            onForget={(article) => void actions.forget(article)}
            onError={feedback.showError}
            onNotice={feedback.showNotice}
          />
        )}
      </div>
    </main>
  );
}
