/** A fresh element in the document for each test to render into, unmounted and removed after. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Registers the hooks; call the returned function inside a test to get this test's root. */
export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root!);
    root!.remove();
  });
  return () => root!;
}
