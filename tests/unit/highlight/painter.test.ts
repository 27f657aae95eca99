import { describe, expect, it } from 'vitest';
import { groupSpans } from '../../../utils/highlight/groups';
import { createPainter } from '../../../utils/highlight/painter';
import type { Analysis } from '../../../utils/nlp/types';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  return {
    win: { CSS: { highlights }, Highlight: FakeHighlight } as unknown as Window,
    highlights,
  };
}

const range = (label: string) => ({ label }) as unknown as Range;

describe('createPainter', () => {
  it('registers one highlight per group with its priority and replaces its ranges on repaint', () => {
    const { win, highlights } = fakeWindow();
    const painter = createPainter(win);
    painter.paint('margin-person', [range('a'), range('b')], 20);
    painter.paint('margin-person', [range('c')], 20);
    expect(highlights.get('margin-person')?.size).toBe(1);
    expect(highlights.get('margin-person')?.priority).toBe(20);
  });

  it('removes everything it painted and nothing the page registered', () => {
    const { win, highlights } = fakeWindow();
    highlights.set('site-search-hit', new FakeHighlight());
    const painter = createPainter(win);
    painter.add('margin-note', range('n'));
    painter.paint('margin-cue', [range('c')]);
    painter.clearAll();
    expect([...highlights.keys()]).toEqual(['site-search-hit']);
  });

  it('leaves a group alone when the page has taken over its name', () => {
    const { win, highlights } = fakeWindow();
    const painter = createPainter(win);
    painter.add('margin-note', range('n'));
    const theirs = new FakeHighlight();
    highlights.set('margin-note', theirs);
    painter.clear('margin-note');
    expect(highlights.get('margin-note')).toBe(theirs);
  });

  it('does nothing, without throwing, where the Custom Highlight API is missing', () => {
    const painter = createPainter({} as Window);
    expect(painter.supported).toBe(false);
    painter.paint('margin-person', [range('a')]);
    painter.clearAll();
  });
});

describe('groupSpans', () => {
  it('puts mentions in their actor type group and claim parts in cue/content groups', () => {
    const analysis: Analysis = {
      actors: [
        {
          id: 'a1',
          name: 'Vladimir Putin',
          type: 'person',
          mentions: [
            { start: 0, end: 14, text: 'Vladimir Putin', form: 'name' },
            { start: 30, end: 32, text: 'he', form: 'pronoun' },
          ],
        },
        {
          id: 'a2',
          name: 'Russia',
          type: 'place',
          mentions: [{ start: 18, end: 24, text: 'Russia', form: 'name' }],
        },
      ],
      claims: [
        {
          id: 'c1',
          kind: 'statement',
          cue: { start: 33, end: 37, text: 'said' },
          source: { start: 30, end: 32, text: 'he', actor: 'a1' },
          content: { start: 38, end: 50, text: 'x' },
          quoted: 'none',
        },
        {
          id: 'c2',
          kind: 'other',
          cue: { start: 60, end: 60, text: '' },
          source: null,
          content: null,
          quoted: 'none',
        },
      ],
    };
    const groups = groupSpans(analysis);
    expect(groups.get('margin-person')).toEqual([
      { start: 0, end: 14 },
      { start: 30, end: 32 },
    ]);
    expect(groups.get('margin-place')).toEqual([{ start: 18, end: 24 }]);
    expect(groups.get('margin-cue')).toEqual([{ start: 33, end: 37 }]);
    expect(groups.get('margin-content')).toEqual([{ start: 38, end: 50 }]);
  });
});
