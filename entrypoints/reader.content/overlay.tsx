/**
 * A Preact view in its own shadow root (WXT `createShadowRootUi`), so the page's CSS and ours
 * never meet. Created on first show and re-rendered in place after that.
 */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

/** One shadow-root view that can be shown, updated and hidden. */
export interface Overlay {
  show(view: VNode): Promise<void>;
  hide(): void;
  /** Whether an event target lies inside this overlay. */
  contains(target: EventTarget | null): boolean;
  readonly open: boolean;
}

/** An overlay whose host element is `<name>` and whose styles are `css`. */
export function createOverlay(ctx: ContentScriptContext, name: string, css: string): Overlay {
  type Ui = Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;
  let ui: Ui | undefined;
  const currentUi = (): Ui | undefined => ui;
  let creating: Promise<void> | undefined;
  let latest: VNode | null = null;

  const hide = () => {
    latest = null;
    ui?.remove();
    ui = undefined;
  };
  ctx.onInvalidated(hide);

  return {
    get open() {
      return ui !== undefined;
    },
    async show(view) {
      latest = view;
      if (ui) return void render(view, ui.uiContainer);
      creating ??= createShadowRootUi<HTMLElement>(ctx, {
        name,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        css,
        // Keys typed in a card must not trigger the page's own shortcuts.
        isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
        onMount(container) {
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      }).then((created) => {
        ui = created;
        created.mount();
        creating = undefined;
      });
      await creating;
      // `hide` may have run while the host was being created.
      const made = currentUi();
      if (made && latest) render(latest, made.uiContainer);
      else hide();
    },
    hide,
    contains(target) {
      return Boolean(ui && target instanceof Node && ui.shadowHost.contains(target));
    },
  };
}
