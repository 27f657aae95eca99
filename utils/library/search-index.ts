/**
 * Full-text search over every annotation's quote, note, actor name and claim words, and
 * over article titles. An inverted index of folded words (word -> annotations), built batch
 * by batch as the popup loads, queried by word prefix: each query word matches every indexed
 * word it starts, and every query word must match the annotation or its article's title.
 * Measured in scripts/bench-popup.ts against minisearch (seconds to build for 60,000
 * annotations) and against scanning one folded string with indexOf (cost grew with the text,
 * hundreds of ms for common first letters); this answers from the words' postings alone.
 * Words are bucketed by their first two letters, so a prefix never scans the whole
 * vocabulary, and the documents of recent terms are kept, so typing on costs little.
 */
import type { AnnotationRecord, ArticleRecord } from '../db/schema';
import { sectionOf, type SectionCounts } from '../db/summaries';
import { fold } from './fold';

/** What a query matched: the matching annotations by article, and articles whose title holds every term. */
export interface TextMatch {
  /** Article id -> its matching annotations (current versions), in text order. */
  hits: Map<string, AnnotationRecord[]>;
  /** How many annotations matched. */
  count: number;
  articles: Set<string>;
  /**
   * Article id -> the card sections of its matches, counted from the index's own numbers: the
   * list's height estimate then reads no record (reading 14,583 matched records' fields cost
   * several ms a search).
   */
  sections: Map<string, SectionCounts>;
}

/** Card sections by code, in the order the index stores them (0: none). */
const SECTIONS = [undefined, 'notes', 'actors', 'claims'] as const;

const WORD = /[\p{L}\p{N}]+/gu;
/** Terms whose documents are remembered, so typing on ("gra", "grai", "grain") reuses them. */
const CACHED_TERMS = 64;

/** The searchable text of an annotation, folded; claim and actor fields the quote already holds are skipped. */
export function annotationText(a: AnnotationRecord): string {
  const quote = a.target.selector[0].exact;
  const parts = [quote, a.body];
  const extra = [a.actor?.name, a.claim?.speaker, a.claim?.cue, a.claim?.content];
  for (const text of extra) if (text && !quote.includes(text)) parts.push(text);
  return fold(parts.join('\n'));
}

/** The distinct words of folded text. */
function wordsOf(text: string): Set<string> {
  return new Set(text.match(WORD) ?? []);
}

/** Where `record` goes in `list` (in text order) to keep that order. */
function insertAt(list: AnnotationRecord[], record: AnnotationRecord): number {
  const start = record.target.selector[1].start;
  const at = list.findIndex((a) => a.target.selector[1].start > start);
  return at === -1 ? list.length : at;
}

/** Words are filed under their first two letters, so a prefix looks at its own bucket only. */
function bucketOf(word: string): string {
  return word.slice(0, 2);
}

/** A searchable snapshot of the library that edits patch without a rebuild. */
export class SearchIndex {
  /**
   * Document number -> the annotation as indexed. Matches are collected through these
   * numbers: no id is hashed per hit, which at 60,000 annotations was most of a broad
   * query's time.
   */
  private readonly records: AnnotationRecord[] = [];
  /** Document number -> where it starts in its article's text, to hand matches over in text order. */
  private readonly starts: number[] = [];
  /** Document number -> its card section's code in `SECTIONS`. */
  private readonly sectionCodes: number[] = [];
  /** Folded word -> ascending document numbers. */
  private readonly postings = new Map<string, number[]>();
  /** First two letters -> the indexed words starting with them. */
  private readonly buckets = new Map<string, string[]>();
  private readonly docsOfArticle = new Map<string, number[]>();
  /** Annotations changed since they were indexed: their current words, or null when deleted. */
  private readonly changed = new Map<
    string,
    { words: Set<string>; record: AnnotationRecord } | null
  >();
  private readonly titles = new Map<string, Set<string>>();
  /** Term -> documents with a word it starts, ascending; emptied whenever documents are added. */
  private readonly termCache = new Map<string, Int32Array>();
  /** Articles whose documents are not all in text order since a batch added to them. */
  private readonly unsorted = new Set<string>();

  constructor(
    annotations: Iterable<AnnotationRecord> = [],
    articles: Iterable<ArticleRecord> = [],
  ) {
    this.addBatch(annotations);
    for (const article of articles) this.setArticle(article);
  }

  /** Indexes a batch of annotations not indexed before. */
  addBatch(annotations: Iterable<AnnotationRecord>): void {
    this.termCache.clear();
    for (const a of annotations) {
      const doc = this.records.length;
      this.records.push(a);
      this.starts.push(a.target.selector[1].start);
      this.sectionCodes.push(SECTIONS.indexOf(sectionOf(a)));
      for (const word of wordsOf(annotationText(a))) {
        const list = this.postings.get(word);
        if (list) list.push(doc);
        else {
          this.postings.set(word, [doc]);
          const bucket = this.buckets.get(bucketOf(word));
          if (bucket) bucket.push(word);
          else this.buckets.set(bucketOf(word), [word]);
        }
      }
      const docs = this.docsOfArticle.get(a.articleId);
      if (docs) docs.push(doc);
      else this.docsOfArticle.set(a.articleId, [doc]);
      this.unsorted.add(a.articleId);
    }
  }

  /** Records an added or edited annotation. */
  set(a: AnnotationRecord): void {
    this.changed.set(a.id, { words: wordsOf(annotationText(a)), record: a });
  }

  /** Records a deleted annotation. */
  remove(id: string): void {
    this.changed.set(id, null);
  }

  /** Records an added or renamed article. */
  setArticle(article: ArticleRecord): void {
    this.titles.set(article.id, wordsOf(fold(article.title)));
  }

  /** What `query` matches: each query word must start a word of the annotation or of its article's title. */
  match(query: string): TextMatch {
    // At most 200 words, so a word count always fits the byte marks below.
    const terms = [...wordsOf(fold(query))].slice(0, 200);
    const out: TextMatch = { hits: new Map(), count: 0, articles: new Set(), sections: new Map() };
    if (terms.length === 0) return out;
    const titleHits = terms.map((t) => this.titlesWith(t));
    for (const [articleId] of this.titles) {
      if (titleHits.every((hits) => hits.has(articleId))) out.articles.add(articleId);
    }
    // marks[doc] counts the query words matched so far, in order: no sets to build.
    const marks = new Uint8Array(this.records.length);
    let matched = 0;
    terms.forEach((term, i) => {
      const last = i === terms.length - 1;
      const mark = (doc: number) => {
        if (marks[doc] !== i) return;
        marks[doc] = i + 1;
        if (last) matched++;
      };
      for (const doc of this.docsWith(term)) mark(doc);
      for (const articleId of titleHits[i]!) {
        for (const doc of this.docsOfArticle.get(articleId) ?? []) mark(doc);
      }
    });
    const all = terms.length;
    const edited = this.changed.size > 0;
    // Each article's documents in text order: its matches come out already sorted, with no
    // per-query grouping or sorting (most of a broad query's time after the postings).
    for (const [articleId, docs] of matched > 0 ? this.docsInTextOrder() : []) {
      let list: AnnotationRecord[] | undefined;
      let counts: SectionCounts | undefined;
      for (const doc of docs) {
        if (marks[doc] !== all) continue;
        const record = this.records[doc]!;
        if (edited && this.changed.has(record.id)) continue;
        if (list) list.push(record);
        else {
          out.hits.set(articleId, (list = [record]));
          out.sections.set(articleId, (counts = { notes: 0, actors: 0, claims: 0 }));
        }
        const section = SECTIONS[this.sectionCodes[doc]!];
        if (section) counts![section]++;
        out.count++;
      }
    }
    for (const doc of this.changed.values()) {
      if (!doc) continue;
      const articleId = doc.record.articleId;
      const title = this.titles.get(articleId);
      const has = (t: string, words: Set<string> | undefined) =>
        [...(words ?? [])].some((w) => w.startsWith(t));
      if (terms.every((t) => has(t, doc.words) || has(t, title))) {
        const list = out.hits.get(articleId);
        if (list) list.splice(insertAt(list, doc.record), 0, doc.record);
        else out.hits.set(articleId, [doc.record]);
        const counts = out.sections.get(articleId) ?? { notes: 0, actors: 0, claims: 0 };
        out.sections.set(articleId, counts);
        const section = sectionOf(doc.record);
        if (section) counts[section]++;
        out.count++;
      }
    }
    return out;
  }

  /**
   * Puts article `id`'s documents in text order, if a batch added to them. The popup calls it
   * while loading, in slices; a query sorts whatever is still out of order itself.
   */
  sortArticle(id: string): void {
    if (!this.unsorted.delete(id)) return;
    const starts = this.starts;
    this.docsOfArticle.get(id)?.sort((x, y) => starts[x]! - starts[y]!);
  }

  /** Every article's document numbers, each list sorted by where its documents start. */
  private docsInTextOrder(): Map<string, number[]> {
    for (const id of this.unsorted) this.sortArticle(id);
    return this.docsOfArticle;
  }

  /** Documents with a word starting with `term`, ascending, each once. */
  private docsWith(term: string): Int32Array {
    const cached = this.termCache.get(term);
    if (cached) {
      // Most recently used last: the oldest is the one dropped.
      this.termCache.delete(term);
      this.termCache.set(term, cached);
      return cached;
    }
    const lists: number[][] = [];
    let total = 0;
    for (const word of this.wordsStarting(term)) {
      const list = this.postings.get(word)!;
      lists.push(list);
      total += list.length;
    }
    let docs: Int32Array;
    if (lists.length === 1) docs = Int32Array.from(lists[0]!);
    else {
      const seen = new Uint8Array(this.records.length);
      for (const list of lists) for (const doc of list) seen[doc] = 1;
      docs = new Int32Array(Math.min(total, this.records.length));
      let n = 0;
      for (let doc = 0; doc < seen.length; doc++) if (seen[doc]) docs[n++] = doc;
      docs = docs.slice(0, n);
    }
    if (this.termCache.size >= CACHED_TERMS) {
      this.termCache.delete(this.termCache.keys().next().value!);
    }
    this.termCache.set(term, docs);
    return docs;
  }

  /** Indexed words starting with `term`: its bucket's, or for one letter every bucket it starts. */
  private *wordsStarting(term: string): Iterable<string> {
    if (term.length >= 2) {
      for (const word of this.buckets.get(bucketOf(term)) ?? []) {
        if (word.startsWith(term)) yield word;
      }
      return;
    }
    for (const [key, words] of this.buckets) if (key.startsWith(term)) yield* words;
  }

  /** Articles whose title has a word starting with `term`. */
  private titlesWith(term: string): Set<string> {
    const hits = new Set<string>();
    for (const [articleId, words] of this.titles) {
      for (const word of words) {
        if (word.startsWith(term)) {
          hits.add(articleId);
          break;
        }
      }
    }
    return hits;
  }
}
