import { describe, expect, it } from 'vitest';
import { SearchIndex, type TextMatch } from '../../../utils/library/search-index';
import { queryLibrary } from '../../../utils/library/query';
import type { LibraryState } from '../../../utils/library/library-state';
import { actorAnnotation, annotation, article, claimAnnotation } from './sample';

const a1 = article('a', { title: 'Sanctions on Moscow tighten', lastReadAt: 2 });
const a2 = article('b', { title: 'Budget vote delayed', siteName: 'Other Times', lastReadAt: 1 });
const note = annotation(a1.id, 'the pledge was signed', { body: 'Check the treaty text' }, 5);
const putin = actorAnnotation(a1.id, 'Vladimir Putin', 1);
const claim = claimAnnotation(a2.id, 'Zélenskyy', 'the budget is fine', 3);
const state: LibraryState = {
  articles: [a1, a2],
  byArticle: new Map([
    [a1.id, [putin, note]],
    [a2.id, [claim]],
  ]),
  complete: true,
};

/** Ids of the matched annotations. */
function ids(found: TextMatch): string[] {
  return [...found.hits.values()].flat().map((a) => a.id);
}

function index(): SearchIndex {
  const idx = new SearchIndex();
  idx.addBatch([note]);
  idx.addBatch([putin, claim]);
  for (const a of state.articles) idx.setArticle(a);
  return idx;
}

describe('SearchIndex', () => {
  it('finds notes, quotes and actor names by any part of a word, ignoring case and accents', () => {
    const idx = index();
    expect(ids(idx.match('TREATY'))).toEqual([note.id]);
    expect(ids(idx.match('putin'))).toEqual([putin.id]);
    expect(ids(idx.match('zelensk'))).toEqual([claim.id]);
    expect(ids(idx.match('pledg sign'))).toEqual([note.id]);
    expect(idx.match('treaty budget').count).toBe(0);
  });

  it('lets a term match the article title', () => {
    const idx = index();
    const found = idx.match('moscow treaty');
    expect(ids(found)).toEqual([note.id]);
    expect(idx.match('moscow').articles.has(a1.id)).toBe(true);
    expect(idx.match('moscow').count).toBe(2);
  });

  it("counts the card sections of each article's matches, edited ones included", () => {
    const idx = index();
    expect(idx.match('moscow').sections.get(a1.id)).toEqual({ notes: 1, actors: 1, claims: 0 });
    expect(idx.match('budget').sections.get(a2.id)).toEqual({ notes: 0, actors: 0, claims: 1 });
    expect(idx.match('putin').sections.has(a2.id)).toBe(false);
    idx.set({ ...putin, body: 'an actor about grain' });
    expect(idx.match('grain').sections.get(a1.id)).toEqual({ notes: 0, actors: 1, claims: 0 });
    // The list's estimate gets them with the matches.
    expect(queryLibrary(state, idx, 'budget', {})[0]!.sections).toEqual({
      notes: 0,
      actors: 0,
      claims: 1,
    });
  });

  it('follows edits and deletions without a rebuild', () => {
    const idx = index();
    idx.set({ ...note, body: 'now about grain exports' });
    expect(idx.match('treaty').count).toBe(0);
    expect(ids(idx.match('grain'))).toEqual([note.id]);
    idx.remove(putin.id);
    expect(idx.match('putin').count).toBe(0);
  });
});

describe('SearchIndex order', () => {
  it('hands each article’s matches over in text order, edited ones in their place', () => {
    const late = annotation(a1.id, 'treaty at the end', {}, 90);
    const early = annotation(a1.id, 'treaty at the start', {}, 1);
    const idx = new SearchIndex([late, note, early]);
    expect(ids(idx.match('treaty'))).toEqual([early.id, note.id, late.id]);
    idx.set({ ...note, body: 'still about the treaty, edited' });
    expect(ids(idx.match('treaty'))).toEqual([early.id, note.id, late.id]);
    expect(idx.match('edited').hits.get(a1.id)![0]!.body).toContain('edited');
  });
});

describe('SearchIndex order across batches', () => {
  it('keeps text order when later batches add earlier quotes, sorted ahead or at query time', () => {
    const late = annotation(a1.id, 'treaty at the end', {}, 90);
    const early = annotation(a1.id, 'treaty at the start', {}, 1);
    const middle = annotation(a1.id, 'treaty in the middle', {}, 40);
    const idx = new SearchIndex([late]);
    idx.addBatch([note, early]);
    // The popup sorts each article once everything is read; a query must not need it.
    expect(ids(idx.match('treaty'))).toEqual([early.id, note.id, late.id]);
    idx.addBatch([middle]);
    idx.sortArticle(a1.id);
    idx.sortArticle(a1.id);
    expect(ids(idx.match('treaty'))).toEqual([early.id, note.id, middle.id, late.id]);
    expect(idx.match('zzz').hits.size).toBe(0);
  });
});

describe('SearchIndex while the library loads', () => {
  it('answers a repeated or longer prefix from what it found, and sees later batches', () => {
    const idx = new SearchIndex();
    idx.addBatch([note]);
    expect(ids(idx.match('tre'))).toEqual([note.id]);
    expect(ids(idx.match('tre'))).toEqual([note.id]);
    expect(ids(idx.match('t'))).toEqual([note.id]);
    const later = annotation(a2.id, 'a second treaty', {}, 9);
    idx.addBatch([later]);
    expect(new Set(ids(idx.match('tre')))).toEqual(new Set([note.id, later.id]));
    expect(new Set(idx.match('treaty').hits.keys())).toEqual(new Set([a1.id, a2.id]));
    expect(idx.match('trek').hits.size).toBe(0);
  });
});

describe('queryLibrary', () => {
  it('lists everything newest first without a query, the current article first', () => {
    expect(queryLibrary(state, index(), '', {}).map((e) => e.article.id)).toEqual([a1.id, a2.id]);
    expect(queryLibrary(state, index(), '', {}, a2.id).map((e) => e.article.id)).toEqual([
      a2.id,
      a1.id,
    ]);
  });

  it('combines text and filters', () => {
    const idx = index();
    expect(queryLibrary(state, idx, 'treaty', {})[0]!.annotations).toEqual([note]);
    expect(queryLibrary(state, idx, '', { kind: 'claim' }).map((e) => e.article.id)).toEqual([
      a2.id,
    ]);
    expect(queryLibrary(state, idx, '', { site: 'Other Times' })).toHaveLength(1);
    expect(queryLibrary(state, idx, '', { status: 'disputed' })).toHaveLength(0);
    const byActor = queryLibrary(state, idx, '', { actor: 'vladimir  PUTIN' });
    expect(byActor[0]!.annotations).toEqual([putin, note]);
    expect(queryLibrary(state, idx, '', { from: 1_800_000_000_000 })).toHaveLength(0);
  });

  it("a kind filter lists each article's items of that kind in text order, with counts", () => {
    const idx = index();
    const claim2 = claimAnnotation(a2.id, 'Lagarde', 'rates will hold', 1);
    const kinds: LibraryState = {
      ...state,
      byArticle: new Map([
        [a1.id, [putin, note]],
        [a2.id, [claim2, claim]],
      ]),
    };
    const claims = queryLibrary(kinds, idx, '', { kind: 'claim' });
    expect(claims.map((e) => [e.article.id, e.annotations])).toEqual([[a2.id, [claim2, claim]]]);
    expect(claims[0]!.sections).toEqual({ notes: 0, actors: 0, claims: 2 });
    const actors = queryLibrary(kinds, idx, '', { kind: 'actor' });
    expect(actors.map((e) => [e.article.id, e.annotations])).toEqual([[a1.id, [putin]]]);
    expect(actors[0]!.sections).toEqual({ notes: 0, actors: 1, claims: 0 });
    // With a site, only that site's; with another filter beside it, every item is checked.
    expect(queryLibrary(kinds, idx, '', { kind: 'claim', site: 'Other Times' })).toHaveLength(1);
    expect(queryLibrary(kinds, idx, '', { kind: 'claim', site: a1.url })).toHaveLength(0);
    expect(queryLibrary(kinds, idx, '', { kind: 'claim', status: 'disputed' })).toHaveLength(0);
    // A kind this build does not know, even one named like an Object method, is skipped.
    const odd = { ...claim, id: 'odd', kind: 'constructor' } as unknown as typeof claim;
    const withOdd: LibraryState = {
      ...kinds,
      byArticle: new Map(kinds.byArticle).set(a2.id, [odd, claim]),
    };
    expect(queryLibrary(withOdd, idx, '', { kind: 'claim' })[0]!.annotations).toEqual([claim]);
    // A changed list (a new array: the state is never changed in place) is split anew.
    const fewer: LibraryState = {
      ...kinds,
      byArticle: new Map(kinds.byArticle).set(a2.id, [claim]),
    };
    expect(queryLibrary(fewer, idx, '', { kind: 'claim' })[0]!.annotations).toEqual([claim]);
  });

  it('lists an article by its title with its items, and nothing for no match', () => {
    const idx = index();
    const found = queryLibrary(state, idx, 'delayed', {});
    expect(found.map((e) => [e.article.id, e.annotations])).toEqual([[a2.id, [claim]]]);
    expect(queryLibrary(state, idx, 'delayed', { kind: 'highlight' })).toEqual([]);
    // An article whose list is still loading shows what the index already found in it.
    const loading: LibraryState = { ...state, byArticle: new Map([[a1.id, [putin, note]]]) };
    expect(queryLibrary(loading, idx, 'delayed', {})).toEqual([
      { article: a2, annotations: [claim], sections: { notes: 0, actors: 0, claims: 1 } },
    ]);
    expect(queryLibrary(state, idx, 'zzz', {})).toEqual([]);
  });
});
