/** The popup: the library, actors across articles, export and storage, settings. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { collectActors } from '../utils/library/actors';
import type { Filters } from '../utils/library/query';
import { ActorsView } from './actors-view';
import { DataView } from './data-view';
import { exportArticle } from './exports';
import { LibraryView } from './library-view';
import type { PopupServices } from './popup-services';
import { SettingsView } from './settings-view';
import { StatusArea } from './status-area';
import { strings } from './strings';
import { useActions } from './use-actions';
import { useFeedback } from './use-feedback';
import { useLibrary } from './use-library';

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

  // Collecting actors walks every annotation: only for the actors view.
  const actors = useMemo(
    () => (view === 'actors' ? collectActors(library) : []),
    [library, view === 'actors'],
  );

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
        {view === 'library' && (
          <LibraryView
            handle={handle}
            actions={actions}
            query={query}
            onQuery={setQuery}
            filters={filters}
            onFilters={setFilters}
            actorNames={handle.actorNames}
            onExportArticle={(article) => download(exportArticle(library, article))}
          />
        )}
        {view === 'actors' && <ActorsView actors={actors} actions={actions} />}
        {view === 'data' && (
          <DataView
            library={library}
            onDownload={download}
            onImport={(text) => void actions.importText(text)}
            estimate={services.estimate}
          />
        )}
        {view === 'settings' && (
          <SettingsView
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
