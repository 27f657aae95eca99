// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../utils/highlight/painter';
import { MARK_TAG } from '../../../utils/highlight/wrap-painter';

function page() {
  document.body.innerHTML = '<p id="p">Mr. Putin <b>said</b> the pact was historic.</p>';
  const p = document.getElementById('p')!;
  const range = (node: Node, start: number, endNode: Node, end: number) => {
    const r = document.createRange();
    r.setStart(node, start);
    r.setEnd(endNode, end);
    return r;
  };
  return { p, range };
}

describe('the element-wrapping fallback', () => {
  const noApi = { document } as unknown as Window;

  it('is used only where the Custom Highlight API is missing and asked for', () => {
    expect(createPainter(noApi).supported).toBe(false);
    expect(createPainter(noApi, { fallback: true }).supported).toBe(true);
  });

  it('wraps every range of one paint, across elements, and unwraps to the original DOM', () => {
    const { p, range } = page();
    const before = p.innerHTML;
    const text = p.firstChild!;
    const bold = p.querySelector('b')!.firstChild!;
    const tail = p.lastChild!;
    const painter = createPainter(noApi, { fallback: true });
    painter.paint('margin-person', [range(text, 4, text, 9)]);
    painter.paint('margin-content', [range(bold, 0, tail, 9), range(tail, 10, tail, 13)]);
    const marks = [...p.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => `${m.getAttribute('data-group')}:${m.textContent}`)).toEqual([
      'margin-person:Putin',
      'margin-content:said',
      'margin-content: the pact',
      'margin-content:was',
    ]);
    expect(p.textContent).toBe('Mr. Putin said the pact was historic.');
    painter.clearAll();
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes.length).toBe(3);
  });
});
