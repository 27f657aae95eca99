/**
 * The shape of Margin's IndexedDB database: what is stored, keyed and indexed.
 * Shipped versions are history: a new version adds an upgrade step in `open.ts`, it never
 * rewrites an old one.
 */
import type { DBSchema } from 'idb';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type { ActorType, ClaimKind, Mention } from '../nlp/types';

/** The database's name, in the extension's own origin. */
export const DB_NAME = 'margin';
/** The schema version this build writes. */
export const DB_VERSION = 2;

/** One article the user has read. */
export interface ArticleRecord {
  /** The article's identity: normalised canonical URL (see anchoring/url-identity). */
  id: string;
  /** The address the article was read at. */
  url: string;
  canonicalUrl?: string;
  title: string;
  siteName?: string;
  byline?: string;
  published?: string;
  modified?: string;
  lang?: string;
  /** Epoch milliseconds. */
  firstReadAt: number;
  /** Epoch milliseconds; the popup lists articles by this, newest first. */
  lastReadAt: number;
}

/** What an annotation marks: the reader's own highlight, or an actor or claim Margin found. */
export type AnnotationKind = 'highlight' | 'actor' | 'claim';

/** Where an annotation came from; automatic ones are replaced when the article is read again. */
export type AnnotationOrigin = 'auto' | 'user';

/** Colours a reader can give a highlight. */
export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink';

/** A reader's verdict on a claim. */
export type ClaimStatus = 'unverified' | 'checking' | 'supported' | 'disputed';

/** Actor data carried by an actor annotation. */
export interface ActorData {
  name: string;
  type: ActorType;
  form: Mention['form'];
  mentionCount: number;
  /** For a metonym ("the Kremlin" for the Russian government): the name of what it stands for. */
  standsFor?: string;
}

/** Claim data carried by a claim annotation. */
export interface ClaimData {
  kind: ClaimKind;
  /** Canonical name of the speaker's actor, else the source text. */
  speaker?: string;
  cue: string;
  content?: string;
  quoted: 'full' | 'partial' | 'none';
  status: ClaimStatus;
  /** The cue is negated ("did not clarify", "declined to say"). */
  negated?: true;
  /** The claim is hedged ("may", "reportedly"). */
  hedged?: true;
}

/** An annotation in the W3C Web Annotation shape plus Margin's own fields. */
export interface AnnotationRecord {
  id: string;
  type: 'Annotation';
  articleId: string;
  kind: AnnotationKind;
  origin: AnnotationOrigin;
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  /** The reader's note; empty when there is none. */
  body: string;
  colour?: HighlightColour;
  actor?: ActorData;
  claim?: ClaimData;
  /** Epoch milliseconds. */
  created: number;
  /** Epoch milliseconds; bumped on every edit. */
  modified: number;
}

/**
 * What the popup's first screen shows of one article (v2): kept in step with the article and
 * its annotations by every repository write (see summaries.ts).
 */
export interface SummaryRecord {
  /** The article's id. */
  id: string;
  /** Minus `lastReadAt`: the `by-rank` index ascending is newest read first. */
  rank: number;
  article: ArticleRecord;
  counts: { notes: number; actors: number; claims: number };
  /** The annotations a collapsed card shows, in text order. */
  preview: AnnotationRecord[];
}

/** The typed schema idb checks every store and index access against. */
export interface MarginDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { 'by-last-read': number; 'by-site': string };
  };
  annotations: {
    key: string;
    value: AnnotationRecord;
    indexes: { 'by-article': string; 'by-kind': AnnotationKind; 'by-modified': number };
  };
  /** Since v2. */
  summaries: {
    key: string;
    value: SummaryRecord;
    indexes: { 'by-rank': number };
  };
}
