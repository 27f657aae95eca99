/**
 * Margin's notes as a W3C Web Annotation collection (JSON-LD): one `Annotation` per note with
 * a `TextQuoteSelector` and a `TextPositionSelector`, Margin's own fields under `margin:record`
 * (an absolute IRI key, so JSON-LD tools keep it without a context of ours).
 */
import type { AnnotationRecord, ArticleRecord } from '../db/schema';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The key Margin's own fields travel under. */
export const MARGIN_KEY = 'margin:record';

/** Margin's fields an annotation carries besides the W3C ones. */
export interface MarginFields {
  articleId: string;
  kind: AnnotationRecord['kind'];
  origin: AnnotationRecord['origin'];
  colour?: AnnotationRecord['colour'];
  actor?: AnnotationRecord['actor'];
  claim?: AnnotationRecord['claim'];
  article: ArticleRecord;
}

/** One exported annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' };
  target: AnnotationRecord['target'];
  [MARGIN_KEY]: MarginFields;
}

/** The exported file. */
export interface WebAnnotationExport {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** A note and its article. */
export interface NoteWithArticle {
  annotation: AnnotationRecord;
  article: ArticleRecord;
}

/** One annotation in the W3C shape. */
export function toWebAnnotation({ annotation: a, article }: NoteWithArticle): WebAnnotation {
  const margin: MarginFields = { articleId: a.articleId, kind: a.kind, origin: a.origin, article };
  if (a.colour) margin.colour = a.colour;
  if (a.actor) margin.actor = a.actor;
  if (a.claim) margin.claim = a.claim;
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.body ? 'commenting' : 'highlighting',
    created: new Date(a.created).toISOString(),
    modified: new Date(a.modified).toISOString(),
    ...(a.body
      ? {
          body: {
            type: 'TextualBody' as const,
            value: a.body,
            format: 'text/plain' as const,
            purpose: 'commenting' as const,
          },
        }
      : {}),
    target: { source: a.target.source, selector: [...a.target.selector] },
    [MARGIN_KEY]: margin,
  };
}

/** The whole export file for `notes`, as formatted JSON text. */
export function toWebAnnotationJson(notes: NoteWithArticle[], now = Date.now()): string {
  const file: WebAnnotationExport = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Margin notes',
    generated: new Date(now).toISOString(),
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toWebAnnotation) },
  };
  return JSON.stringify(file, null, 2);
}
