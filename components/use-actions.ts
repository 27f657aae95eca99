/**
 * The reader's actions on the library: edit, delete with undo, forget, import, copy, open.
 * Each writes through the repository first and changes the popup's copy only once the write
 * succeeded, so what the popup shows is what is stored; failures become feedback, not throws.
 */
import { useMemo } from 'preact/hooks';
import type { AnnotationPatch } from '../utils/db/edits';
import type { AnnotationRecord, ArticleRecord } from '../utils/db/schema';
import { citation, linkToQuote } from '../utils/library/citation';
import {
  withAnnotation,
  withArticle,
  withoutAnnotation,
  withoutArticle,
} from '../utils/library/library-state';
import { errorMessage } from '../utils/messages';
import { loadPopupExtras } from './popup-extras-loader';
import type { Feedback } from './use-feedback';
import type { LibraryHandle } from './use-library';
import type { PopupServices } from './popup-services';
import { strings } from './strings';

/** What the components can ask for. */
export interface Actions {
  /** Resolves true when the edit was stored. */
  edit(record: AnnotationRecord, patch: AnnotationPatch): Promise<boolean>;
  remove(record: AnnotationRecord): Promise<void>;
  forget(article: ArticleRecord): Promise<void>;
  importText(text: string): Promise<void>;
  copyCitation(record: AnnotationRecord, article: ArticleRecord): Promise<void>;
  open(article: ArticleRecord, record?: AnnotationRecord): void;
}

/** Builds the actions over a loaded library. */
export function useActions(
  services: PopupServices,
  handle: LibraryHandle,
  feedback: Pick<Feedback, 'showError' | 'showNotice' | 'offerUndo' | 'clear'>,
): Actions {
  const { change, index, reload } = handle;
  const { showError, showNotice, offerUndo, clear } = feedback;
  return useMemo<Actions>(() => {
    const put = (record: AnnotationRecord) => {
      index.set(record);
      change(record.articleId, (s) => withAnnotation(s, record));
    };
    const drop = (record: AnnotationRecord) => {
      index.remove(record.id);
      change(record.articleId, (s) => withoutAnnotation(s, record.articleId, record.id));
    };
    return {
      async edit(record, patch) {
        try {
          const result = await services.update(record.id, record.modified, patch);
          if (result.ok) {
            put(result.value);
            clear('error');
            return true;
          }
          if (result.reason === 'stale') {
            put(result.current);
            showError(strings.staleEdit);
          } else {
            drop(record);
            showError(strings.missingEdit);
          }
        } catch (error) {
          showError(error);
        }
        return false;
      },
      async remove(record) {
        try {
          const removed = await services.remove(record.id);
          drop(record);
          if (!removed) return;
          offerUndo(strings.deleted, async () => {
            await services.restore(removed);
            put(removed);
          });
        } catch (error) {
          showError(error);
        }
      },
      async forget(article) {
        try {
          const snapshot = await services.forget(article.id);
          for (const a of snapshot?.annotations ?? []) index.remove(a.id);
          change(article.id, (s) => withoutArticle(s, article.id));
          if (!snapshot) return;
          offerUndo(strings.forgotten(article.title), async () => {
            await services.restoreArticle(snapshot);
            for (const a of snapshot.annotations) index.set(a);
            change(article.id, (s) => withArticle(s, snapshot.article, snapshot.annotations));
          });
        } catch (error) {
          showError(error);
        }
      },
      async importText(text) {
        try {
          const checked = (await loadPopupExtras()).checkImport(text);
          if (!checked.ok) {
            showError(checked.error);
            return;
          }
          const outcome = await services.importNotes(checked.notes);
          clear('error');
          showNotice(strings.imported(outcome.added, outcome.skipped));
          reload();
        } catch (error) {
          showError(error);
        }
      },
      async copyCitation(record, article) {
        try {
          await services.copy(citation(record, article));
          showNotice(strings.copied);
        } catch (error) {
          showError(`${strings.copyFailed} ${errorMessage(error)}`);
        }
      },
      open(article, record) {
        const quote = record?.target.selector[0].exact;
        services.openUrl(quote ? linkToQuote(article.url, quote) : article.url);
      },
    };
  }, [services, change, index, reload, showError, showNotice, offerUndo, clear]);
}
