/**
 * Each article's annotations split by kind, remembered per list. Filtering by kind read the
 * kind of every record, 60,000 of them scattered over the heap (about 20 ms a pass in the
 * popup at load 6, a simple loop), on every switch; the popup splits each list once while it
 * loads, and a kind filter then takes ready lists, whose section counts are known too (the
 * virtual list's height estimate reads those instead of the records). Lists in the library
 * state are replaced, never changed in place, so a list's split stays true while it lives.
 */
import type { AnnotationKind, AnnotationRecord } from '../db/schema';
import { sectionOf, type SectionCounts } from '../db/summaries';

/** The annotations of one kind in an article, in list order, and their card sections. */
export interface KindList {
  items: AnnotationRecord[];
  sections: SectionCounts;
}

type Split = Record<AnnotationKind, KindList>;

const splits = new WeakMap<readonly AnnotationRecord[], Split>();

/** `list`'s annotations of `kind` (split once per list, then remembered). */
export function ofKind(list: readonly AnnotationRecord[], kind: AnnotationKind): KindList {
  return splitByKind(list)[kind];
}

/** Splits `list` by kind, if it was not yet: done ahead, while loading, for the first filter. */
export function splitByKind(list: readonly AnnotationRecord[]): Split {
  const known = splits.get(list);
  if (known) return known;
  const empty = (): KindList => ({ items: [], sections: { notes: 0, actors: 0, claims: 0 } });
  const split: Split = { highlight: empty(), actor: empty(), claim: empty() };
  for (const a of list) {
    // A record of a kind this build does not know is listed by no kind filter ("constructor"
    // included: the split is a plain object).
    if (!Object.hasOwn(split, a.kind)) continue;
    const part = split[a.kind];
    part.items.push(a);
    const section = sectionOf(a);
    if (section) part.sections[section]++;
  }
  splits.set(list, split);
  return split;
}
