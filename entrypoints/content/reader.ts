/**
 * One reading of the page: detect the article, have the background analyse its body, paint
 * what was found, record the reading, restore the reader's notes and offer the toolbar.
 */
import { anchor } from '../../utils/anchoring/anchor';
import { describe } from '../../utils/anchoring/describe';
import { articleKey } from '../../utils/anchoring/url-identity';
import { readArticle } from '../../utils/article/index';
import { offsetsFromRange, rangeFromOffsets } from '../../utils/article/text-map';
import type { ArticleMeta, TextMap } from '../../utils/article/types';
import type { ArticleInput } from '../../utils/db/articles';
import type { AnnotationRecord } from '../../utils/db/schema';
import { debugLog } from '../../utils/debug-log';
import { GROUP_PRIORITY, groupSpans } from '../../utils/highlight/groups';
import type { Painter } from '../../utils/highlight/painter';
import { askBackground } from '../../utils/messages';
import { autoAnnotations } from './auto-annotations';

/** What the rest of the content script needs to know about the article being read. */
export interface Reading {
  article: ArticleInput;
  map: TextMap;
}

/**
 * Reads the page; resolves to the reading, or null when the page is no article. `isStale`
 * turns true when a newer reading has started (the URL changed, the article grew): a stale
 * reading stops before it paints or records anything.
 */
export async function readPage(
  doc: Document,
  painter: Painter,
  isStale: () => boolean,
): Promise<Reading | null> {
  const url = doc.location?.href ?? '';
  const { detection, meta, body } = readArticle(doc, url);
  if (!detection.isArticle || !body || !body.text.trim()) {
    debugLog('reader', `not an article (${detection.confidence.toFixed(2)})`, detection.signals);
    return null;
  }
  const article = articleInput(meta, url, doc);

  const analysis = await askBackground('analyze', { text: body.text });
  if (isStale()) return null;
  if (!analysis.ok) {
    debugLog('reader', `analysis failed: ${analysis.error}`);
  } else {
    for (const [name, spans] of groupSpans(analysis.value)) {
      painter.paint(name, toRanges(body, spans), GROUP_PRIORITY[name]);
    }
    const recorded = await askBackground('recordReading', {
      article,
      annotations: autoAnnotations(body.text, analysis.value, article.id),
    });
    if (!recorded.ok) debugLog('reader', `could not record the reading: ${recorded.error}`);
  }

  const saved = await askBackground('listAnnotations', { articleId: article.id });
  if (isStale()) return null;
  if (saved.ok) restoreNotes(body, saved.value, painter);
  else debugLog('reader', `could not load saved notes: ${saved.error}`);
  return { article, map: body };
}

/** Saves the reader's selection as a highlight with a note, and paints it. */
export async function saveSelection(
  reading: Reading,
  range: Range,
  note: string,
  painter: Painter,
): Promise<void> {
  const offsets = offsetsFromRange(reading.map, range);
  if (!offsets || offsets.end <= offsets.start) {
    throw new Error('the selection is outside the article.');
  }
  const result = await askBackground('saveHighlight', {
    article: reading.article,
    highlight: {
      target: {
        source: reading.article.id,
        selector: describe(reading.map.text, offsets.start, offsets.end),
      },
      body: note,
      // One id for every resend of this save, so a retried save never stores the note twice.
      id: crypto.randomUUID(),
      colour: 'yellow',
    },
  });
  if (!result.ok) throw new Error(result.error);
  painter.add(
    'margin-note',
    rangeFromOffsets(reading.map, offsets.start, offsets.end),
    GROUP_PRIORITY['margin-note'],
  );
}

function restoreNotes(map: TextMap, saved: AnnotationRecord[], painter: Painter): void {
  const ranges: Range[] = [];
  for (const annotation of saved) {
    if (annotation.origin !== 'user') continue;
    const found = anchor(map.text, annotation.target.selector);
    if (found.start === undefined || found.end === undefined) {
      debugLog('reader', `note ${annotation.id} is orphaned`);
      continue;
    }
    ranges.push(rangeFromOffsets(map, found.start, found.end));
  }
  painter.paint('margin-note', ranges, GROUP_PRIORITY['margin-note']);
}

function toRanges(map: TextMap, spans: { start: number; end: number }[]): Range[] {
  return spans.map((span) => rangeFromOffsets(map, span.start, span.end));
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
