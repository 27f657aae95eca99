/** The small toolbar shown next to a selection: write a note, save the highlight. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColour } from '../utils/db/schema';
import { strings } from './strings';

/** Props of {@link SelectionToolbar}. */
export interface SelectionToolbarProps {
  /** Where to show it, in viewport coordinates (the selection's bottom-left corner). */
  at: { x: number; y: number };
  /** Put the keyboard focus in the note field when shown (keyboard shortcut). */
  focusNote?: boolean;
  /** Saves the highlight with the note; rejects with a reason the reader can read. */
  onSave: (note: string) => Promise<void>;
  /** Hides the toolbar. */
  onClose: () => void;
  /** Offers the highlight colours when set; called with the reader's choice. */
  onColour?: (colour: HighlightColour) => void;
}

const COLOURS: HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

type Status = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

/** A note field and a save button; on failure the note stays so nothing typed is lost. */
export function SelectionToolbar({
  at,
  focusNote,
  onSave,
  onClose,
  onColour,
}: SelectionToolbarProps) {
  const [note, setNote] = useState('');
  const [colour, setColour] = useState<HighlightColour>('yellow');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [focusNote]);

  const save = async () => {
    setStatus({ state: 'saving' });
    try {
      await onSave(note);
      setStatus({ state: 'saved' });
    } catch (error) {
      setStatus({
        state: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <div
      class="toolbar"
      role="dialog"
      aria-label={strings.toolbarLabel}
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
      }}
    >
      <textarea
        ref={noteRef}
        name="note"
        rows={2}
        placeholder={strings.notePlaceholder}
        aria-label={strings.noteLabel}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      {onColour && (
        <div class="colours" role="radiogroup" aria-label={strings.reading.colourLabel}>
          {COLOURS.map((c) => (
            <button
              type="button"
              key={c}
              role="radio"
              class={`swatch ${c}`}
              data-colour={c}
              aria-checked={colour === c}
              aria-label={strings.colourNames[c]}
              title={strings.colourNames[c]}
              onClick={() => {
                setColour(c);
                onColour(c);
              }}
            />
          ))}
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          data-action="save"
          disabled={status.state === 'saving'}
          onClick={() => void save()}
        >
          {strings.saveHighlight}
        </button>
        <button type="button" data-action="close" aria-label={strings.close} onClick={onClose}>
          ×
        </button>
        <span role="status" class={status.state}>
          {status.state === 'saved'
            ? strings.saved
            : status.state === 'error'
              ? `${strings.saveFailed} ${status.message}`
              : status.state === 'saving'
                ? strings.saving
                : ''}
        </span>
      </div>
    </div>
  );
}
