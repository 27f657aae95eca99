/**
 * Selectors that describe a span of the article body text (W3C Web Annotation shapes) and the
 * outcome of finding that span again in a possibly edited text.
 */

/** The span's own text and up to 32 verbatim characters either side (W3C TextQuoteSelector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** The span as UTF-16 offsets into the body text, end exclusive (W3C TextPositionSelector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Any selector this module understands, told apart by `type`. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * How a saved span was found again: `exact` = the saved position still holds the quote,
 * `moved` = the same quote found elsewhere, `changed` = only an approximate match (the text was
 * edited since it was saved), `orphan` = nothing matched well enough.
 */
export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphan';

/** A span found again: offsets into the current text, its current content and a score in [0, 1]. */
export interface Anchored {
  status: 'exact' | 'moved' | 'changed';
  start: number;
  end: number;
  text: string;
  /** 1 for an exact quote with its context intact; lower the more quote and context differ. */
  score: number;
}

/** A span nothing matched; `score` is the best rejected candidate's, when there was one. */
export interface Orphan {
  status: 'orphan';
  start?: undefined;
  end?: undefined;
  text?: undefined;
  score?: number;
}

/** Result of `anchor`: narrow on `status` to get the offsets. */
export type AnchorResult = Anchored | Orphan;
