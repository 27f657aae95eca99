// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../utils/anchoring/anchor';
import { describe } from '../../../utils/anchoring/describe';
import type { Selector } from '../../../utils/anchoring/types';
import { SEED_TEXT, spanOf } from './seed';

const QUOTE = 'the dozens of ballistic missiles and over 11,000 shipping containers of munitions';

function replace(text: string, from: string, to: string): string {
  spanOf(text, from); // throws if the fixture lacks `from`, so an edit is never a silent no-op

  return text.replace(from, to);
}

function paragraphAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n\n', at) + 2;
  const end = text.indexOf('\n\n', at);
  return [start, end === -1 ? text.length : end + 2];
}

suite('anchor after the article was edited', () => {
  const [start, end] = spanOf(SEED_TEXT, QUOTE);
  const selectors = describe(SEED_TEXT, start, end);

  it('reports a changed word inside the quote as changed, with the span of the new wording', () => {
    const edited = replace(SEED_TEXT, 'dozens of ballistic', 'hundreds of ballistic');
    const result = anchor(edited, selectors);
    expect(result.status).toBe('changed');
    expect([result.start, result.end]).toEqual([start, end + 2]);
    expect(result.text).toBe(QUOTE.replace('dozens', 'hundreds'));
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.score).toBeLessThan(1);
  });

  it('catches a changed figure at the edge of the quote, and places the edge right', () => {
    const [s, e] = spanOf(SEED_TEXT, 'over 11,000 shipping containers');
    const edited = replace(SEED_TEXT, 'over 11,000 shipping', 'over 1,000 shipping');
    expect(anchor(edited, describe(SEED_TEXT, s, e))).toMatchObject({
      status: 'changed',
      start: s,
      end: e - 1,
      text: 'over 1,000 shipping containers',
    });
    const [s2, e2] = spanOf(SEED_TEXT, '11,000');
    expect(anchor(edited, describe(SEED_TEXT, s2, e2))).toMatchObject({
      status: 'changed',
      text: '1,000',
    });
  });

  it('measures a changed span in UTF-16 code units next to astral characters', () => {
    const text = SEED_TEXT.replace('Kim Jong-un,', 'Kim Jong-un 🇰🇵,').replace(/Putin/g, '𝐏𝐮𝐭𝐢𝐧');
    const [s, e] = spanOf(text, 'Kim Jong-un 🇰🇵, revived a Cold War-era');
    const edited = replace(text, '🇰🇵, revived a Cold', '🇰🇵, renewed a Cold');
    expect(anchor(`🗞️ ${edited}`, describe(text, s, e))).toMatchObject({
      status: 'changed',
      start: s + 4,
      end: e + 4,
      text: 'Kim Jong-un 🇰🇵, renewed a Cold War-era',
    });
  });

  it('catches a reworded short quote between its intact context', () => {
    const [s, e] = spanOf(SEED_TEXT, 'did not clarify');
    const edited = replace(SEED_TEXT, 'did not clarify', 'refused to say');
    expect(anchor(edited, describe(SEED_TEXT, s, e))).toMatchObject({
      status: 'changed',
      start: s,
      end: s + 'refused to say'.length,
      text: 'refused to say',
    });
  });

  it('finds the changed quote when text was also inserted before it', () => {
    const edited = `Update: a correction was appended.\n\n${replace(SEED_TEXT, 'over 11,000', 'about 11,000')}`;
    const result = anchor(edited, selectors);
    expect(result.status).toBe('changed');
    expect(result.text).toBe(QUOTE.replace('over 11,000', 'about 11,000'));
  });

  it('makes an orphan of a quote whose paragraph was removed', () => {
    const [from, to] = paragraphAround(SEED_TEXT, start);
    const edited = SEED_TEXT.slice(0, from) + SEED_TEXT.slice(to);
    const result = anchor(edited, selectors);
    expect(result.status).toBe('orphan');
    expect(result.start).toBeUndefined();
  });

  it('makes an orphan of a quote that was deleted while its context stayed', () => {
    const edited = SEED_TEXT.slice(0, start) + SEED_TEXT.slice(end);
    expect(anchor(edited, selectors).status).toBe('orphan');
    const [s, e] = spanOf(SEED_TEXT, 'immediate and full-fledged ');
    const shorter = SEED_TEXT.slice(0, s) + SEED_TEXT.slice(e);
    expect(anchor(shorter, describe(SEED_TEXT, s, e)).status).toBe('orphan');
  });

  it('does not anchor a short quote to an unrelated occurrence once its sentence is gone', () => {
    const [s, e] = spanOf(SEED_TEXT, 'Mr. Putin emphasized');
    const [from, to] = paragraphAround(SEED_TEXT, s);
    const edited = SEED_TEXT.slice(0, from) + SEED_TEXT.slice(to);
    expect(edited).toContain('Mr. Putin');
    const [w0, w1] = spanOf(SEED_TEXT, 'Putin', s);
    expect(anchor(edited, describe(SEED_TEXT, w0, w1)).status).toBe('orphan');
    expect(anchor(edited, describe(SEED_TEXT, s, e)).status).toBe('orphan');
  });

  it('trusts the saved position still holding the quote when both neighbours were rewritten', () => {
    const [s, e] = spanOf(SEED_TEXT, 'Mr. Kim');
    const scramble = (piece: string) => piece.replace(/[a-z]/g, (c) => (c === 'q' ? 'z' : 'q'));
    const edited =
      SEED_TEXT.slice(0, s - 32) +
      scramble(SEED_TEXT.slice(s - 32, s)) +
      SEED_TEXT.slice(s, e) +
      scramble(SEED_TEXT.slice(e, e + 32)) +
      SEED_TEXT.slice(e + 32);
    expect(anchor(edited, describe(SEED_TEXT, s, e))).toMatchObject({
      status: 'exact',
      start: s,
      end: e,
    });
    // Three letters at the same offset prove nothing: "Kim" occurs elsewhere too.
    expect(anchor(edited, describe(SEED_TEXT, s + 4, e)).status).toBe('orphan');
  });

  it('treats re-extracted whitespace as the same text, not as an edit', () => {
    const [s, e] = spanOf(SEED_TEXT, 'in Ukraine.\n\nIt also marks');
    const reextracted = SEED_TEXT.replace(/\n\n/g, '\n').replace(/, /g, ',  ');
    const result = anchor(reextracted, describe(SEED_TEXT, s, e));
    expect(result.status).toBe('moved');
    expect(result.text).toBe('in Ukraine.\nIt also marks');
    const inside = anchor(reextracted, selectors);
    expect(inside.status).toBe('moved');
    expect(inside.text).toBe(QUOTE.replace(/, /g, ',  '));
  });

  it('ignores soft hyphens and zero-width spaces the extractor kept or dropped', () => {
    const edited = replace(SEED_TEXT, 'ballistic missiles', 'bal\u00adlis\u00adtic\u200b missiles');
    const result = anchor(edited, selectors);
    expect(result.status).toBe('exact');
    expect(result.start).toBe(start);
    expect(result.text?.replace(/[\u00ad\u200b]/g, '')).toBe(QUOTE);
  });
});

suite('anchor with repeated quotes', () => {
  const text = [
    'The ministry said the talks would resume. Critics said the talks would fail.',
    'A spokesman said the talks would resume on Monday, after the holiday.',
    'Analysts doubted it. One said the talks would resume only under pressure.',
  ].join('\n\n');
  const occurrences = [...text.matchAll(/said the talks would resume/g)].map((m) => m.index);

  it('tells occurrences apart by their prefix and suffix', () => {
    expect(occurrences).toHaveLength(3);
    for (const at of occurrences) {
      const [quote] = describe(text, at, at + 'said the talks would resume'.length);
      const moved = anchor(`Breaking. ${text}`, [quote]);
      expect(moved.start).toBe(at + 'Breaking. '.length);
    }
  });

  it('prefers the occurrence whose context fits over the one at the saved position', () => {
    const target = occurrences[1] ?? -1;
    const [quote] = describe(text, target, target + 'said the talks would resume'.length);
    const decoy = occurrences[0] ?? -1;
    const stale: Selector[] = [
      quote,
      { type: 'TextPositionSelector', start: decoy, end: decoy + quote.exact.length },
    ];
    expect(anchor(text, stale)).toMatchObject({ status: 'moved', start: target });
  });

  it('picks the occurrence nearest the saved position when contexts tie', () => {
    const para = 'Repeated boilerplate paragraph with a quote in it.';
    const doc = [para, para, para, para].join('\n\n');
    const at = doc.indexOf('quote', 2 * (para.length + 2));
    const selectors = describe(doc, at, at + 5);
    const shifted = anchor(`X${doc}`, selectors);
    expect(shifted).toMatchObject({ status: 'moved', start: at + 1 });
  });
});
