import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/nlp';
import type { Actor, Analysis, Claim } from '../../../utils/nlp/types';

// The seed article's body: the fixture page text from the first body sentence to the last.
const page = readFileSync(resolve(__dirname, '../../fixtures/seed-article.txt'), 'utf8');
const body = page.slice(
  page.indexOf('President Vladimir V. Putin'),
  page.indexOf('capable of reaching the United States.') +
    'capable of reaching the United States.'.length,
);

// The claims a careful annotator marks (seed-article.expected.json): speaker, cue, content, kind.
const EXPECTED = [
  {
    speaker: 'Putin',
    cue: 'indicated',
    content: 'does not exclude the development',
    kind: 'statement',
  },
  {
    speaker: 'United States',
    cue: 'claims',
    content: 'North Korea has provided',
    kind: 'allegation',
  },
  {
    speaker: 'Putin',
    cue: 'emphasized',
    content: 'the importance of the new agreement',
    kind: 'statement',
  },
  { speaker: 'Putin', cue: 'calling', content: 'truly breakthrough document', kind: 'statement' },
  { speaker: 'Putin', cue: 'rejected', content: 'North Korea is to blame', kind: 'denial' },
  {
    speaker: 'Putin',
    cue: 'Denouncing',
    content: 'expanding military infrastructure',
    kind: 'accusation',
  },
] as const;

function contentText(c: Claim): string {
  return (c.contentParts ?? (c.content ? [c.content] : [])).map((p) => p.text).join(' … ');
}

function speaker(a: Analysis, c: Claim): Actor | undefined {
  return a.actors.find((x) => x.id === c.source?.actor);
}

describe('claims on the seed article', () => {
  const result = analyze(body);

  it.each(EXPECTED)('finds "$cue" with its speaker, content and kind', (want) => {
    const claim = result.claims.find((c) => c.cue.text.includes(want.cue));
    expect(claim, `no claim with cue "${want.cue}"`).toBeDefined();
    expect(contentText(claim!)).toContain(want.content);
    expect(claim!.kind).toBe(want.kind);
    const actor = speaker(result, claim!);
    expect(actor?.name ?? '', `source "${claim!.source?.text}"`).toContain(want.speaker);
  });

  it('marks the partial quotations as partial', () => {
    for (const cue of ['indicated', 'calling']) {
      expect(result.claims.find((c) => c.cue.text.includes(cue))?.quoted).toBe('partial');
    }
  });

  it('gives every span offsets that match its text', () => {
    for (const c of result.claims) {
      for (const s of [c.cue, c.source, c.content, ...(c.contentParts ?? [])]) {
        if (s) expect(body.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});
