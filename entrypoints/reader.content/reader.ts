/**
 * One reading of the page: take the detector's article (or have it read the page again), have
 * the background analyse its body, paint what was found, record the reading, restore the
 * reader's notes.
 */
import { anchor } from '../../utils/anchoring/anchor';
import { describe } from '../../utils/anchoring/describe';
import { articleKey } from '../../utils/anchoring/url-identity';
import type { ArticleFound } from '../../utils/article/page-article';
import { offsetsFromRange } from '../../utils/article/text-map';
import type { ArticleMeta, TextMap } from '../../utils/article/types';
import type { ArticleInput } from '../../utils/db/articles';
import type { AnnotationRecord, HighlightColour } from '../../utils/db/schema';
import { debugLog } from '../../utils/debug-log';
import { groupSpans, noteGroup, type OffsetSpan } from '../../utils/highlight/groups';
import { askBackground, type Result } from '../../utils/messages';
import type { Analysis } from '../../utils/nlp/types';
import type { NoteSummary } from '../../utils/reading/summary';
import { readAgain } from '../../utils/reader-link';
import { textHead } from '../../utils/reading/text-head';
import { autoAnnotations } from './auto-annotations';
import type { Layers } from './layers';

/** A saved annotation and where it was found again in this reading. */
export interface RestoredNote extends NoteSummary {
  record: AnnotationRecord;
  span?: OffsetSpan;
}

/** What the rest of the content script needs to know about the article being read. */
export interface Reading {
  article: ArticleInput;
  map: TextMap;
  /** Null when the analysis failed (notes still work). */
  analysis: Analysis | null;
  /** The reader's saved annotations on this article and how each was found again. */
  notes: RestoredNote[];
  /** The stored automatic annotations, to save a claim or set its status. */
  records: AnnotationRecord[];
}

/** How a reading is done: where to paint, and whether to store what was found. */
export interface ReadOptions {
  layers: Layers;
  /** A newer reading has started (the URL changed, the article grew): stop before painting. */
  isStale: () => boolean;
  /** Store the actors and claims found (the reader's settings may say no). */
  saveAutomatic: boolean;
  /** Called once the highlights are painted, before storage: cards can work from then on. */
  onPainted?: (reading: Reading) => void;
  /** The detector's reading of this very page, when it is still current: not read again. */
  prefetched?: ArticleFound | null;
  /** The analyses of `prefetched`'s text, already asked for. */
  analysis?: AnalysisRequests | null;
}

/** The analyses of one text as asked of the background: a long text's head first. */
export interface AnalysisRequests {
  /** The head's (utils/reading/text-head.ts), painted first; null for a short text. */
  head: Promise<Result<Analysis>> | null;
  whole: Promise<Result<Analysis>>;
}

/** Asks the background for `text`'s analyses, the head's first so it is answered first. */
export function askAnalyses(text: string): AnalysisRequests {
  const cut = textHead(text);
  const head = cut === null ? null : askBackground('analyze', { text: text.slice(0, cut) });
  return { head, whole: askBackground('analyze', { text }) };
}

/** Reads the page; resolves to the reading, or null when the page is no article. */
export async function readPage(doc: Document, options: ReadOptions): Promise<Reading | null> {
  const { layers, isStale } = options;
  const url = doc.location?.href ?? '';
  const found = options.prefetched
    ? { ok: true as const, reading: options.prefetched }
    : await readAgain(globalThis);
  performance.mark('margin:read', { detail: { handoff: Boolean(options.prefetched) } });
  if (isStale()) return null;
  if (!found.ok) {
    debugLog('reader', found.why, found.signals);
    return null;
  }
  const { meta, body } = found.reading;
  const article = articleInput(meta, url, doc);

  const requests =
    options.prefetched && options.analysis ? options.analysis : askAnalyses(body.text);
  // A long article's head is painted as soon as it is analysed; the whole analysis repaints
  // every group in one go when it arrives, and only it reaches cards, storage and the panel.
  const head = requests.head ? await requests.head : null;
  if (isStale()) return null;
  if (head?.ok) {
    performance.mark('margin:analyzed');
    layers.set(body, groupSpans(head.value));
    performance.mark('margin:painted');
  }
  const analysis = await requests.whole;
  if (!head?.ok) performance.mark('margin:analyzed');
  if (isStale()) return null;
  const groups = analysis.ok ? groupSpans(analysis.value) : new Map();
  layers.set(body, groups);
  if (!head?.ok) performance.mark('margin:painted');
  performance.mark('margin:painted-all');
  const reading: Reading = {
    article,
    map: body,
    analysis: analysis.ok ? analysis.value : null,
    notes: [],
    records: [],
  };
  options.onPainted?.(reading);
  if (!analysis.ok) debugLog('reader', `analysis failed: ${analysis.error}`);
  else {
    const recorded = await askBackground('recordReading', {
      article,
      annotations: options.saveAutomatic
        ? autoAnnotations(body.text, analysis.value, article.id)
        : [],
    });
    if (!recorded.ok) debugLog('reader', `could not record the reading: ${recorded.error}`);
  }

  const saved = await askBackground('listAnnotations', { articleId: article.id });
  if (isStale()) return null;
  if (!saved.ok) debugLog('reader', `could not load saved notes: ${saved.error}`);
  const all = saved.ok ? saved.value : [];
  // Notes saved while the reading was being stored are kept.
  reading.notes = [...restoreNotes(body, all, layers), ...reading.notes];
  reading.records = all.filter((a) => a.origin === 'auto');
  return reading;
}

/** Saves `[start, end)` of the article as the reader's highlight with a note, and paints it. */
export async function saveSpan(
  reading: Reading,
  span: OffsetSpan,
  note: string,
  colour: HighlightColour,
  layers: Layers,
): Promise<AnnotationRecord> {
  const result = await askBackground('saveHighlight', {
    article: reading.article,
    highlight: {
      target: {
        source: reading.article.id,
        selector: describe(reading.map.text, span.start, span.end),
      },
      body: note,
      // One id for every resend of this save, so a retried save never stores the note twice.
      id: crypto.randomUUID(),
      colour,
    },
  });
  if (!result.ok) throw new Error(result.error);
  layers.add(noteGroup(colour), span);
  reading.notes.push({ ...noteOf(result.value, 'exact'), record: result.value, span });
  return result.value;
}

/** The article offsets of a selection, or an error a reader understands. */
export function selectionSpan(reading: Reading, range: Range): OffsetSpan {
  const offsets = offsetsFromRange(reading.map, range);
  if (!offsets || offsets.end <= offsets.start) {
    throw new Error('the selection is outside the article.');
  }
  return offsets;
}

function noteOf(record: AnnotationRecord, status: NoteSummary['status'], now?: string) {
  const quote = record.target.selector[0].exact;
  return {
    id: record.id,
    status,
    quote,
    now: now !== undefined && now !== quote ? now : undefined,
    note: record.body,
  };
}

function restoreNotes(map: TextMap, saved: AnnotationRecord[], layers: Layers): RestoredNote[] {
  const notes: RestoredNote[] = [];
  for (const record of saved) {
    if (record.origin !== 'user') continue;
    const found = anchor(map.text, record.target.selector);
    if (found.status === 'orphan') {
      debugLog('reader', `note ${record.id} is orphaned`);
      notes.push({ ...noteOf(record, 'orphan'), record });
      continue;
    }
    const span = { start: found.start, end: found.end };
    notes.push({ ...noteOf(record, found.status, found.text), record, span });
    if (record.kind === 'highlight') layers.add(noteGroup(record.colour), span);
  }
  return notes;
}

function articleInput(meta: ArticleMeta, url: string, doc: Document): ArticleInput {
  return {
    id: articleKey(url, meta.canonicalUrl),
    url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title || doc.title || url,
    siteName: meta.siteName,
    byline: meta.byline,
    published: meta.published,
    modified: meta.modified,
    lang: meta.lang,
  };
}
