import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { popupHtml } from './scripts/lib/popup-html';

// Firefox is built as MV2: host permissions are granted at install there (MV3 makes them
// opt-in per site, which would leave a fresh install silently inert) and its event page
// keeps the NLP model warm between messages. Chrome gets MV3, the only kind it accepts.
/** Entrypoints built against the browser's own `browser`/`chrome` instead of the polyfill. */
const NATIVE_BROWSER = new Set(['content', 'popup', 'popup-boot', 'options', 'sidepanel']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), popupHtml()] }),
  hooks: {
    // The always-on detector runs in every page, so it is kept small: it uses only promise
    // APIs both browsers have natively (runtime messages, storage), so it is built without
    // webextension-polyfill (about 3 KB gzipped). So are the extension pages (popup, options,
    // side panel: tabs, storage and runtime messages, all promise-based natively in Chrome MV3
    // and Firefox): evaluating the polyfill was part of every popup opening. The background and
    // the reader keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => NATIVE_BROWSER.has(e.name))) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const resolve = (config.resolve ??= {});
      const alias = resolve.alias ?? [];
      resolve.alias = Array.isArray(alias)
        ? [native, ...alias]
        : [native, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  zip: {
    // AMO reviewers rebuild from the sources zip: it needs the code, the committed models and
    // the lock file, not the tests, their fixtures, CI or local results.
    excludeSources: [
      'tests/**',
      'test-results/**',
      '.ci/**',
      '.github/**',
      '**/*.test.ts',
      '**/*.test.tsx',
    ],
  },
  manifest: ({ manifestVersion }) => ({
    name: 'Margin',
    description: 'Highlights who said what in news articles and keeps your notes on this device.',
    // storage: settings; unlimitedStorage: notes must not hit the default quota;
    // activeTab + tabs-less design: the popup only needs the active tab's URL, which
    // activeTab grants when the user opens it.
    // contextMenus: "Save selection with Margin…" and "Open the Margin article panel" in the
    // page's context menu. (The side panel's `sidePanel` permission on Chrome is added by
    // WXT with the panel entrypoint; Firefox's sidebar_action needs none.)
    // scripting (MV3 only): the background injects the reader bundle into frames where the
    // small always-on detector found an article (MV2 Firefox uses tabs.executeScript, which
    // needs no permission beyond the host one).
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'contextMenus',
      ...(manifestVersion === 3 ? ['scripting'] : []),
    ],
    // Injecting the reader needs host access to the page; the detector's content script on
    // <all_urls> already reads every page, so this widens nothing (MV2 lists it in permissions).
    host_permissions: ['<all_urls>'],
    browser_specific_settings: {
      gecko: {
        id: 'margin@margin.invalid',
        strict_min_version: '140.0',
        // Margin collects nothing: every byte it keeps stays in this browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
      gecko_android: { strict_min_version: '142.0' },
    },
    commands: {
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Save the selected text as a highlight',
      },
      // Chrome allows four suggested keys; the reader can bind the rest.
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Show the next claim in the article',
      },
      'previous-claim': { description: 'Show the previous claim in the article' },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show or hide all Margin highlights on this page',
      },
    },
  }),
});
