/** What `npm run annotate` computes for one input: the same stages the extension runs. */
import { readArticle } from '../../utils/article/index';
import { analyze } from '../../utils/nlp/index';
import type { Analysis } from '../../utils/nlp/types';
import { NODE_BUDGET, happyDomSafeHtml } from './happy-dom-html';
import { withDocument } from './html-document';

/** The CLI's result object (the public annotate contract). */
export interface AnnotateResult extends Analysis {
  id?: string;
  article?: {
    isArticle: boolean;
    title?: string;
    byline?: string;
    published?: string;
    siteName?: string;
    lang?: string;
    text: string;
  };
}

/** Analyses plain text as given. */
export function annotateText(text: string, id?: string): AnnotateResult {
  return { ...(id === undefined ? {} : { id }), ...analyze(text) };
}

/** Detects the article in a page, extracts its body and analyses it; offsets refer to the body. */
export async function annotateHtml(
  html: string,
  url?: string,
  id?: string,
): Promise<AnnotateResult> {
  // happy-dom needs its parser workaround and a wider time budget than a browser does.
  const reading = await withDocument(happyDomSafeHtml(html), url, (doc) => {
    const { detection, meta, body } = readArticle(doc, url, { budget: NODE_BUDGET });
    return { detection, meta, text: body?.text ?? '' };
  });
  const { meta } = reading;
  const isArticle = reading.detection.isArticle && reading.text.length > 0;
  const analysis = isArticle ? analyze(reading.text) : { actors: [], claims: [] };
  return {
    ...(id === undefined ? {} : { id }),
    article: {
      isArticle,
      ...(meta.title ? { title: meta.title } : {}),
      ...(meta.byline ? { byline: meta.byline } : {}),
      ...(meta.published ? { published: meta.published } : {}),
      ...(meta.siteName ? { siteName: meta.siteName } : {}),
      ...(meta.lang ? { lang: meta.lang } : {}),
      text: isArticle ? reading.text : '',
    },
    ...analysis,
  };
}
