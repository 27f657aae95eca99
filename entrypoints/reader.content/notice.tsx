/**
 * Tells the reader, once per reading, about saved notes whose text changed since they were
 * saved (a stealth edit) and notes that could not be placed at all.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { marginCardCss } from '../../components/margin-card-css';
import { strings } from '../../components/strings';
import { createOverlay } from './overlay';
import type { RestoredNote } from './reader';

/** The notice of one page. */
export interface Notice {
  report(notes: RestoredNote[]): void;
  hide(): void;
}

/** Creates the page's notice. */
export function showNotice(ctx: ContentScriptContext): Notice {
  const overlay = createOverlay(ctx, 'margin-notice', marginCardCss);
  return {
    hide: overlay.hide,
    report(notes) {
      const changed = notes.filter((n) => n.status === 'changed');
      const orphans = notes.filter((n) => n.status === 'orphan').length;
      if (changed.length === 0 && orphans === 0) return overlay.hide();
      void overlay.show(
        <div class="notice" role="status" aria-live="polite">
          <p class="summary">{strings.reading.notices(changed.length, orphans)}</p>
          {changed.slice(0, 3).map((n) => (
            <p class="changed" key={n.id}>
              “{n.quote}” → “{n.now}”
            </p>
          ))}
          <p>{strings.reading.openPanel}</p>
          <button
            type="button"
            class="close"
            data-action="close"
            aria-label={strings.close}
            onClick={overlay.hide}
          >
            ×
          </button>
        </div>,
      );
    },
  };
}
