/** The popup's live region: errors, notices, and the undo offer that lasts a few seconds. */
import { useEffect } from 'preact/hooks';
import { strings } from './strings';
import type { Feedback } from './use-feedback';

/** How long an undo stays on offer. */
export const UNDO_MS = 8000;

/** Props of {@link StatusArea}. */
export interface StatusAreaProps {
  feedback: Feedback;
}

/** Renders the current feedback; the undo offer and notices expire on their own. */
export function StatusArea({ feedback }: StatusAreaProps) {
  const { error, notice, undo, clear, showError } = feedback;
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => clear('undo'), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo?.id]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => clear('notice'), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div class="status-area">
      {error && (
        <div class="error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={() => clear('error')}>
            {strings.dismiss}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" class="toasts">
        {notice && <div class="toast">{notice}</div>}
        {undo && (
          <div class="toast undo">
            <span>{undo.label}</span>
            <button
              type="button"
              class="undo-button"
              onClick={() => {
                clear('undo');
                undo.run().catch(showError);
              }}
            >
              {strings.undo}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
