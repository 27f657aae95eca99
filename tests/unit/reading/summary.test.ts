import { describe, expect, it } from 'vitest';
import { claimsBySpeaker, rankActors, sourceCounts } from '../../../utils/reading/summary';
import type { Analysis, Claim } from '../../../utils/nlp/types';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

const claim = (id: string, cue: string, source: Claim['source']): Claim => ({
  id,
  kind: 'statement',
  cue: span(100, cue),
  source,
  content: span(120, 'the pact was historic'),
  quoted: 'none',
});

const analysis: Analysis = {
  actors: [
    {
      id: 'a1',
      name: 'Vladimir Putin',
      type: 'person',
      mentions: [
        { ...span(0, 'Vladimir V. Putin'), form: 'name' },
        { ...span(30, 'Mr. Putin'), form: 'name' },
        { ...span(50, 'he'), form: 'pronoun' },
        { ...span(70, 'he'), form: 'pronoun' },
      ],
    },
    {
      id: 'a2',
      name: 'officials',
      type: 'person',
      mentions: [{ ...span(90, 'officials'), form: 'description' }],
    },
    {
      id: 'a3',
      name: 'Russia',
      type: 'place',
      mentions: [{ ...span(10, 'Russia'), form: 'name' }],
    },
  ],
  claims: [
    claim('c1', 'said', { ...span(50, 'he'), actor: 'a1' }),
    claim('c2', 'denied', { ...span(30, 'Mr. Putin'), actor: 'a1' }),
    claim('c3', 'said', { ...span(90, 'officials'), actor: 'a2' }),
    claim('c4', 'reportedly', null),
  ],
};

describe('reading summary', () => {
  it('ranks actors by mentions and lists the aliases seen, most frequent first', () => {
    const ranked = rankActors(analysis);
    expect(ranked.map((a) => a.name)).toEqual(['Vladimir Putin', 'officials', 'Russia']);
    expect(ranked[0]!.aliases).toEqual(['he', 'Vladimir V. Putin', 'Mr. Putin']);
    expect(ranked[0]!.mentions).toBe(4);
  });

  it('groups claims under the canonical speaker and keeps unnamed sources apart', () => {
    const speakers = claimsBySpeaker(analysis);
    expect(speakers[0]).toMatchObject({ name: 'Vladimir Putin', actorId: 'a1', anonymous: false });
    expect(speakers[0]!.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    const anonymous = speakers.filter((s) => s.anonymous).map((s) => s.name);
    expect(anonymous).toEqual(['officials', '']);
    expect(sourceCounts(speakers)).toEqual({ named: 2, anonymous: 2 });
  });

  it('lists a metonym with the actor it stands for, counting towards its rank', () => {
    const withMetonyms: Analysis = {
      actors: [
        ...analysis.actors,
        {
          id: 'a4',
          name: 'Kremlin',
          type: 'place',
          refersTo: 'a3',
          mentions: [
            { ...span(200, 'the Kremlin'), form: 'name' },
            { ...span(300, 'the Kremlin'), form: 'name' },
          ],
        },
        {
          id: 'a5',
          name: 'Moscow',
          type: 'place',
          refersTo: 'a3',
          mentions: [{ ...span(400, 'Moscow'), form: 'name' }],
        },
        // A metonym whose state is not among the actors stays on its own.
        {
          id: 'a6',
          name: 'Beijing',
          type: 'place',
          refersTo: 'a9',
          mentions: [{ ...span(500, 'Beijing'), form: 'name' }],
        },
      ],
      claims: [],
    };
    const ranked = rankActors(withMetonyms);
    // Russia's 1 mention and its stand-ins' 3 tie with Vladimir Putin's 4 (ties by name).
    expect(ranked.map((a) => a.name)).toEqual(['Russia', 'Vladimir Putin', 'Beijing', 'officials']);
    const russia = ranked[0]!;
    expect(russia.mentions).toBe(1);
    expect(russia.standIns).toEqual([
      { id: 'a4', name: 'Kremlin', mentions: 2 },
      { id: 'a5', name: 'Moscow', mentions: 1 },
    ]);
  });
});
