/**
 * Parses a saved page into a DOM in Node with happy-dom, with every kind of loading and script
 * execution off: a page read by Margin's CLI or evaluators can neither run code nor reach the
 * network.
 */
import { Window } from 'happy-dom';

const SETTINGS = {
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
};

/** The URL a page is given when none is known: keeps relative links resolvable, reaches nothing. */
export const PLACEHOLDER_URL = 'https://page.invalid/';

/** Parses `html` as a page at `url`, hands its document to `use`, and frees the window. */
export async function withDocument<T>(
  html: string,
  url: string | undefined,
  use: (doc: Document) => T,
): Promise<T> {
  const window = new Window({ url: url || PLACEHOLDER_URL, settings: SETTINGS });
  try {
    window.document.write(html);
    return use(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
