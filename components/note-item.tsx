/** One of the reader's notes: quote, note text (editable in place), colour, actions. */
import { useState } from 'preact/hooks';
import type { AnnotationRecord, HighlightColour } from '../utils/db/schema';
import type { ItemHandlers } from './item-handlers';
import { ItemActions } from './item-actions';
import { StatusSelect } from './claim-item';
import { strings } from './strings';

const COLOURS: HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

/** Props of {@link NoteItem}. */
export interface NoteItemProps {
  note: AnnotationRecord;
  handlers: ItemHandlers;
  /** Opens the editor straight away (keyboard `e`). */
  editing: boolean;
  onEditingChange(editing: boolean): void;
}

/** Renders a note; page text goes through JSX only, so it is never parsed as HTML. */
export function NoteItem({ note, handlers, editing, onEditingChange }: NoteItemProps) {
  const [draft, setDraft] = useState(note.body);
  const [saving, setSaving] = useState(false);
  const quote = note.target.selector[0].exact;
  const editorId = `edit-${note.id}`;

  const save = async () => {
    setSaving(true);
    // On failure the editor stays open with the draft, so nothing typed is lost.
    const ok = await handlers.edit(note, { body: draft });
    setSaving(false);
    if (ok) onEditingChange(false);
  };

  return (
    <li
      class={`item note colour-${note.colour ?? 'none'}`}
      data-note={note.id}
      data-nav={`item:${note.id}`}
      tabIndex={-1}
    >
      <q class="quote">{quote}</q>
      {note.claim && (
        <p class="claim-line">
          <strong>{note.claim.speaker ?? strings.unknownSpeaker}</strong> <em>{note.claim.cue}</em>
        </p>
      )}
      {editing ? (
        <form
          class="editor"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label for={editorId} class="visually-hidden">
            {strings.editNoteFor(quote)}
          </label>
          <textarea
            id={editorId}
            value={draft}
            rows={3}
            autoFocus
            onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onEditingChange(false);
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
              event.stopPropagation();
            }}
          />
          <button type="submit" disabled={saving}>
            {strings.save}
          </button>
          <button type="button" onClick={() => onEditingChange(false)}>
            {strings.cancel}
          </button>
        </form>
      ) : (
        note.body && <p class="note-body">{note.body}</p>
      )}
      <div class="item-controls">
        <label>
          <span class="visually-hidden">{strings.colour}</span>
          <select
            value={note.colour ?? ''}
            aria-label={strings.colour}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              if (value) void handlers.edit(note, { colour: value as HighlightColour });
            }}
          >
            {!note.colour && <option value="">{strings.noColour}</option>}
            {COLOURS.map((c) => (
              <option key={c} value={c}>
                {strings.colourNames[c]}
              </option>
            ))}
          </select>
        </label>
        {note.claim && <StatusSelect annotation={note} handlers={handlers} />}
        {!editing && (
          <button
            type="button"
            class="edit"
            onClick={() => {
              setDraft(note.body);
              onEditingChange(true);
            }}
          >
            {strings.edit}
          </button>
        )}
        <ItemActions annotation={note} handlers={handlers} />
      </div>
    </li>
  );
}
