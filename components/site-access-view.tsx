/**
 * The options page's choice of where Margin reads: every site, automatically, or only the
 * sites the reader allowed (with the list of them). Each change is saved at once; changes made
 * elsewhere (the panel's switch, the context menu) show without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { accessOf, withAccess, withSiteAllowed } from '../utils/site-access';
import {
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  type Settings,
  type SiteAccess,
  type StorageArea,
} from '../utils/settings';
import type { ChangeEvent } from './debug-log-view';

const MODES: { value: SiteAccess; label: string; hint: string }[] = [
  {
    value: 'all',
    label: 'Every site (automatic)',
    hint: 'Margin looks at each page you open and highlights the news articles it finds.',
  },
  {
    value: 'allowed',
    label: 'Only sites I allow',
    hint: 'Margin does not read the pages of a site until you allow it here, in the article panel ("Turn Margin on here") or with "Read this site with Margin" in the page\'s context menu.',
  },
];

/** Shows and edits the access mode and the allowed sites. */
export function SiteAccessView({
  area,
  onChanged,
}: {
  area: StorageArea;
  onChanged?: ChangeEvent;
}) {
  const [settings, setSettings] = useState<Settings>();
  const [site, setSite] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    const load = () => void loadSettings(area).then(setSettings);
    const listener = (changes: Record<string, unknown>, name: string) => {
      if (name === 'local' && SETTINGS_KEY in changes) load();
    };
    load();
    onChanged?.addListener(listener);
    return () => onChanged?.removeListener(listener);
  }, [area, onChanged]);
  if (!settings) return null;

  const update = async (next: Settings, said: string) => {
    try {
      await saveSettings(next, area);
      setSettings(next);
      setStatus(said);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const mode = accessOf(settings);
  const allowed = settings.allowedSites ?? [];
  return (
    <section class="site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">Where Margin reads</h2>
      <fieldset>
        <legend>Read pages on</legend>
        {MODES.map(({ value, label, hint }) => (
          <p key={value}>
            <label>
              <input
                type="radio"
                name="site-access"
                value={value}
                checked={mode === value}
                onChange={() => void update(withAccess(settings, value), `Margin reads: ${label}.`)}
              />{' '}
              {label}
            </label>
            <br />
            <small>{hint}</small>
          </p>
        ))}
      </fieldset>
      <h3>Sites you allowed</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const next = withSiteAllowed(settings, site, true);
          if (!next) return setStatus('That is not a site name.');
          setSite('');
          void update(next, `Allowed ${next.allowedSites!.at(-1)}.`);
        }}
      >
        <input
          type="text"
          name="allowed-site"
          value={site}
          aria-label="Site to allow (e.g. example.com)"
          placeholder="example.com"
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Allow site</button>
      </form>
      {allowed.length === 0 ? (
        <p>No site yet.</p>
      ) : (
        <ul class="allowed-sites">
          {allowed.map((s) => (
            <li key={s} data-site={s}>
              {s}{' '}
              <button
                type="button"
                aria-label={`Stop allowing ${s}`}
                onClick={() => void update(withSiteAllowed(settings, s, false)!, `${s} removed.`)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
