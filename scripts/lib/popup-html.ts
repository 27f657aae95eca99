/**
 * A build step for popup.html (a Vite plugin, wired in wxt.config.ts). Measured in
 * `npm run bench:popup`: with the stylesheet linked and the module bundle in <head>, the boot
 * script (entrypoints/popup-boot.ts) waited for the stylesheet and the bundle's fetches, and
 * the first frame waited for the bundle's evaluation. So the popup's CSS (5 KB) is inlined, and
 * the bundle's address is left in a <meta> for the boot script to start it after the first
 * frame (entrypoints/popup/bundle-loader.ts); its module preloads go with it.
 */
import type { Plugin } from 'vite';
import { BUNDLE_META } from '../../entrypoints/popup/bundle-loader';

/** Reads a built asset's text by its path in the bundle; undefined when there is none. */
export type AssetReader = (fileName: string) => string | undefined;

const STYLESHEET = /<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"[^>]*? src="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

/**
 * popup.html as built, rewritten: stylesheets inlined, the module script turned into the
 * bundle meta, module preloads dropped. Returns the inlined CSS files too (to drop from the
 * output). Throws when the page has not exactly one module script or a stylesheet is missing,
 * so a change in Vite's output fails the build instead of shipping a popup that never loads.
 */
export function rewritePopupHtml(
  html: string,
  readAsset: AssetReader,
): { html: string; inlined: string[] } {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1) {
    throw new Error(`popup.html: expected one module script, found ${scripts.length}`);
  }
  const inlined: string[] = [];
  const out = html
    .replace(STYLESHEET, (_, file: string) => {
      const css = readAsset(file);
      if (css === undefined) throw new Error(`popup.html: stylesheet ${file} is not in the build`);
      inlined.push(file);
      // Inside <style> only "</style" could end the element early; CSS never needs it.
      return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
    })
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, (_, src: string) => `<meta name="${BUNDLE_META}" content="${src}">`);
  return { html: out, inlined };
}

/** The Vite plugin: applies `rewritePopupHtml` to the built popup page only. */
export function popupHtml(): Plugin {
  return {
    name: 'margin:popup-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !/\/popup\/index\.html$/.test(ctx.filename)) return html;
        const read: AssetReader = (file) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? String(asset.source) : undefined;
        };
        const { html: out, inlined } = rewritePopupHtml(html, read);
        for (const file of inlined) delete bundle[file];
        return out;
      },
    },
  };
}
