/** Small hand-made library records for the popup, search and export tests. */
import type { AnnotationRecord, ArticleRecord } from '../../../utils/db/schema';

/** An article record with sensible defaults. */
export function article(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: `https://news.example.org/${id}`,
    url: `https://news.example.org/${id}`,
    title: `Headline ${id}`,
    siteName: 'The Daily Ledger',
    firstReadAt: 1_700_000_000_000,
    lastReadAt: 1_700_000_000_000,
    ...over,
  };
}

let serial = 0;

/** An annotation on `articleId` quoting `exact` at `start`. */
export function annotation(
  articleId: string,
  exact: string,
  over: Partial<AnnotationRecord> = {},
  start = 0,
): AnnotationRecord {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    type: 'Annotation',
    articleId,
    kind: 'highlight',
    origin: 'user',
    target: {
      source: articleId,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: '',
    created: 1_700_000_000_000,
    modified: 1_700_000_000_000,
    ...over,
  };
}

/** An automatic actor annotation. */
export function actorAnnotation(articleId: string, name: string, start = 0): AnnotationRecord {
  return annotation(
    articleId,
    name,
    {
      kind: 'actor',
      origin: 'auto',
      actor: { name, type: 'person', form: 'name', mentionCount: 3 },
    },
    start,
  );
}

/** An automatic claim annotation. */
export function claimAnnotation(
  articleId: string,
  speaker: string,
  content: string,
  start = 0,
): AnnotationRecord {
  return annotation(
    articleId,
    `${speaker} said ${content}`,
    {
      kind: 'claim',
      origin: 'auto',
      claim: {
        kind: 'statement',
        speaker,
        cue: 'said',
        content,
        quoted: 'none',
        status: 'unverified',
      },
    },
    start,
  );
}
