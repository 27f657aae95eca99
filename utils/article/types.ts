/** Data produced by the article stage: detection, metadata and the body with its text map. */

/** Whether a page is a news article, and how sure the detector is. */
export interface Detection {
  isArticle: boolean;
  /** Probability-like score in [0, 1]. */
  confidence: number;
  /** Short names of the signals that fired, for the debug log. */
  signals?: string[];
}

/** What a page says about itself. Dates are ISO 8601. */
export interface ArticleMeta {
  title?: string;
  byline?: string;
  published?: string;
  modified?: string;
  siteName?: string;
  lang?: string;
  canonicalUrl?: string;
}

/**
 * Where one run of body characters came from in the live DOM: `text[start + i]` is
 * `node.data[nodeOffset + i]`, except for synthetic runs.
 */
export interface TextMapSegment {
  /** Offset of the run's first character in the body text. */
  start: number;
  /** Offset after the run's last character in the body text. */
  end: number;
  node: Text;
  /** Offset of the run's first character inside `node.data`. */
  nodeOffset: number;
  /** Characters the extractor wrote itself (block separators, a space for collapsed
   * whitespace): every one of them maps to `nodeOffset` in `node`. */
  synthetic?: boolean;
}

/**
 * The article body as one string (blocks separated by blank lines) and, for every character,
 * the live text node and offset it came from. Segments cover `[0, text.length)` contiguously.
 */
export interface TextMap {
  text: string;
  /** Sorted by `start`, non-overlapping. */
  segments: TextMapSegment[];
}

/** Detection, metadata and body of one page. `body` is null when the page is not an article. */
export interface ArticleReading {
  detection: Detection;
  meta: ArticleMeta;
  body: TextMap | null;
}
