import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listAnnotations, saveHighlight } from '../utils/db/annotations';
import { recordReading } from '../utils/db/articles';
import { backgroundChecks } from '../utils/message-checks';
import { askTab, serve, type BackgroundProtocol, type Handlers } from '../utils/messages';
import { analyze } from '../utils/nlp/index';

// Analysis runs here rather than in the page: the model is loaded once per background
// lifetime instead of once per tab, and the page's main thread never runs the NLP.
const handlers: Handlers<BackgroundProtocol> = {
  analyze: ({ text }) => analyze(text),
  recordReading: ({ article, annotations }) => recordReading(article, annotations),
  saveHighlight: ({ article, highlight }) => saveHighlight(article, highlight),
  listAnnotations: ({ articleId }) => listAnnotations(articleId),
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    serve(handlers, backgroundChecks, (sender) => sender.id === browser.runtime.id),
  );
  browser.commands.onCommand.addListener(async (name) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await askTab(tab.id, 'command', { name });
  });
});
