/** The popup's services wired to the real repository, tabs, clipboard and storage. */
import { browser } from 'wxt/browser';
import { afterPaint, yieldTask } from '../../components/frames';
import { FIRST_PAGE, type PopupServices } from '../../components/popup-services';
import {
  deleteAnnotation,
  forgetArticle,
  restoreAnnotation,
  restoreArticle,
  updateAnnotation,
} from '../../utils/db/edits';
import { importNotes } from '../../utils/db/import-notes';
import {
  annotationsOf,
  listAllArticles,
  loadAllAnnotations,
  loadFirstScreen,
} from '../../utils/db/library';
import { watchUpgrade } from '../../utils/db/open';
import { loadSettings, saveSettings } from '../../utils/settings';
import { upgradeNoted } from '../../utils/upgrade-notice';
import { activeArticleId, type EarlyReads } from './early-reads';
import { clearSnapshot, dropSnapshot, saveSnapshot, snapshotTag } from './snapshot';

/** How long the unfiltered list must stay unchanged before it is saved as the snapshot. */
const SAVE_AFTER_MS = 300;

/** Services for the popup page `win`; the first screen's reads are taken from `early` once. */
export function popupServices(win: Window, early: EarlyReads = {}): PopupServices {
  const tag = snapshotTag(browser.runtime?.getManifest?.().version ?? '');
  let saving: ReturnType<typeof setTimeout> | undefined;
  return {
    listArticles: listAllArticles,
    firstScreen(limit, alsoId) {
      const pending = limit === FIRST_PAGE && alsoId === undefined ? early.firstScreen : undefined;
      if (!pending) return loadFirstScreen(limit, alsoId);
      // Taken once: a reload reads afresh.
      early.firstScreen = undefined;
      return pending;
    },
    annotationsOf,
    loadAll: (onBatch) => loadAllAnnotations(onBatch),
    nextFrame: () => afterPaint(win),
    pause: () => yieldTask(win),
    update: (id, expected, patch) => updateAnnotation(id, expected, patch),
    remove: deleteAnnotation,
    restore: restoreAnnotation,
    forget(articleId) {
      // Before the write: the snapshot must not show the forgotten article again.
      clearSnapshot(win.localStorage);
      return forgetArticle(articleId);
    },
    restoreArticle,
    importNotes(notes) {
      clearSnapshot(win.localStorage);
      return importNotes(notes);
    },
    currentArticleId() {
      const pending = early.currentArticleId;
      early.currentArticleId = undefined;
      return pending ?? activeArticleId();
    },
    openUrl: (url) => void browser.tabs.create({ url }),
    copy: (text) => win.navigator.clipboard.writeText(text),
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = win.document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    loadSettings: () => loadSettings(),
    saveSettings: (settings) => saveSettings(settings),
    watchUpgrade(onUpgrading) {
      let live = true;
      // Queued behind the background's upgrade, this page's open runs no upgrade of its own.
      void upgradeNoted().then((noted) => live && noted && onUpgrading());
      const stop = watchUpgrade(onUpgrading);
      return () => {
        live = false;
        stop();
      };
    },
    estimate: async () => (await win.navigator.storage?.estimate?.()) ?? {},
    shown(plain) {
      // Read by the popup benchmark: when fresh data replaced the snapshot.
      if (dropSnapshot(win.document)) performance.mark('margin:snapshot-dropped');
      clearTimeout(saving);
      if (plain)
        saving = setTimeout(() => saveSnapshot(win.document, win.localStorage, tag), SAVE_AFTER_MS);
    },
  };
}
