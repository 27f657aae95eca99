/** The popup's services wired to the real repository, tabs, clipboard and storage. */
import { browser } from 'wxt/browser';
import { afterPaint, yieldTask } from '../../components/frames';
import type { PopupServices } from '../../components/popup-services';
import { articleKey } from '../../utils/anchoring/url-identity';
import {
  deleteAnnotation,
  forgetArticle,
  restoreAnnotation,
  restoreArticle,
  updateAnnotation,
} from '../../utils/db/edits';
import { importNotes } from '../../utils/db/import-notes';
import { listAllArticles, loadAllAnnotations, loadFirstScreen } from '../../utils/db/library';
import { loadSettings, saveSettings } from '../../utils/settings';

/** Services for the popup page `win`. */
export function popupServices(win: Window): PopupServices {
  return {
    listArticles: listAllArticles,
    firstScreen: loadFirstScreen,
    loadAll: (onBatch) => loadAllAnnotations(onBatch),
    nextFrame: () => afterPaint(win),
    pause: () => yieldTask(win),
    update: (id, expected, patch) => updateAnnotation(id, expected, patch),
    remove: deleteAnnotation,
    restore: restoreAnnotation,
    forget: forgetArticle,
    restoreArticle,
    importNotes,
    async currentArticleId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url && /^https?:/.test(tab.url) ? articleKey(tab.url) : undefined;
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
    estimate: async () => (await win.navigator.storage?.estimate?.()) ?? {},
  };
}
