/**
 * The options page's debug log: a switch (off by default) and the kept entries, newest first.
 * Entries hold text from pages and errors; they are rendered as text, never as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  DEBUG_LOG_KEY,
  DEBUG_LOG_ON_KEY,
  clearStoredLog,
  isDebugLogOn,
  setDebugLogOn,
  storedLog,
  type DebugEntry,
  type LogStorage,
} from '../utils/debug-log';

/** The storage change event the view follows, so new entries show without a reload. */
export interface ChangeEvent {
  addListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
}

/** Shows and switches the stored debug log. */
export function DebugLogView({ area, onChanged }: { area: LogStorage; onChanged?: ChangeEvent }) {
  const [on, setOn] = useState(false);
  const [log, setLog] = useState<DebugEntry[]>([]);
  useEffect(() => {
    const load = () => {
      void isDebugLogOn(area).then(setOn);
      void storedLog(area).then(setLog);
    };
    const listener = (changes: Record<string, unknown>, name: string) => {
      if (name === 'local' && (DEBUG_LOG_KEY in changes || DEBUG_LOG_ON_KEY in changes)) load();
    };
    load();
    onChanged?.addListener(listener);
    return () => onChanged?.removeListener(listener);
  }, [area, onChanged]);

  const toggle = async (next: boolean) => {
    await setDebugLogOn(next, area);
    setOn(next);
    setLog(await storedLog(area));
  };
  return (
    <section aria-labelledby="debug-log-heading">
      <h2 id="debug-log-heading">Debug log</h2>
      <p>
        When something does not work on a page, this log says what Margin did there. It is kept only
        on this device and is off unless you turn it on.
      </p>
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked)}
        />{' '}
        Keep a debug log (the newest 500 events)
      </label>{' '}
      <button type="button" onClick={() => void clearStoredLog(area).then(() => setLog([]))}>
        Clear
      </button>
      <ol reversed aria-label="Debug log entries">
        {[...log].reverse().map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <time dateTime={new Date(entry.at).toISOString()}>
              {new Date(entry.at).toLocaleString()}
            </time>{' '}
            <b>{entry.scope}</b> {entry.site ? `(${entry.site}) ` : ''}
            {entry.message}
            {entry.detail !== undefined ? <pre>{String(entry.detail)}</pre> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
