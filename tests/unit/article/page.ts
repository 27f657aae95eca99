/**
 * Parses HTML into its own happy-dom window, as the CLI does. DOMParser documents are not used:
 * happy-dom's Range does not work on them (toString() is empty, comparePoint throws).
 */
import { Window } from 'happy-dom';
import { FEATURE_NAMES, type FeatureVector } from '../../../utils/article/features';
import { readArticle } from '../../../utils/article/index';

/** A live document for `html` at `url`. */
export function pageDocument(html: string, url = 'https://example.com/'): Document {
  const win = new Window({ url, settings: { navigation: { disableMainFrameNavigation: true } } });
  win.document.write(html);
  return win.document as unknown as Document;
}

/** The detection features `readArticle` computes for `html` at `url`, by name. */
export function featuresByName(html: string, url: string): Record<string, number> {
  let x: FeatureVector = [];
  readArticle(pageDocument(html, url || undefined), url, { onFeatures: (v) => (x = v) });
  if (x.length !== FEATURE_NAMES.length) throw new Error(`${x.length} features`);
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, x[i]!]));
}
