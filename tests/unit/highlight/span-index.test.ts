import { describe, expect, it } from 'vitest';
import { createSpanIndex, type IndexedSpan } from '../../../utils/highlight/span-index';

const span = (start: number, end: number, item: string): IndexedSpan<string> => ({
  start,
  end,
  item,
});

describe('createSpanIndex', () => {
  const index = createSpanIndex([
    span(0, 100, 'claim'),
    span(10, 15, 'actor'),
    span(20, 30, 'cue'),
    span(25, 27, 'inner'),
    span(200, 210, 'far'),
    span(50, 50, 'empty'),
  ]);

  it('finds every span covering an offset, innermost first', () => {
    expect(index.at(26).map((s) => s.item)).toEqual(['inner', 'cue', 'claim']);
    expect(index.at(12).map((s) => s.item)).toEqual(['actor', 'claim']);
  });

  it('treats ends as exclusive and starts as inclusive', () => {
    expect(index.at(15).map((s) => s.item)).toEqual(['claim']);
    expect(index.at(10).map((s) => s.item)).toEqual(['actor', 'claim']);
    expect(index.at(100)).toEqual([]);
    expect(index.at(209).map((s) => s.item)).toEqual(['far']);
  });

  it('drops empty spans and finds nothing in gaps', () => {
    expect(index.size).toBe(5);
    expect(index.at(150)).toEqual([]);
    expect(index.at(-1)).toEqual([]);
  });

  it('lists spans overlapping a range in text order', () => {
    expect(index.overlapping(14, 22).map((s) => s.item)).toEqual(['claim', 'actor', 'cue']);
    expect(index.overlapping(100, 200)).toEqual([]);
    expect(index.overlapping(5, 5)).toEqual([]);
  });

  it('agrees with a linear scan on random spans', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 400 }, (_, i) => {
      const start = rand(5000);
      return span(start, start + 1 + rand(300), `s${i}`);
    });
    const random = createSpanIndex(spans);
    for (let probe = 0; probe < 200; probe++) {
      const at = rand(5400);
      const expected = spans
        .filter((s) => s.start <= at && at < s.end)
        .map((s) => s.item)
        .sort();
      expect(
        random
          .at(at)
          .map((s) => s.item)
          .sort(),
      ).toEqual(expected);
    }
  });
});
