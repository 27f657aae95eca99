/**
 * Full-text search over every annotation's quote, note, actor name and claim words, and
 * over article titles. Measured against minisearch (see scripts/bench-popup.ts): with 60,000
 * annotations minisearch took seconds to build at popup open, while one folded string per
 * annotation, scanned with `indexOf`, builds in a fraction of that and answers within the
 * 30 ms budget. Matching is by substring, so a word prefix (or any part of a word) finds it.
 */
import type { AnnotationRecord, ArticleRecord } from '../db/schema';
import { fold, queryTerms } from './fold';

/** What a query matched: annotation ids, and articles whose title holds every term. */
export interface TextMatch {
  annotations: Set<string>;
  articles: Set<string>;
}

const SEPARATOR = '\u0001';

/** The searchable text of an annotation, folded. */
export function annotationText(a: AnnotationRecord): string {
  const parts = [a.target.selector[0].exact, a.body];
  if (a.actor) parts.push(a.actor.name);
  if (a.claim) parts.push(a.claim.speaker ?? '', a.claim.cue, a.claim.content ?? '');
  return fold(parts.join('\n'));
}

/** One batch of annotations as a single folded string, built in one short step. */
class Segment {
  readonly ids: string[] = [];
  readonly articleOf: string[] = [];
  readonly texts: string[] = [];
  readonly starts: number[] = [];
  readonly big: string;

  constructor(annotations: Iterable<AnnotationRecord>) {
    let offset = 0;
    for (const a of annotations) {
      const text = annotationText(a);
      this.ids.push(a.id);
      this.articleOf.push(a.articleId);
      this.texts.push(text);
      this.starts.push(offset);
      offset += text.length + 1;
    }
    this.big = this.texts.join(SEPARATOR);
  }

  /** Calls `visit` for every document whose text contains `term`. */
  scan(term: string, visit: (doc: number) => void): void {
    let from = this.big.indexOf(term);
    while (from !== -1) {
      const doc = this.docAt(from);
      visit(doc);
      const next = this.starts[doc + 1];
      if (next === undefined) return;
      from = this.big.indexOf(term, next);
    }
  }

  private docAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * A searchable snapshot of the library, built batch by batch as the popup loads (so no
 * single step blocks a frame), which edits patch without a rebuild.
 */
export class SearchIndex {
  private readonly segments: Segment[] = [];
  /** Annotations changed since they were indexed: their current text, or null when deleted. */
  private readonly changed = new Map<string, { text: string; articleId: string } | null>();
  private readonly titles = new Map<string, string>();
  private readonly docsOfArticle = new Map<string, Array<[Segment, number]>>();

  constructor(
    annotations: Iterable<AnnotationRecord> = [],
    articles: Iterable<ArticleRecord> = [],
  ) {
    this.addBatch(annotations);
    for (const article of articles) this.setArticle(article);
  }

  /** Indexes a batch of annotations not indexed before. */
  addBatch(annotations: Iterable<AnnotationRecord>): void {
    const segment = new Segment(annotations);
    if (segment.ids.length === 0) return;
    this.segments.push(segment);
    segment.articleOf.forEach((articleId, doc) => {
      const docs = this.docsOfArticle.get(articleId);
      if (docs) docs.push([segment, doc]);
      else this.docsOfArticle.set(articleId, [[segment, doc]]);
    });
  }

  /** Records an added or edited annotation. */
  set(a: AnnotationRecord): void {
    this.changed.set(a.id, { text: annotationText(a), articleId: a.articleId });
  }

  /** Records a deleted annotation. */
  remove(id: string): void {
    this.changed.set(id, null);
  }

  /** Records an added or renamed article. */
  setArticle(article: ArticleRecord): void {
    this.titles.set(article.id, fold(article.title));
  }

  /** What `query` matches; every term must occur in the annotation's text or its article's title. */
  match(query: string): TextMatch {
    const terms = queryTerms(query);
    const out: TextMatch = { annotations: new Set(), articles: new Set() };
    const [longest] = terms;
    if (!longest) return out;
    const accept = (id: string, text: string, articleId: string) => {
      if (out.annotations.has(id)) return;
      const title = this.titles.get(articleId) ?? '';
      if (terms.every((t) => text.includes(t) || title.includes(t))) out.annotations.add(id);
    };
    const visit = (segment: Segment, doc: number) => {
      const id = segment.ids[doc]!;
      if (!this.changed.has(id)) accept(id, segment.texts[doc]!, segment.articleOf[doc]!);
    };
    // One pass over all the text for the longest term, usually the rarest...
    for (const segment of this.segments) segment.scan(longest, (doc) => visit(segment, doc));
    // ...then the articles whose title has it, and whatever changed since it was indexed.
    for (const [articleId, title] of this.titles) {
      if (!title.includes(longest)) continue;
      if (terms.every((t) => title.includes(t))) out.articles.add(articleId);
      for (const [segment, doc] of this.docsOfArticle.get(articleId) ?? []) visit(segment, doc);
    }
    for (const [id, doc] of this.changed) if (doc) accept(id, doc.text, doc.articleId);
    return out;
  }
}
