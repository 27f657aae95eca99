/** What the popup needs from the outside world, passed in so components stay testable. */
import type { AnnotationPatch, ArticleSnapshot, UpdateResult } from '../utils/db/edits';
import type { ImportOutcome } from '../utils/db/import-notes';
import type { FirstScreen } from '../utils/db/library';
import type { AnnotationRecord, ArticleRecord } from '../utils/db/schema';
import type { Settings } from '../utils/settings';

/**
 * How many articles get their annotations before the first paint: more than a 600 px popup
 * shows at once (a card is 150-900 px tall); the rest follow once that screen is painted.
 */
export const FIRST_PAGE = 4;

/** The popup's repository, browser and clipboard access. */
export interface PopupServices {
  /** Every article, newest first. */
  listArticles(): Promise<ArticleRecord[]>;
  /** The `limit` newest articles, plus the one with id `alsoId` if it exists, with their annotations. */
  firstScreen(limit: number, alsoId?: string): Promise<FirstScreen>;
  /** The whole annotation lists of a few articles, each in text order. */
  annotationsOf(ids: string[]): Promise<Map<string, AnnotationRecord[]>>;
  /** Reads every annotation, batch by batch; the next batch comes once `onBatch` settled. */
  loadAll(onBatch: (batch: AnnotationRecord[]) => void | Promise<void>): Promise<void>;
  /** Resolves after the next frame was painted. */
  nextFrame(): Promise<void>;
  /** Resolves in a new task, so the browser can paint and handle input in between. */
  pause(): Promise<void>;
  update(id: string, expectedModified: number, patch: AnnotationPatch): Promise<UpdateResult>;
  remove(id: string): Promise<AnnotationRecord | undefined>;
  restore(record: AnnotationRecord): Promise<void>;
  forget(articleId: string): Promise<ArticleSnapshot | undefined>;
  restoreArticle(snapshot: ArticleSnapshot): Promise<void>;
  importNotes(
    notes: Array<{ annotation: AnnotationRecord; article: ArticleRecord }>,
  ): Promise<ImportOutcome>;
  /** The article key of the active tab, if it has a web page. */
  currentArticleId(): Promise<string | undefined>;
  openUrl(url: string): void;
  copy(text: string): Promise<void>;
  download(fileName: string, mimeType: string, text: string): void;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  estimate(): Promise<{ usage?: number; quota?: number }>;
  /**
   * Calls `onUpgrading` if the database is being upgraded (here or by the background) before
   * the popup could read it; returns the unsubscribe.
   */
  watchUpgrade?(onUpgrading: () => void): () => void;
  /**
   * The popup has rendered from fresh data (called before that frame is painted, after each
   * change); `plain`: the unfiltered library list is what it shows.
   */
  shown?(plain: boolean): void;
}
