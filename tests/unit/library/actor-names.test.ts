import { describe, expect, it } from 'vitest';
import { ActorNames } from '../../../utils/library/actor-names';
import { actorAnnotation, annotation, claimAnnotation } from './sample';

describe('ActorNames', () => {
  it('merges spellings, ranks by claims then name, counted batch by batch', () => {
    const names = new ActorNames();
    names.add([actorAnnotation('a', 'Vladimir Putin'), claimAnnotation('a', 'Anna Kim', 'x')]);
    names.add([
      claimAnnotation('b', 'vladimir  putin', 'y'),
      claimAnnotation('b', 'Vladimir Putin', 'z'),
      actorAnnotation('b', 'Zed Quinn'),
      annotation('b', 'a note, no actor'),
    ]);
    expect(names.top(10)).toEqual(['Vladimir Putin', 'Anna Kim', 'Zed Quinn']);
    expect(names.top(1)).toEqual(['Vladimir Putin']);
  });
});
