/** Settings: stop saving automatic annotations everywhere or on some sites; forget an article. */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleRecord } from '../utils/db/schema';
import { siteKey, type Settings } from '../utils/settings';
import { strings } from './strings';

/** Props of {@link SettingsView}. */
export interface SettingsViewProps {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  articles: ArticleRecord[];
  onForget(article: ArticleRecord): void;
  onError(error: unknown): void;
  onNotice(text: string): void;
}

/** The settings form; each change is saved at once. */
export function SettingsView(props: SettingsViewProps) {
  const { load, save, articles, onError } = props;
  const [settings, setSettings] = useState<Settings>();
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string>();
  const [forgetId, setForgetId] = useState('');

  useEffect(() => {
    load().then(setSettings, onError);
  }, [load, onError]);

  const update = async (next: Settings) => {
    try {
      await save(next);
      setSettings(next);
      props.onNotice(strings.settingsSaved);
    } catch (error) {
      onError(error);
    }
  };
  if (!settings) return null;

  return (
    <section class="settings-view" aria-label={strings.settingsTab}>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.saveAutomatic}
          onChange={(e) =>
            void update({
              ...settings,
              saveAutomatic: (e.currentTarget as HTMLInputElement).checked,
            })
          }
        />
        {strings.saveAutomatic}
      </label>
      <h2>{strings.pausedSites}</h2>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          const key = siteKey(site);
          if (!key) return setSiteError(strings.badSite);
          setSiteError(undefined);
          setSite('');
          if (!settings.pausedSites.includes(key)) {
            void update({ ...settings, pausedSites: [...settings.pausedSites, key] });
          }
        }}
      >
        <input
          type="text"
          value={site}
          aria-label={strings.siteInput}
          placeholder={strings.siteInput}
          aria-invalid={siteError ? true : undefined}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{strings.addSite}</button>
      </form>
      {siteError && <p role="alert">{siteError}</p>}
      <ul class="sites">
        {settings.pausedSites.map((s) => (
          <li key={s}>
            {s}{' '}
            <button
              type="button"
              aria-label={strings.removeSite(s)}
              onClick={() =>
                void update({
                  ...settings,
                  pausedSites: settings.pausedSites.filter((x) => x !== s),
                })
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <h2>{strings.forgetHeading}</h2>
      <div class="row">
        <select
          value={forgetId}
          aria-label={strings.forgetPick}
          onChange={(e) => setForgetId((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="" />
          {articles.slice(0, 500).map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!forgetId}
          onClick={() => {
            const article = articles.find((a) => a.id === forgetId);
            if (article) props.onForget(article);
            setForgetId('');
          }}
        >
          {strings.forget}
        </button>
      </div>
    </section>
  );
}
