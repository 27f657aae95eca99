/**
 * Tells the content script when to read the page again: the URL changed without a reload
 * (Navigation API where present, popstate/hashchange, a cheap poll because an isolated world
 * cannot patch history.pushState), or an article container appeared or grew after load
 * (a debounced MutationObserver that stops after a budget, so pages that mutate forever
 * cannot keep us busy).
 */

/** Tuning for `watchArticle`; defaults suit a content script. */
export interface WatchOptions {
  debounceMs: number;
  pollMs: number;
  /** Mutation-driven re-reads allowed before the observer disconnects for this URL. */
  maxMutationFires: number;
  /** How long after load (or a URL change) mutations are still watched. */
  observeForMs: number;
  /** Added text (characters) that counts as the article growing. */
  minGrowth: number;
}

const DEFAULTS: WatchOptions = {
  debounceMs: 400,
  pollMs: 1000,
  maxMutationFires: 8,
  observeForMs: 60_000,
  minGrowth: 200,
};

interface NavigationLike {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

/** Calls `onChange(reason)` on URL changes and article growth; returns a disposer. */
export function watchArticle(
  win: Window,
  onChange: (reason: string) => void,
  options: Partial<WatchOptions> = {},
): () => void {
  const o = { ...DEFAULTS, ...options };
  let href = win.location.href;
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fires = 0;
  let addedText = 0;
  let observeUntil = Date.now() + o.observeForMs;

  const fire = (reason: string) => {
    if (!disposed) onChange(reason);
  };
  const urlCheck = (reason: string) => {
    if (win.location.href === href) return;
    href = win.location.href;
    fires = 0;
    addedText = 0;
    observeUntil = Date.now() + o.observeForMs;
    observe();
    fire(reason);
  };
  const onPop = () => urlCheck('popstate');
  const onHash = () => urlCheck('hashchange');
  const onNav = () => urlCheck('navigation');
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onHash);
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('navigatesuccess', onNav);
  nav?.addEventListener('currententrychange', onNav);
  const poll = setInterval(() => urlCheck('url-poll'), o.pollMs);

  const MO = (win as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const observer = MO
    ? new MO((records) => {
        for (const r of records) {
          for (const n of Array.from(r.addedNodes)) addedText += n.textContent?.length ?? 0;
        }
        if (addedText < o.minGrowth) return;
        if (Date.now() > observeUntil || fires >= o.maxMutationFires) {
          observer?.disconnect();
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => {
          fires++;
          addedText = 0;
          fire('content-grew');
        }, o.debounceMs);
      })
    : null;
  function observe() {
    const body = win.document.body;
    if (observer && body) observer.observe(body, { childList: true, subtree: true });
  }
  observe();

  return () => {
    disposed = true;
    clearTimeout(timer);
    clearInterval(poll);
    observer?.disconnect();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onHash);
    nav?.removeEventListener('navigatesuccess', onNav);
    nav?.removeEventListener('currententrychange', onNav);
  };
}
