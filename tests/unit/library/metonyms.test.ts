import { describe, expect, it } from 'vitest';
import { ActorNames } from '../../../utils/library/actor-names';
import { collectActors } from '../../../utils/library/actors';
import type { LibraryState } from '../../../utils/library/library-state';
import { queryLibrary } from '../../../utils/library/query';
import { actorAnnotation, article, claimAnnotation } from './sample';

// "the Kremlin" read as the Russian government in one article, Russia named in another.
const one = article('one', { lastReadAt: 2 });
const two = article('two', { lastReadAt: 1 });
const kremlin = actorAnnotation(one.id, 'Kremlin', 10);
kremlin.actor = { ...kremlin.actor!, type: 'place', standsFor: 'Russia' };
const russiaSays = claimAnnotation(one.id, 'Russia', 'the pact is defensive', 20);
const russia = actorAnnotation(two.id, 'Russia', 5);
const state: LibraryState = {
  articles: [one, two],
  byArticle: new Map([
    [one.id, [kremlin, russiaSays]],
    [two.id, [russia]],
  ]),
  complete: true,
};

describe('a metonym across the library', () => {
  it('counts for what it stands for in the actors view', () => {
    const actors = collectActors(state);
    expect(actors.map((a) => [a.name, a.articleCount, a.claims.length])).toEqual([
      ['Russia', 2, 1],
    ]);
  });

  it('is found by the actor filter for what it stands for, and suggested as that', () => {
    const found = queryLibrary(state, null, '', { actor: 'Russia' });
    expect(found.map((e) => e.annotations?.map((a) => a.id))).toEqual([
      [kremlin.id, russiaSays.id],
      [russia.id],
    ]);
    const names = new ActorNames();
    names.add([kremlin, russiaSays, russia]);
    expect(names.top(5)).toEqual(['Russia']);
  });
});
