/** Shows the selection toolbar in a shadow root, so the page's CSS and ours never meet. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SelectionToolbar } from '../../components/selection-toolbar';
import { selectionToolbarCss } from '../../components/selection-toolbar-css';
import type { HighlightColour } from '../../utils/db/schema';
import { createOverlay } from './overlay';

/** Opens and closes the one toolbar of this page. */
export interface ToolbarHost {
  /** Shows the toolbar for `range`; `save` receives the note and the chosen colour. */
  open(
    range: Range,
    save: (note: string, colour: HighlightColour) => Promise<void>,
    focusNote?: boolean,
  ): Promise<void>;
  close(): void;
  /** Whether an event happened inside the toolbar (so it is not mistaken for a page click). */
  contains(target: EventTarget | null): boolean;
}

/** Creates the toolbar host for this content script's page. */
export function createToolbarHost(ctx: ContentScriptContext): ToolbarHost {
  const overlay = createOverlay(ctx, 'margin-toolbar', selectionToolbarCss);
  return {
    async open(range, save, focusNote) {
      overlay.hide();
      const rect = range.getBoundingClientRect();
      const x = Math.max(8, Math.min(rect.left, window.innerWidth - 296));
      const y = Math.min(rect.bottom + 8, window.innerHeight - 150);
      let colour: HighlightColour = 'yellow';
      await overlay.show(
        <SelectionToolbar
          at={{ x, y }}
          focusNote={focusNote}
          onSave={(note) => save(note, colour)}
          onClose={overlay.hide}
          onColour={(c) => (colour = c)}
        />,
      );
    },
    close: () => overlay.hide(),
    contains: (target) => overlay.contains(target),
  };
}
