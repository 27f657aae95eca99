// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../utils/anchoring/anchor';
import { describe } from '../../../utils/anchoring/describe';
import type { Selector, TextQuoteSelector } from '../../../utils/anchoring/types';
import { SEED_TEXT, spanOf } from './seed';

suite('anchor with an empty quote (a point between two characters)', () => {
  const [, at] = spanOf(SEED_TEXT, 'Kim Jong-un,');
  const selectors = describe(SEED_TEXT, at, at);

  it('finds the point where it was', () => {
    expect(anchor(SEED_TEXT, selectors)).toMatchObject({
      status: 'exact',
      start: at,
      end: at,
      text: '',
    });
  });

  it('follows the point when text is inserted before it', () => {
    expect(anchor(`Lead. ${SEED_TEXT}`, selectors)).toMatchObject({
      status: 'moved',
      start: at + 6,
      end: at + 6,
    });
  });

  it('puts the point between prefix and suffix when a character nearby changed', () => {
    const edited = SEED_TEXT.replace('Kim Jong-un, revived', 'Kim Jong-un, renewed');
    expect(anchor(edited, selectors)).toMatchObject({ status: 'changed', start: at, end: at });
  });

  it('makes an orphan of a point whose surroundings are gone', () => {
    const [s, e] = spanOf(
      SEED_TEXT,
      'President Vladimir V. Putin of Russia and North Korea’s leader',
    );
    const edited = SEED_TEXT.slice(0, s) + SEED_TEXT.slice(e + 60);
    expect(anchor(edited, selectors).status).toBe('orphan');
  });
});

suite('anchor with partial or odd selectors', () => {
  const [start, end] = spanOf(SEED_TEXT, 'mutual defense pledge');
  const [quote, position] = describe(SEED_TEXT, start, end);

  it('trusts a bare position while it fits the text', () => {
    expect(anchor(SEED_TEXT, [position])).toMatchObject({ status: 'exact', start, end });
    expect(anchor('short', [position]).status).toBe('orphan');
  });

  it('makes an orphan of no selectors at all', () => {
    expect(anchor(SEED_TEXT, [])).toEqual({ status: 'orphan' });
  });

  it('falls back to the quote when the saved position is out of range or malformed', () => {
    const broken: Selector[] = [
      quote,
      { type: 'TextPositionSelector', start: SEED_TEXT.length + 5, end: SEED_TEXT.length + 9 },
    ];
    expect(anchor(SEED_TEXT, broken)).toMatchObject({ status: 'moved', start, end });
    const backwards: Selector[] = [quote, { type: 'TextPositionSelector', start: end, end: start }];
    expect(anchor(SEED_TEXT, backwards)).toMatchObject({ start, end });
  });

  it('ignores selector types it does not know', () => {
    const foreign = [{ type: 'CssSelector', value: 'p' } as unknown as Selector, quote];
    expect(anchor(SEED_TEXT, foreign)).toMatchObject({ status: 'exact', start, end });
  });

  it('anchors in an empty text only what has nothing to find', () => {
    expect(anchor('', [quote]).status).toBe('orphan');
    const nothing: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: '',
      prefix: '',
      suffix: '',
    };
    expect(anchor('', [nothing, { type: 'TextPositionSelector', start: 0, end: 0 }])).toMatchObject(
      {
        status: 'exact',
        start: 0,
      },
    );
  });
});
