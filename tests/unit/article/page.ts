/**
 * Parses HTML into its own happy-dom window, as the CLI does. DOMParser documents are not used:
 * happy-dom's Range does not work on them (toString() is empty, comparePoint throws).
 */
import { Window } from 'happy-dom';

/** A live document for `html` at `url`. */
export function pageDocument(html: string, url = 'https://example.com/'): Document {
  const win = new Window({ url, settings: { navigation: { disableMainFrameNavigation: true } } });
  win.document.write(html);
  return win.document as unknown as Document;
}
