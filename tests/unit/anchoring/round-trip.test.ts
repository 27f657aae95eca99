// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../utils/anchoring/anchor';
import { describe } from '../../../utils/anchoring/describe';
import { SEED_TEXT, seededRandom } from './seed';

// Random spans of any length and alignment, including empty ones and single characters.
function randomSpans(text: string, count: number, seed: number): Array<[number, number]> {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const start = Math.floor(rand() * text.length);
    const length = Math.floor(Math.exp(rand() * Math.log(600))) - 1;
    return [start, Math.min(text.length, start + length)] as [number, number];
  });
}

suite('anchor(describe(span)) round trip', () => {
  const spans = randomSpans(SEED_TEXT, 400, 42);

  it('finds every span again, at its position, in the unchanged text', () => {
    for (const [start, end] of spans) {
      const result = anchor(SEED_TEXT, describe(SEED_TEXT, start, end));
      expect({ start: result.start, end: result.end, status: result.status }).toEqual({
        start,
        end,
        status: 'exact',
      });
    }
  });

  it('finds every non-trivial span from its quote alone, by its context', () => {
    for (const [start, end] of spans) {
      const [quote] = describe(SEED_TEXT, start, end);
      const result = anchor(SEED_TEXT, [quote]);
      expect([result.start, result.end]).toEqual([start, end]);
      expect(result.status).toBe('exact');
    }
  });

  it('reports every span as moved, with the shifted offsets, after text is inserted before it', () => {
    const added = 'Editor’s note: this article was updated after publication.\n\n';
    const edited = added + SEED_TEXT;
    for (const [start, end] of spans) {
      const result = anchor(edited, describe(SEED_TEXT, start, end));
      expect([result.status, result.start, result.end]).toEqual([
        'moved',
        start + added.length,
        end + added.length,
      ]);
    }
  });

  it('keeps its offsets in UTF-16 code units around astral characters', () => {
    const text = SEED_TEXT.replace(/Kim/g, 'Kim 🇰🇵').replace(/Putin/g, '𝐏𝐮𝐭𝐢𝐧');
    for (const [start, end] of randomSpans(text, 200, 7)) {
      const selectors = describe(text, start, end);
      expect(anchor(text, selectors)).toMatchObject({ status: 'exact', start, end });
      const moved = anchor(`😀 ${text}`, selectors);
      expect([moved.status, moved.start, moved.end]).toEqual(['moved', start + 3, end + 3]);
    }
  });
});
