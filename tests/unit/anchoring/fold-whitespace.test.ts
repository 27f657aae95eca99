// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { foldOffset, foldWhitespace, unfoldSpan } from '../../../utils/anchoring/fold-whitespace';

suite('foldWhitespace', () => {
  it('collapses every kind of whitespace run to one space', () => {
    expect(foldWhitespace('a \n\n\t b\u00a0\u2003c').text).toBe('a b c');
    expect(foldWhitespace('   ').text).toBe(' ');
    expect(foldWhitespace('').text).toBe('');
  });

  it('drops soft hyphens, zero-width spaces and word joiners', () => {
    expect(foldWhitespace('in\u00adcred\u200bible\u2060').text).toBe('incredible');
  });

  it('maps every folded character back to what it stands for', () => {
    const source = 'a  b\n\nc\u00add';
    const folded = foldWhitespace(source);
    expect(folded.text).toBe('a b cd');
    expect(unfoldSpan(folded, 0, 3)).toEqual([0, 4]);
    expect(unfoldSpan(folded, 1, 2)).toEqual([1, 3]);
    expect(unfoldSpan(folded, 4, 6)).toEqual([6, 9]);
    expect(unfoldSpan(folded, 6, 6)).toEqual([9, 9]);
  });

  it('keeps only as much of an edge whitespace run as the quote itself had', () => {
    const folded = foldWhitespace('end.\n\n\nNext');
    expect(folded.text).toBe('end. Next');
    expect(unfoldSpan(folded, 0, 5)).toEqual([0, 7]);
    expect(unfoldSpan(folded, 0, 5, { lead: 0, trail: 1 })).toEqual([0, 5]);
    expect(unfoldSpan(folded, 4, 9, { lead: 2, trail: 0 })).toEqual([5, 11]);
  });

  it('maps original offsets into the folded text', () => {
    const folded = foldWhitespace('a  b\n\nc');
    expect(foldOffset(folded, 0)).toBe(0);
    expect(foldOffset(folded, 2)).toBe(1);
    expect(foldOffset(folded, 3)).toBe(2);
    expect(foldOffset(folded, 6)).toBe(4);
    expect(foldOffset(folded, 7)).toBe(5);
  });

  it('keeps astral characters whole', () => {
    const folded = foldWhitespace('😀  𝐏');
    expect(folded.text).toBe('😀 𝐏');
    expect(unfoldSpan(folded, 3, 5)).toEqual([4, 6]);
  });
});
