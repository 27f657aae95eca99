import { describe, expect, it } from 'vitest';
import { cardData } from '../../../entrypoints/reader.content/items';
import type { Reading } from '../../../entrypoints/reader.content/reader';
import type { Actor, Analysis } from '../../../utils/nlp/types';

const TEXT = 'The United States said little. Washington claims North Korea sent arms.';
const at = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};
const us: Actor = {
  id: 'a1',
  name: 'United States',
  type: 'place',
  mentions: [{ ...at('United States'), form: 'name' }],
};
const washington: Actor = {
  id: 'a2',
  name: 'Washington',
  type: 'place',
  refersTo: 'a1',
  mentions: [{ ...at('Washington'), form: 'name' }],
};
const analysis: Analysis = {
  actors: [us, washington],
  claims: [
    {
      id: 'c1',
      kind: 'allegation',
      cue: at('claims'),
      // The claim stage links a metonym's claim to the state it stands for.
      source: { ...at('Washington'), actor: 'a1' },
      content: at('North Korea sent arms'),
      quoted: 'none',
      hedged: true,
    },
  ],
};
const reading = { analysis, notes: [], records: [] } as unknown as Reading;

describe('the card of an actor', () => {
  it('says what a metonym stands for and lists the claims made through it', () => {
    const card = cardData(reading, { kind: 'actor', actor: washington });
    expect(card).toMatchObject({ kind: 'actor', name: 'Washington', standsFor: 'United States' });
    expect(card.kind === 'actor' && card.claims.map((c) => c.cue)).toEqual(['claims']);
  });

  it('names the metonyms that stand for a state, and keeps its own claims', () => {
    const card = cardData(reading, { kind: 'actor', actor: us });
    expect(card).toMatchObject({ standsFor: undefined, standIns: ['Washington'] });
    expect(card.kind === 'actor' && card.claims.map((c) => c.cue)).toEqual(['claims']);
  });

  it("does not list on a person's card a claim whose source only begins with their name", () => {
    const text = 'Mr. Putin’s spokesman said the talks went well.';
    const putin: Actor = {
      id: 'p1',
      name: 'Vladimir Putin',
      type: 'person',
      mentions: [{ start: 0, end: 9, text: 'Mr. Putin', form: 'name' }],
    };
    const spokesman = { start: 0, end: 21, text: text.slice(0, 21) };
    const other = {
      actors: [putin],
      claims: [
        {
          id: 'c9',
          kind: 'statement',
          cue: { start: 22, end: 26, text: 'said' },
          source: spokesman,
          quoted: 'none',
        },
      ],
    } as Analysis;
    const card = cardData({ ...reading, analysis: other }, { kind: 'actor', actor: putin });
    expect(card.kind === 'actor' && card.claims).toEqual([]);
  });
});

describe('the card of a claim', () => {
  it('carries whether the claim is negated or hedged', () => {
    const card = cardData(reading, { kind: 'claim', claim: analysis.claims[0]! });
    expect(card).toMatchObject({ kind: 'claim', claimKind: 'allegation', hedged: true });
    expect(card.kind === 'claim' && card.negated).toBeFalsy();
  });
});
