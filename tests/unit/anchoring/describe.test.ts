// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe } from '../../../utils/anchoring/describe';
import { SEED_TEXT, spanOf } from './seed';

suite('describe', () => {
  it('gives a W3C quote selector with 32 characters of verbatim context and a position', () => {
    const [start, end] = spanOf(SEED_TEXT, 'revived a Cold War-era mutual defense pledge');
    const [quote, position] = describe(SEED_TEXT, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'revived a Cold War-era mutual defense pledge',
      prefix: SEED_TEXT.slice(start - CONTEXT_LENGTH, start),
      suffix: SEED_TEXT.slice(end, end + CONTEXT_LENGTH),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('keeps whitespace and line breaks in the context as they are', () => {
    const text = 'First paragraph ends here.\n\n  Second paragraph starts.';
    const [start, end] = spanOf(text, 'Second');
    const [quote] = describe(text, start, end);
    expect(quote.prefix).toBe('First paragraph ends here.\n\n  ');
    expect(quote.suffix).toBe(' paragraph starts.');
  });

  it('shortens the context at the edges of the text', () => {
    const [quote] = describe('Short text.', 0, 5);
    expect(quote).toMatchObject({ exact: 'Short', prefix: '', suffix: ' text.' });
    const [whole] = describe('Short text.', 0, 11);
    expect(whole).toMatchObject({ exact: 'Short text.', prefix: '', suffix: '' });
  });

  it('never cuts a surrogate pair in half at the edge of the context', () => {
    const text = `${'x'.repeat(10)}😀${'a'.repeat(31)}QUOTE${'b'.repeat(31)}😀tail`;
    const [start, end] = spanOf(text, 'QUOTE');
    const [quote] = describe(text, start, end);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(lone.test(quote.prefix + quote.suffix)).toBe(false);
  });

  it('describes an empty span by its context alone', () => {
    const [quote, position] = describe('abc def', 3, 3);
    expect(quote).toMatchObject({ exact: '', prefix: 'abc', suffix: ' def' });
    expect(position).toMatchObject({ start: 3, end: 3 });
  });

  it('rejects spans outside the text', () => {
    expect(() => describe('abc', -1, 2)).toThrow(RangeError);
    expect(() => describe('abc', 2, 1)).toThrow(RangeError);
    expect(() => describe('abc', 0, 4)).toThrow(RangeError);
    expect(() => describe('abc', 0.5, 2)).toThrow(RangeError);
  });
});
