import { describe, expect, it } from 'vitest';
import { csvCell, notesCsv } from '../../../utils/exchange/csv';
import { articleMarkdown, escapeMarkdown } from '../../../utils/exchange/markdown';
import { citation, linkToQuote } from '../../../utils/library/citation';
import { annotation, article, claimAnnotation } from '../library/sample';

const a = article('x', { title: 'Deal [signed](javascript:x)', published: '2024-06-19T10:00:00Z' });

describe('CSV', () => {
  it('defuses formula cells and quotes separators', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(cell).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes one row per note after the header', () => {
    const notes = [1, 2].map((i) => ({
      article: a,
      annotation: annotation(a.id, `q${i}`, { body: `=n${i}` }),
    }));
    const rows = notesCsv(notes).trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain("'=n1");
  });
});

describe('Markdown', () => {
  it('escapes page text and lists notes then claims', () => {
    expect(escapeMarkdown('[x](y) <b>')).toBe('\\[x\\]\\(y\\) \\<b\\>');
    const md = articleMarkdown({
      article: a,
      annotations: [
        annotation(a.id, 'the quote', { body: 'my note' }),
        claimAnnotation(a.id, 'Ms. Y', 'it is fine'),
      ],
    });
    expect(md).toContain('## Deal \\[signed\\]\\(javascript:x\\)');
    expect(md).toContain('> the quote');
    expect(md).toContain('my note');
    expect(md).toContain('Ms\\. Y said it is fine (unverified)');
  });

  it('marks a claim the speaker did not make, or made with a hedge', () => {
    const unsaid = claimAnnotation(a.id, 'Mr. Z', 'whether it holds');
    unsaid.claim = { ...unsaid.claim!, cue: 'declined to say', negated: true, hedged: true };
    const md = articleMarkdown({ article: a, annotations: [unsaid] });
    expect(md).toContain('Mr\\. Z declined to say whether it holds (unverified, not said, hedged)');
  });
});

describe('citation and link', () => {
  it('formats "quote" - Site, Headline, date, URL', () => {
    expect(citation(annotation(a.id, '  a  quote '), a)).toBe(
      `"a quote" - The Daily Ledger, ${a.title}, 2024-06-19, ${a.url}`,
    );
  });

  it('links to the quote with a text fragment', () => {
    expect(linkToQuote('https://x.org/a#top', 'well-known fact')).toBe(
      'https://x.org/a#:~:text=well%2Dknown%20fact',
    );
    expect(linkToQuote('https://x.org/a', 'one two three four five six seven eight nine')).toBe(
      'https://x.org/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine',
    );
  });
});
