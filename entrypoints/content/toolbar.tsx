/** Shows the selection toolbar in a shadow root, so the page's CSS and ours never meet. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SelectionToolbar } from '../../components/selection-toolbar';
import { selectionToolbarCss } from '../../components/selection-toolbar-css';

/** Opens and closes the one toolbar of this page. */
export interface ToolbarHost {
  /** Shows the toolbar for `range`; `save` receives the note. */
  open(range: Range, save: (note: string) => Promise<void>, focusNote?: boolean): Promise<void>;
  close(): void;
  /** Whether an event happened inside the toolbar (so it is not mistaken for a page click). */
  contains(target: EventTarget | null): boolean;
}

/** Creates the toolbar host for this content script's page. */
export function createToolbarHost(ctx: ContentScriptContext): ToolbarHost {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;

  const close = () => {
    ui?.remove();
    ui = undefined;
  };

  return {
    async open(range, save, focusNote) {
      close();
      const rect = range.getBoundingClientRect();
      const x = Math.max(8, Math.min(rect.left, window.innerWidth - 296));
      const y = Math.min(rect.bottom + 8, window.innerHeight - 120);
      const created = await createShadowRootUi<HTMLElement>(ctx, {
        name: 'margin-toolbar',
        position: 'inline',
        anchor: 'html',
        append: 'last',
        css: selectionToolbarCss,
        // Keys typed in the note must not trigger the page's own shortcuts.
        isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
        onMount(container) {
          render(
            <SelectionToolbar at={{ x, y }} focusNote={focusNote} onSave={save} onClose={close} />,
            container,
          );
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      ui = created;
      created.mount();
    },
    close,
    contains(target) {
      return Boolean(ui && target instanceof Node && ui.shadowHost.contains(target));
    },
  };
}
