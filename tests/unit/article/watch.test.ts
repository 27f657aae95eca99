import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { watchArticle } from '../../../utils/article/watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const disposers: (() => void)[] = [];

function setup(options = {}) {
  const win = new Window({ url: 'https://example.com/news/one' });
  win.document.write('<main><p>Start</p></main>');
  const reasons: string[] = [];
  const dispose = watchArticle(win as unknown as globalThis.Window, (r) => reasons.push(r), {
    debounceMs: 20,
    pollMs: 30,
    ...options,
  });
  disposers.push(dispose);
  return { win, reasons, dispose };
}

function grow(win: Window, chars = 300) {
  const p = win.document.createElement('p');
  p.textContent = 'x'.repeat(chars);
  win.document.querySelector('main')!.appendChild(p);
}

afterEach(() => disposers.splice(0).forEach((d) => d()));

describe('watchArticle', () => {
  it('notices a pushState URL change by polling (content scripts cannot patch history)', async () => {
    const { win, reasons } = setup();
    win.history.pushState({}, '', '/news/two');
    await wait(80);
    expect(reasons).toContain('url-poll');
  });

  it('reports hash changes once', async () => {
    const { win, reasons } = setup();
    win.location.hash = '#section';
    await wait(80);
    expect(reasons.filter((r) => r === 'hashchange' || r === 'url-poll')).toHaveLength(1);
  });

  it('fires once, debounced, when the article grows, and ignores tiny mutations', async () => {
    const { win, reasons } = setup();
    grow(win, 10);
    await wait(60);
    expect(reasons).toEqual([]);
    grow(win);
    grow(win);
    await wait(60);
    expect(reasons).toEqual(['content-grew']);
  });

  it('stops reacting to mutations after its budget', async () => {
    const { win, reasons } = setup({ maxMutationFires: 2 });
    for (let i = 0; i < 5; i++) {
      grow(win);
      await wait(40);
    }
    expect(reasons.filter((r) => r === 'content-grew')).toHaveLength(2);
  });

  it('does nothing after dispose', async () => {
    const { win, reasons, dispose } = setup();
    dispose();
    grow(win);
    win.history.pushState({}, '', '/news/three');
    await wait(80);
    expect(reasons).toEqual([]);
  });
});
