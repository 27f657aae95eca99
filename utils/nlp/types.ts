/**
 * The analysis contract: what the NLP stage returns and what `npm run annotate` prints.
 * Offsets are UTF-16 code-unit indices into the analysed text, end exclusive.
 */

/** A slice of the analysed text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What kind of thing an actor is. Countries, cities and regions are places. */
export type ActorType = 'person' | 'organization' | 'place' | 'other';

/** One occurrence of an actor in the text. */
export interface Mention extends Span {
  form: 'name' | 'pronoun' | 'description';
  /** The span's own type when it differs from its actor's (e.g. "Kremlin", a place standing for a government). */
  type?: ActorType;
}

/** A person, organisation, place or other named thing, with every mention linked to it. */
export interface Actor {
  id: string;
  /** Canonical name, e.g. "Vladimir Putin". */
  name: string;
  type: ActorType;
  /** For metonyms ("Washington" as the US government): the id of the actor this one stands for. */
  refersTo?: string;
  mentions: Mention[];
}

/** What an attribution does with its content. */
export type ClaimKind =
  | 'statement'
  | 'allegation'
  | 'denial'
  | 'accusation'
  | 'promise'
  | 'belief'
  | 'question'
  | 'other';

/** Who an attribution is from: a span, optionally linked to an actor. */
export interface ClaimSource extends Span {
  /** Id of the actor the source refers to, when it could be resolved. */
  actor?: string;
  /** True for sources such as "officials" or "a person familiar with the talks". */
  anonymous?: boolean;
}

/** An attribution: source (who), cue (said, denied, according to...) and content (what). */
export interface Claim {
  id: string;
  kind: ClaimKind;
  cue: Span;
  source: ClaimSource | null;
  content: Span | null;
  /** All pieces of the content when the cue or other text interrupts it ("“A,” she said. “B.”"); `content` is the longest. */
  contentParts?: Span[];
  quoted: 'full' | 'partial' | 'none';
  /** The cue is negated ("did not say", "declined to say"). */
  negated?: boolean;
  /** The content is hedged ("may", "reportedly", "possibly"). */
  hedged?: boolean;
}

/** Everything the NLP stage finds in one text. */
export interface Analysis {
  actors: Actor[];
  claims: Claim[];
}
