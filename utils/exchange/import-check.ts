/**
 * Reads a Margin JSON export back into records, trusting nothing: size, JSON syntax, shape,
 * types and lengths are all checked, unknown fields are dropped, and the first problem found
 * rejects the whole file, so a bad file never half-imports.
 */
import type { AnnotationRecord, ArticleRecord, ClaimData, ActorData } from '../db/schema';
import { int, isoTime, obj, oneOf, optStr, optTrue, ShapeError, str, webUrl } from './checks';
import { ANNO_CONTEXT, MARGIN_KEY, type NoteWithArticle } from './web-annotation';

/** The largest file accepted (characters). */
export const MAX_IMPORT_CHARS = 50_000_000;
/** The most annotations one file may hold. */
export const MAX_IMPORT_ITEMS = 100_000;

const KINDS = ['highlight', 'actor', 'claim'] as const;
const ORIGINS = ['user', 'auto'] as const;
const COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
const STATUSES = ['unverified', 'checking', 'supported', 'disputed'] as const;
const CLAIM_KINDS = [
  'statement',
  'allegation',
  'denial',
  'accusation',
  'promise',
  'belief',
  'question',
  'other',
] as const;
const ACTOR_TYPES = ['person', 'organization', 'place', 'other'] as const;
const FORMS = ['name', 'pronoun', 'description'] as const;
const QUOTED = ['full', 'partial', 'none'] as const;
const UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const TEXT = 100_000;
const SHORT = 2_000;
const TIME_MAX = 8.64e15;

/** The outcome of reading a file: the notes, or a message saying why it was refused. */
export type ImportCheck = { ok: true; notes: NoteWithArticle[] } | { ok: false; error: string };

/** Parses and validates a Margin JSON export. */
export function checkImport(text: string): ImportCheck {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: `The file is larger than ${MAX_IMPORT_CHARS / 1e6} MB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  let at = 'the file';
  try {
    const file = obj(data, 'the file');
    if (file['@context'] !== ANNO_CONTEXT || file.type !== 'AnnotationCollection') {
      throw new ShapeError('the file is not a Margin export (W3C AnnotationCollection)');
    }
    const items = obj(file.first, 'first').items;
    if (!Array.isArray(items)) throw new ShapeError('first.items must be a list');
    if (items.length > MAX_IMPORT_ITEMS) {
      throw new ShapeError(`the file holds more than ${MAX_IMPORT_ITEMS} annotations`);
    }
    const notes: NoteWithArticle[] = [];
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      at = `annotation ${i + 1}`;
      const note = checkAnnotation(item);
      if (seen.has(note.annotation.id)) throw new ShapeError('its id appears twice');
      seen.add(note.annotation.id);
      notes.push(note);
    }
    return { ok: true, notes };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return { ok: false, error: `Not imported: in ${at}, ${error.message}. Nothing was changed.` };
  }
}

function checkAnnotation(value: unknown): NoteWithArticle {
  const item = obj(value, 'the annotation');
  if (item.type !== 'Annotation') throw new ShapeError('type must be "Annotation"');
  const id = UUID.exec(str(item.id, 'id', 60))?.[1];
  if (!id) throw new ShapeError('id must be a urn:uuid');
  const margin = obj(item[MARGIN_KEY], MARGIN_KEY);
  const article = checkArticle(margin.article);
  const articleId = str(margin.articleId, 'articleId', 4096);
  if (articleId !== article.id) throw new ShapeError('articleId must match its article');
  const body = item.body === undefined ? '' : str(obj(item.body, 'body').value, 'body.value', TEXT);
  const annotation: AnnotationRecord = {
    id: id.toLowerCase(),
    type: 'Annotation',
    articleId,
    kind: oneOf(margin.kind, 'kind', KINDS),
    origin: oneOf(margin.origin, 'origin', ORIGINS),
    target: checkTarget(item.target),
    body,
    created: isoTime(item.created, 'created'),
    modified: isoTime(item.modified, 'modified'),
  };
  if (margin.colour !== undefined) annotation.colour = oneOf(margin.colour, 'colour', COLOURS);
  if (margin.actor !== undefined) annotation.actor = checkActor(margin.actor);
  if (margin.claim !== undefined) annotation.claim = checkClaim(margin.claim);
  return { annotation, article };
}

function checkTarget(value: unknown): AnnotationRecord['target'] {
  const target = obj(value, 'target');
  const selectors = target.selector;
  if (!Array.isArray(selectors) || selectors.length !== 2) {
    throw new ShapeError('target.selector must hold a quote and a position selector');
  }
  const quote = obj(selectors[0], 'target.selector[0]');
  const position = obj(selectors[1], 'target.selector[1]');
  if (quote.type !== 'TextQuoteSelector') throw new ShapeError('selector 1 must be a quote');
  if (position.type !== 'TextPositionSelector')
    throw new ShapeError('selector 2 must be a position');
  const start = int(position.start, 'position start', 0, 1e9);
  const end = int(position.end, 'position end', start, 1e9);
  return {
    source: webUrl(target.source, 'target.source'),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: str(quote.exact, 'quote', TEXT),
        prefix: str(quote.prefix, 'quote prefix', SHORT),
        suffix: str(quote.suffix, 'quote suffix', SHORT),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

function checkArticle(value: unknown): ArticleRecord {
  const a = obj(value, 'article');
  const article: ArticleRecord = {
    id: str(a.id, 'article.id', 4096),
    url: webUrl(a.url, 'article.url'),
    title: str(a.title, 'article.title', SHORT),
    firstReadAt: int(a.firstReadAt, 'article.firstReadAt', 0, TIME_MAX),
    lastReadAt: int(a.lastReadAt, 'article.lastReadAt', 0, TIME_MAX),
  };
  if (a.canonicalUrl !== undefined) article.canonicalUrl = webUrl(a.canonicalUrl, 'canonicalUrl');
  for (const key of ['siteName', 'byline', 'published', 'modified', 'lang'] as const) {
    const text = optStr(a[key], `article.${key}`, SHORT);
    if (text !== undefined) article[key] = text;
  }
  return article;
}

function checkActor(value: unknown): ActorData {
  const a = obj(value, 'actor');
  const actor: ActorData = {
    name: str(a.name, 'actor.name', SHORT),
    type: oneOf(a.type, 'actor.type', ACTOR_TYPES),
    form: oneOf(a.form, 'actor.form', FORMS),
    mentionCount: int(a.mentionCount, 'actor.mentionCount', 0, 1e6),
  };
  const standsFor = optStr(a.standsFor, 'actor.standsFor', SHORT);
  if (standsFor !== undefined) actor.standsFor = standsFor;
  return actor;
}

function checkClaim(value: unknown): ClaimData {
  const c = obj(value, 'claim');
  const claim: ClaimData = {
    kind: oneOf(c.kind, 'claim.kind', CLAIM_KINDS),
    cue: str(c.cue, 'claim.cue', SHORT),
    quoted: oneOf(c.quoted, 'claim.quoted', QUOTED),
    status: oneOf(c.status, 'claim.status', STATUSES),
  };
  const speaker = optStr(c.speaker, 'claim.speaker', SHORT);
  if (speaker !== undefined) claim.speaker = speaker;
  const content = optStr(c.content, 'claim.content', TEXT);
  if (content !== undefined) claim.content = content;
  if (optTrue(c.negated, 'claim.negated')) claim.negated = true;
  if (optTrue(c.hedged, 'claim.hedged')) claim.hedged = true;
  return claim;
}
