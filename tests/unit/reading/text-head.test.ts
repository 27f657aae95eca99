import { describe, expect, it } from 'vitest';
import { textHead } from '../../../utils/reading/text-head';

const para = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('textHead', () => {
  it('leaves a short text whole', () => {
    expect(textHead(`${para(10)}\n\n${para(10)}`, 100)).toBeNull();
  });

  it('cuts a long text at the first paragraph break past the minimum', () => {
    const paragraphs = Array.from({ length: 20 }, (_, i) => para(10, `w${i}`));
    const text = paragraphs.join('\n\n');
    const head = textHead(text, 100)!;
    expect(head).toBeGreaterThanOrEqual(100);
    expect(text.slice(head, head + 2)).toBe('\n\n');
    // No break between the minimum and the cut.
    expect(text.slice(100, head)).not.toContain('\n\n');
    expect(
      text.slice(0, head).endsWith(paragraphs[text.slice(0, head).split('\n\n').length - 1]!),
    ).toBe(true);
  });

  it('splits a text of twice the minimum when a break falls in its first half', () => {
    const text = `${para(22)}\n\n${para(22)}\n\n${para(22)}\n\n${para(22)}`;
    expect(text.length).toBeLessThan(3 * 200);
    expect(textHead(text, 100)).toBe(text.indexOf('\n\n', 100));
    expect(textHead(text.slice(0, 199), 100)).toBeNull();
  });

  it('does not split a text whose only break past the minimum lies in its second half', () => {
    const text = `${para(100)}\n\n${para(10)}`;
    expect(textHead(text, 100)).toBeNull();
  });
});
