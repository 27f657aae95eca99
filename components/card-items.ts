/** What an article card shows, shared by the card and the keyboard navigation. */
import type { AnnotationRecord } from '../utils/db/schema';

/** Claims a collapsed card shows before "show all". */
export const COLLAPSED_CLAIMS = 3;
/**
 * Notes a collapsed card shows before "show all": a note row (quote, colour select, four
 * buttons) is the costliest thing the list renders, and a card taller than the popup made
 * the virtual list render and lay out rows far below the fold.
 */
export const COLLAPSED_NOTES = 4;
/** Actor chips a card shows before "+N more". */
export const SHOWN_ACTORS = 12;

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

/** Splits an article's annotations into the card's sections. */
export function cardItems(annotations: AnnotationRecord[], expanded: boolean): CardItems {
  const notes: AnnotationRecord[] = [];
  const actors: AnnotationRecord[] = [];
  const claims: AnnotationRecord[] = [];
  for (const a of annotations) {
    if (a.origin === 'user') notes.push(a);
    else if (a.kind === 'actor' && a.actor) actors.push(a);
    else if (a.kind === 'claim' && a.claim) claims.push(a);
  }
  actors.sort((a, b) => b.actor!.mentionCount - a.actor!.mentionCount);
  return {
    notes: expanded ? notes : notes.slice(0, COLLAPSED_NOTES),
    allNotes: notes.length,
    actors: actors.slice(0, SHOWN_ACTORS),
    hiddenActors: Math.max(0, actors.length - SHOWN_ACTORS),
    claims: expanded ? claims : claims.slice(0, COLLAPSED_CLAIMS),
    allClaims: claims.length,
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
 * items could not change the height.
 */
export function estimateCardHeight(annotations: AnnotationRecord[] | undefined): number {
  if (!annotations) return 80;
  const known = estimates.get(annotations);
  if (known !== undefined) return known;
  let notes = 0;
  let actors = 0;
  let claims = 0;
  for (const a of annotations) {
    if (a.origin === 'user') notes++;
    else if (a.kind === 'actor') actors++;
    else if (a.kind === 'claim') claims++;
    if (notes > COLLAPSED_NOTES && claims > COLLAPSED_CLAIMS && actors > 0) break;
  }
  const height =
    70 +
    Math.min(notes, COLLAPSED_NOTES) * 64 +
    (notes > COLLAPSED_NOTES || claims > COLLAPSED_CLAIMS ? 22 : 0) +
    (actors ? 60 : 0) +
    Math.min(claims, COLLAPSED_CLAIMS) * 48;
  estimates.set(annotations, height);
  return height;
}
