/** The performance guard and the editor check, on pages built in happy-dom. */
import { describe, expect, it } from 'vitest';
import { isInEditor, MAX_ELEMENTS, pageBudget } from '../../../utils/article/page-budget';
import type { TextMap } from '../../../utils/article/types';

function doc(body: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = body;
  return d;
}

const mapOf = (root: Element): TextMap => {
  const node = root.firstChild as Text;
  return {
    text: node.data,
    segments: [{ start: 0, end: node.data.length, node, nodeOffset: 0 }],
  } as unknown as TextMap;
};

describe('page budget', () => {
  it('lets an ordinary article through', () => {
    expect(pageBudget(doc('<article><p>Text.</p></article>'.repeat(200)))).toEqual({ ok: true });
  });

  it('skips a page with more elements than the budget, saying why', () => {
    expect(MAX_ELEMENTS).toBeLessThanOrEqual(30_000);
    const result = pageBudget(doc('<span>x</span>'.repeat(510)), 500);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/elements/);
  });

  it('skips a page with more text than the budget', () => {
    expect(pageBudget(doc(`<p>${'a'.repeat(3_100_000)}</p>`)).ok).toBe(false);
    expect(pageBudget(doc(`<p>${'a'.repeat(1_000)}</p>`), 500, 999).ok).toBe(false);
    // Text spread over many nodes counts in full; text at the budget passes.
    const spread = doc(
      `<p>${'a'.repeat(400)}<b>${'b'.repeat(400)}</b></p><p>${'c'.repeat(300)}</p>`,
    );
    expect(pageBudget(spread, 500, 1_099).ok).toBe(false);
    expect(pageBudget(spread, 500, 1_100)).toEqual({ ok: true });
  });

  it('finds article text inside an editor', () => {
    const d = doc('<div contenteditable="true"><p>Edited.</p></div><p>Read.</p>');
    const [edited, read] = [...d.querySelectorAll('p')];
    expect(isInEditor(mapOf(edited!))).toBe(true);
    expect(isInEditor(mapOf(read!))).toBe(false);
  });

  it('reads contenteditable as the browser does: empty is on, false inside an editor is off', () => {
    const d = doc(
      '<div contenteditable><p>On.</p><div contenteditable="false"><p>Off.</p></div></div>' +
        '<div contenteditable="plaintext-only"><p>Plain.</p></div>',
    );
    const [on, off, plain] = [...d.querySelectorAll('p')];
    expect(isInEditor(mapOf(on!))).toBe(true);
    expect(isInEditor(mapOf(off!))).toBe(false);
    expect(isInEditor(mapOf(plain!))).toBe(true);
  });
});
