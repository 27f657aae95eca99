/** What an article card shows, shared by the card and the keyboard navigation. */
import type { AnnotationRecord } from '../utils/db/schema';
import {
  byMentions,
  PREVIEW_ACTORS,
  PREVIEW_CLAIMS,
  PREVIEW_NOTES,
  sectionOf,
  type SectionCounts,
} from '../utils/db/summaries';

/** Claims a collapsed card shows before "show all" (what a stored summary keeps). */
export const COLLAPSED_CLAIMS = PREVIEW_CLAIMS;
/**
 * Notes a collapsed card shows before "show all": a note row (quote, colour select, four
 * buttons) is the costliest thing the list renders, and a card taller than the popup made
 * the virtual list render and lay out rows far below the fold.
 */
export const COLLAPSED_NOTES = PREVIEW_NOTES;
/** Actor chips a card shows before "+N more". */
export const SHOWN_ACTORS = PREVIEW_ACTORS;

/** A card's sections. */
export interface CardItems {
  /** The reader's own: highlights, notes, edited claims (the shown ones). */
  notes: AnnotationRecord[];
  allNotes: number;
  actors: AnnotationRecord[];
  hiddenActors: number;
  claims: AnnotationRecord[];
  allClaims: number;
}

/**
 * Splits an article's annotations into the card's sections. `counts` gives the real totals
 * when `annotations` is only a summary's preview (the items a collapsed card shows).
 */
export function cardItems(
  annotations: AnnotationRecord[],
  expanded: boolean,
  counts?: SectionCounts,
): CardItems {
  const sections = { notes: [], actors: [], claims: [] } as Record<
    keyof SectionCounts,
    AnnotationRecord[]
  >;
  for (const a of annotations) {
    const section = sectionOf(a);
    if (section) sections[section].push(a);
  }
  const { notes, actors, claims } = sections;
  actors.sort(byMentions);
  return {
    notes: expanded ? notes : notes.slice(0, COLLAPSED_NOTES),
    allNotes: counts?.notes ?? notes.length,
    actors: actors.slice(0, SHOWN_ACTORS),
    hiddenActors: Math.max(0, (counts?.actors ?? actors.length) - SHOWN_ACTORS),
    claims: expanded ? claims : claims.slice(0, COLLAPSED_CLAIMS),
    allClaims: counts?.claims ?? claims.length,
  };
}

/** Keys of a card's focusable rows, top to bottom: the article, its notes, its shown claims. */
export function navKeys(articleId: string, items: CardItems): string[] {
  return [
    `article:${articleId}`,
    ...items.notes.map((a) => `item:${a.id}`),
    ...items.claims.map((a) => `item:${a.id}`),
  ];
}

const estimates = new WeakMap<AnnotationRecord[], number>();

/**
 * Rough height of a card before it is measured, for the virtual list. It runs for every
 * listed article whenever the list changes, so it is one allocation-free pass, remembered
 * per annotation list (unchanged lists are the same arrays), that stops counting once more
 * items could not change the height. The memory is what keeps the unfiltered list cheap: its
 * records come from IndexedDB, and reading their fields for 60,000 of them on every return to
 * the whole list cost about 18 ms (bench:popup, "search cleared" and "filter kind=any", when
 * 2ad1105 dropped it). A search's lists are new arrays every time: see {@link countCardHeight}.
 */
export function estimateCardHeight(annotations: AnnotationRecord[] | undefined): number {
  if (!annotations) return 80;
  const known = estimates.get(annotations);
  if (known !== undefined) return known;
  const height = countCardHeight(annotations);
  estimates.set(annotations, height);
  return height;
}

/**
 * The same estimate, not remembered: for a search's or a filter's lists, built anew for each
 * query, remembering them only filled the WeakMap with a thousand dead keys a keystroke.
 */
export function countCardHeight(annotations: AnnotationRecord[] | undefined): number {
  if (!annotations) return 80;
  let notes = 0;
  let actors = 0;
  let claims = 0;
  for (const a of annotations) {
    if (a.origin === 'user') notes++;
    else if (a.kind === 'actor') actors++;
    else if (a.kind === 'claim') claims++;
    if (notes > COLLAPSED_NOTES && claims > COLLAPSED_CLAIMS && actors > 0) break;
  }
  return cardHeightFor({ notes, actors, claims });
}

/** The estimate from a card's section counts, when they are known without reading the list. */
export function cardHeightFor({ notes, actors, claims }: SectionCounts): number {
  return (
    70 +
    Math.min(notes, COLLAPSED_NOTES) * 64 +
    (notes > COLLAPSED_NOTES || claims > COLLAPSED_CLAIMS ? 22 : 0) +
    (actors ? 60 : 0) +
    Math.min(claims, COLLAPSED_CLAIMS) * 48
  );
}
