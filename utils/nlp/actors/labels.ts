/** BIO labels for the entity tagger and the conversion from labels to typed token ranges. */

/** CoNLL-style entity types the tagger predicts. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Entity types in label order. */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tagger labels: O, then B-/I- per type. */
export const ENTITY_LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`]),
];

/** Type of a label id, or null for O. */
export function labelType(label: number): EntityType | null {
  return label === 0 ? null : ENTITY_TYPES[(label - 1) >> 1]!;
}

/** True for an I- label. */
export function isInside(label: number): boolean {
  return label > 0 && (label & 1) === 0;
}

const B_PER = ENTITY_LABELS.indexOf('B-PER');
const I_PER = ENTITY_LABELS.indexOf('I-PER');

/**
 * BIO validity: I-X only after B-X or I-X, never across sentences. Also, a middle initial right
 * after a person's name continues it: CoNLL has few such names, so the tagger would otherwise
 * split "Vladimir | V. Putin".
 */
export function bioAllowed(
  sentenceStart: (i: number) => boolean,
  initial: (i: number) => boolean,
  plainWord: (i: number) => boolean,
) {
  return (i: number, prev: number, label: number): boolean => {
    if ((prev === B_PER || prev === I_PER) && initial(i)) return label === I_PER;
    // Lower-case words ("of") are not inside person names, name particles ("van") aside.
    if (label === I_PER && plainWord(i)) return false;
    return (
      !isInside(label) || (prev > 0 && !sentenceStart(i) && labelType(prev) === labelType(label))
    );
  };
}

/** Bit flags of a position that `bioAllowed` reads: sentence start, middle initial, plain word. */
export const BIO_START = 1;
export const BIO_INITIAL = 2;
export const BIO_PLAIN = 4;

/**
 * `bioAllowed` as a table: entry `(prev + 1) * 8 + flags` holds a bit per allowed label, so a
 * decoder tests a bit instead of calling back per label. Built by asking `bioAllowed` itself.
 */
export function bioMasks(): Uint16Array {
  const n = ENTITY_LABELS.length;
  const masks = new Uint16Array((n + 1) * 8);
  for (let flags = 0; flags < 8; flags++) {
    const allowed = bioAllowed(
      () => (flags & BIO_START) !== 0,
      () => (flags & BIO_INITIAL) !== 0,
      () => (flags & BIO_PLAIN) !== 0,
    );
    for (let prev = -1; prev < n; prev++)
      for (let y = 0; y < n; y++) if (allowed(0, prev, y)) masks[(prev + 1) * 8 + flags]! |= 1 << y;
  }
  return masks;
}

/** A typed run of tokens, end exclusive. */
export interface TokenEntity {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
}

/** Collects entity runs from a BIO label sequence. */
export function entitiesFromLabels(labels: ArrayLike<number>): TokenEntity[] {
  const out: TokenEntity[] = [];
  let open: TokenEntity | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const type = labelType(label);
    if (open && (!type || !isInside(label) || type !== open.type)) open = null;
    if (type && !open) {
      open = { tokenStart: i, tokenEnd: i + 1, type };
      out.push(open);
    } else if (open) open.tokenEnd = i + 1;
  }
  return out;
}

/**
 * Joins a compound modifier ("War-era", "Angeles-based") tagged as a name of its own onto the
 * name of the same type right before it: CoNLL spans "Los Angeles-based" whole, and in its
 * train split 12 of 13 such words after a name continue it; the tagger sees too few of them to
 * learn it ("Cold | War-era").
 */
export function joinModifiers(
  entities: TokenEntity[],
  isModifier: (i: number) => boolean,
): TokenEntity[] {
  const out: TokenEntity[] = [];
  for (const e of entities) {
    const last = out[out.length - 1];
    if (last?.tokenEnd === e.tokenStart && last.type === e.type && isModifier(e.tokenStart)) {
      last.tokenEnd = e.tokenEnd;
    } else out.push(e);
  }
  return out;
}
