/** Builds export files from the popup's copy of the library. */
import type { ArticleRecord } from '../utils/db/schema';
import { notesCsv } from '../utils/exchange/csv';
import { articleMarkdown, libraryMarkdown } from '../utils/exchange/markdown';
import { toWebAnnotationJson, type NoteWithArticle } from '../utils/exchange/web-annotation';
import type { LibraryState } from '../utils/library/library-state';

/** A file to hand to the browser's download. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The reader's own notes, article by article, newest article first. */
export function userNotes(state: LibraryState): NoteWithArticle[] {
  const out: NoteWithArticle[] = [];
  for (const article of state.articles) {
    for (const annotation of state.byArticle.get(article.id) ?? []) {
      if (annotation.origin === 'user') out.push({ annotation, article });
    }
  }
  return out;
}

/** The export of `kind` for the whole library. */
export function exportLibrary(state: LibraryState, kind: 'md' | 'json' | 'csv'): ExportFile {
  const day = new Date().toISOString().slice(0, 10);
  if (kind === 'json') {
    return {
      name: `margin-${day}.json`,
      type: 'application/ld+json',
      text: toWebAnnotationJson(userNotes(state)),
    };
  }
  if (kind === 'csv') {
    return { name: `margin-${day}.csv`, type: 'text/csv', text: notesCsv(userNotes(state)) };
  }
  const articles = state.articles.map((article) => ({
    article,
    annotations: state.byArticle.get(article.id) ?? [],
  }));
  return { name: `margin-${day}.md`, type: 'text/markdown', text: libraryMarkdown(articles) };
}

/** One article as Markdown. */
export function exportArticle(state: LibraryState, article: ArticleRecord): ExportFile {
  const slug = article.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);
  return {
    name: `margin-${slug || 'article'}.md`,
    type: 'text/markdown',
    text: articleMarkdown({ article, annotations: state.byArticle.get(article.id) ?? [] }),
  };
}
