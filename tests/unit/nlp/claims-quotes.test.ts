import { describe, expect, it } from 'vitest';
import { mapQuotes } from '../../../utils/nlp/claims/quotes';
import { tokenize } from '../../../utils/nlp/tokenize';

/** The quoted words of a text, one string per quotation. */
function quoted(text: string): string[] {
  const tokens = tokenize(text);
  const { id, mark } = mapQuotes(text, tokens);
  const out = new Map<number, string[]>();
  tokens.forEach((t, i) => {
    if (id[i]! > 0 && !mark[i]) out.set(id[i]!, [...(out.get(id[i]!) ?? []), t.text]);
  });
  return [...out.values()].map((w) => w.join(' '));
}

describe('mapQuotes', () => {
  it('finds curly, straight, guillemet and doubled-apostrophe quotations', () => {
    expect(quoted('He said “yes now” and "no later".')).toEqual(['yes now', 'no later']);
    expect(quoted('Elle a dit «non merci» hier.')).toEqual(['non merci']);
    expect(quoted("He said ''we won'' loudly.")).toEqual(['we won']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted("The players' union won't sign the owners' offer.")).toEqual([]);
  });

  it('ends an unclosed quotation at the paragraph break', () => {
    const text = 'She said “this never closes\n\nA new paragraph stays unquoted.';
    expect(quoted(text)).toEqual(['this never closes']);
  });

  it('reopens a quotation continued in the next paragraph', () => {
    const text = '“First part of the speech.\n\n“Second part,” he said.';
    expect(quoted(text)).toEqual(['First part of the speech .', 'Second part ,']);
  });

  it('ignores closing marks with no opener', () => {
    expect(quoted('Nobody” said” anything”.')).toEqual([]);
  });
});
