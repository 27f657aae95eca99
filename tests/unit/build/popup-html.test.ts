import { describe, expect, it } from 'vitest';
import { rewritePopupHtml } from '../../../scripts/lib/popup-html';

const BUILT = `<!DOCTYPE html>
<html><head>
    <title>Margin</title>
    <script type="module" crossorigin src="/chunks/popup-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/jsx-def.js">
    <link rel="stylesheet" crossorigin href="/assets/popup-123.css">
  </head>
  <body><div id="app"></div><script src="/popup-boot.js"></script></body></html>`;

describe('rewritePopupHtml', () => {
  const assets: Record<string, string> = { 'assets/popup-123.css': 'body{color:red}' };

  it('inlines the stylesheet, leaves the bundle address in a meta and drops the preloads', () => {
    const { html, inlined } = rewritePopupHtml(BUILT, (file) => assets[file]);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain('<meta name="margin-bundle" content="/chunks/popup-abc.js">');
    expect(html).not.toMatch(/<script type="module"|modulepreload|rel="stylesheet"/);
    // The classic boot script stays.
    expect(html).toContain('<script src="/popup-boot.js"></script>');
    expect(inlined).toEqual(['assets/popup-123.css']);
  });

  it('keeps a stylesheet from closing the <style> element early', () => {
    const css = { 'assets/popup-123.css': 'a::after{content:"</style><script>"}' };
    const { html } = rewritePopupHtml(BUILT, (file) => css[file as keyof typeof css]);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
  });

  it('fails the build when the page does not have exactly one module script', () => {
    const none = BUILT.replace(/<script type="module"[^\n]*\n/, '');
    expect(() => rewritePopupHtml(none, (file) => assets[file])).toThrow(/one module script/);
  });

  it('fails the build when a linked stylesheet is not in the bundle', () => {
    expect(() => rewritePopupHtml(BUILT, () => undefined)).toThrow(/not in the build/);
  });
});
