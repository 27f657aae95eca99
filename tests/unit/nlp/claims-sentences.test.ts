import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { tokenize } from '../../../utils/nlp/tokenize';
import { splitSentences } from '../../../utils/nlp/sentences';
import type { Actor, Claim } from '../../../utils/nlp/types';

function claimsOf(text: string, actors: Actor[] = []): Claim[] {
  const tokens = tokenize(text);
  return findClaims(text, tokens, splitSentences(text, tokens), actors);
}

const contentOf = (c: Claim) =>
  (c.contentParts ?? (c.content ? [c.content] : [])).map((p) => p.text).join(' | ');

// Must find: sentence, cue, source, a piece of the content, kind.
const MUST_FIND = [
  [
    '“We will not back down,” Senator Smith said on Tuesday.',
    'said',
    'Smith',
    'We will not back down',
    'statement',
  ],
  [
    'Officials said the talks had stalled.',
    'said',
    'Officials',
    'the talks had stalled',
    'statement',
  ],
  [
    'Smith denied that he had met the lobbyist.',
    'denied',
    'Smith',
    'he had met the lobbyist',
    'denial',
  ],
  [
    'Clinton accused Trump of lying about his taxes.',
    'accused',
    'Clinton',
    'lying about his taxes',
    'accusation',
  ],
  [
    'Many voters believe the economy is improving.',
    'believe',
    'voters',
    'the economy is improving',
    'belief',
  ],
  ['Trump said: “The system is rigged.”', 'said', 'Trump', 'The system is rigged', 'statement'],
] as const;

// Must not flag: no attribution at all.
const MUST_NOT_FLAG = [
  'The senator walked to the podium and waved.',
  'The bridge reopened to traffic on Sunday after repairs.',
  'Photos: Election night in New York',
];

describe('claims in single sentences', () => {
  it.each(MUST_FIND)('%s', (text, cue, source, content, kind) => {
    const claim = claimsOf(text).find((c) => c.cue.text.includes(cue));
    expect(claim, `cue "${cue}"`).toBeDefined();
    expect(claim!.source?.text ?? '').toContain(source);
    expect(contentOf(claim!)).toContain(content);
    expect(claim!.kind).toBe(kind);
  });

  it.each(MUST_NOT_FLAG)('flags nothing in: %s', (text) => {
    expect(claimsOf(text).map((c) => c.cue.text)).toEqual([]);
  });

  it('keeps a quotation continued after the cue in one claim', () => {
    const claims = claimsOf('“It is over,” she said. “We lost, and we will rebuild.”');
    expect(claims).toHaveLength(1);
    expect(contentOf(claims[0]!)).toContain('We lost, and we will rebuild');
    expect(claims[0]!.quoted).toBe('full');
  });

  it('marks anonymous sources and negated cues', () => {
    const [claim] = claimsOf(
      'A person familiar with the negotiations did not say whether the deal was close.',
    );
    expect(claim?.source?.anonymous).toBe(true);
    expect(claim?.negated).toBe(true);
  });

  it('reads a transcript speaker label as the cue, only for a person opening the sentence', () => {
    const person = (name: string, start: number): Actor => ({
      id: name,
      name,
      type: 'person',
      mentions: [{ start, end: start + name.length, text: name, form: 'name' }],
    });
    const text = 'Matthews: Well, speculation is bad.';
    const [claim] = claimsOf(text, [person('Matthews', 0)]);
    expect(claim?.cue.text).toBe(':');
    expect(claim?.source?.text).toBe('Matthews');
    expect(claim?.content?.text).toContain('speculation is bad');
    const headline = 'The race: Trump and Carson lead.';
    expect(claimsOf(headline).filter((c) => c.cue.text === ':')).toEqual([]);
  });

  it('links a source through a metonym to the actor it stands for', () => {
    const text = 'Washington claims the shipments continued.';
    const actors: Actor[] = [
      { id: 'us', name: 'United States', type: 'place', mentions: [] },
      {
        id: 'dc',
        name: 'Washington',
        type: 'place',
        refersTo: 'us',
        mentions: [{ start: 0, end: 10, text: 'Washington', form: 'name' }],
      },
    ];
    const claim = claimsOf(text, actors).find((c) => c.cue.text === 'claims');
    expect(claim?.source?.actor).toBe('us');
    expect(claim?.kind).toBe('allegation');
  });
});

describe('a claim whose content comes in pieces', () => {
  it('keeps every piece and gives the longest as `content`, wherever it falls', () => {
    const long =
      'The talks are over and the ceasefire has failed completely, whatever the envoys say';
    for (const text of [
      `“We will not leave,” she said. “${long}.”`,
      `“${long},” she said. “We will not leave.”`,
    ]) {
      const [claim] = claimsOf(text);
      expect(claim?.contentParts?.length).toBe(2);
      expect(claim?.content?.text).toContain(long);
    }
  });
});
