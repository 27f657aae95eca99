import { describe, expect, it } from 'vitest';
import { importNotes } from '../../../utils/db/import-notes';
import { loadAllAnnotations, listAllArticles } from '../../../utils/db/library';
import type { AnnotationRecord } from '../../../utils/db/schema';
import { checkImport } from '../../../utils/exchange/import-check';
import { toWebAnnotationJson, type NoteWithArticle } from '../../../utils/exchange/web-annotation';
import { useFreshDb } from '../db/fresh-db';
import { actorAnnotation, annotation, article, claimAnnotation } from '../library/sample';

useFreshDb();

const a = article('x', { published: '2024-06-19T10:00:00Z', byline: 'A. Writer' });
const notes: NoteWithArticle[] = [
  {
    article: a,
    annotation: annotation(a.id, 'quoted “words”', { body: 'my note\nline 2', colour: 'green' }, 7),
  },
  {
    article: a,
    annotation: annotation(
      a.id,
      'he said so',
      {
        kind: 'claim',
        body: '',
        claim: {
          kind: 'denial',
          speaker: 'Mr. X',
          cue: 'denied',
          quoted: 'partial',
          status: 'disputed',
        },
        created: 1_700_000_000_123,
        modified: 1_700_000_100_456,
      },
      30,
    ),
  },
];

async function stored(): Promise<AnnotationRecord[]> {
  const out: AnnotationRecord[] = [];
  await loadAllAnnotations((batch) => out.push(...batch));
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

describe('W3C JSON export and import', () => {
  it('exports W3C annotations with both selectors and Margin fields under a namespaced key', () => {
    const file = JSON.parse(toWebAnnotationJson(notes));
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const [first] = file.first.items;
    expect(first).toMatchObject({
      id: `urn:uuid:${notes[0]!.annotation.id}`,
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'my note\nline 2' },
      target: {
        source: a.id,
        selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector', start: 7 }],
      },
      'margin:record': { kind: 'highlight', colour: 'green', article: { title: a.title } },
    });
  });

  it('round-trips every note exactly, and re-importing adds nothing', async () => {
    const checked = checkImport(toWebAnnotationJson(notes));
    if (!checked.ok) throw new Error(checked.error);
    expect(await importNotes(checked.notes)).toEqual({ added: 2, skipped: 0 });
    expect(await stored()).toEqual(
      notes.map((n) => n.annotation).sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(await listAllArticles()).toEqual([a]);
    expect(await importNotes(checked.notes)).toEqual({ added: 0, skipped: 2 });
    expect(await stored()).toHaveLength(2);
  });

  it('rejects malformed and hostile files with a reason, writing nothing', async () => {
    const good = JSON.parse(toWebAnnotationJson(notes));
    const variants: Array<[string, string]> = [
      ['not json', 'not valid JSON'],
      ['[]', 'must be an object'],
      [JSON.stringify({ ...good, '@context': 'x' }), 'not a Margin export'],
      [JSON.stringify(withItem(good, { target: { source: 'javascript:alert(1)' } })), 'target'],
      [JSON.stringify(withItem(good, { id: 'urn:uuid:../../etc' })), 'urn:uuid'],
      [JSON.stringify(withItem(good, { created: 'yesterday' })), 'created'],
      [JSON.stringify(withMargin(good, { kind: 'script' })), 'kind'],
      [JSON.stringify(withMargin(good, { articleId: 'other' })), 'articleId'],
      [JSON.stringify(withItem(good, { body: { value: 'x'.repeat(100_001) } })), 'longer than'],
      [
        JSON.stringify({ ...good, first: { items: [good.first.items[0], good.first.items[0]] } }),
        'twice',
      ],
    ];
    for (const [text, reason] of variants) {
      const checked = checkImport(text);
      expect(checked.ok, text.slice(0, 80)).toBe(false);
      if (!checked.ok) expect(checked.error).toContain(reason);
    }
    expect(await stored()).toEqual([]);
  });

  it('keeps what a metonym stands for, and rejects one that is not a name', async () => {
    const kremlin = actorAnnotation(a.id, 'Kremlin', 40);
    kremlin.actor = { ...kremlin.actor!, type: 'place', standsFor: 'Russia' };
    const file = toWebAnnotationJson([{ article: a, annotation: kremlin }]);
    const checked = checkImport(file);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.notes[0]!.annotation.actor).toEqual(kremlin.actor);
    const bad = checkImport(
      JSON.stringify(withMargin(JSON.parse(file), { actor: { ...kremlin.actor, standsFor: 42 } })),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('actor.standsFor');
  });

  it('keeps whether a claim is negated or hedged, and rejects anything but true there', () => {
    const unsaid = claimAnnotation(a.id, 'Mr. Z', 'whether it holds', 50);
    unsaid.claim = { ...unsaid.claim!, negated: true, hedged: true };
    const file = toWebAnnotationJson([{ article: a, annotation: unsaid }]);
    const checked = checkImport(file);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.notes[0]!.annotation.claim).toEqual(unsaid.claim);
    const claim = { ...unsaid.claim, negated: 'yes' };
    const bad = checkImport(JSON.stringify(withMargin(JSON.parse(file), { claim })));
    expect(!bad.ok && bad.error).toContain('claim.negated');
  });

  it('drops fields it does not know', () => {
    const good = JSON.parse(toWebAnnotationJson(notes));
    const checked = checkImport(JSON.stringify(withMargin(good, { extra: '<script>' })));
    expect(checked.ok && 'extra' in checked.notes[0]!.annotation).toBe(false);
  });
});

function withItem(file: { first: { items: object[] } }, patch: object) {
  const [first, ...rest] = file.first.items;
  return { ...file, first: { ...file.first, items: [{ ...first, ...patch }, ...rest] } };
}

function withMargin(file: { first: { items: Array<Record<string, object>> } }, patch: object) {
  const [first, ...rest] = file.first.items;
  const item = { ...first, 'margin:record': { ...first!['margin:record'], ...patch } };
  return { ...file, first: { ...file.first, items: [item, ...rest] } };
}
