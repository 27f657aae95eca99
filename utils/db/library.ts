/** Read models for the popup: articles with their annotations, newest first. */
import { listAnnotations } from './annotations';
import { listArticles } from './articles';
import type { AnnotationRecord, ArticleRecord } from './schema';

/** An article and everything saved on it. */
export interface LibraryEntry {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/** The most recently read articles with their annotations. */
export async function loadLibrary(limit = 100): Promise<LibraryEntry[]> {
  const articles = await listArticles(limit);
  return Promise.all(
    articles.map(async (article) => ({ article, annotations: await listAnnotations(article.id) })),
  );
}
