/**
 * The article panel (Chrome side panel, Firefox sidebar): shows the reading of the window's
 * active tab, or of the tab named by `?tab=ID`, and passes the reader's actions to that tab.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelApp } from '../../components/panel-app';
import '../../components/panel.css';
import { askTab, type PanelAction } from '../../utils/messages';
import type { ReadingSummary } from '../../utils/reading/summary';

const root = document.getElementById('app')!;
const pinned = Number(new URLSearchParams(location.search).get('tab'));

async function tabId(): Promise<number | undefined> {
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

let last = '';
async function refresh(action?: PanelAction): Promise<void> {
  const id = await tabId();
  let summary: ReadingSummary | null = null;
  if (id !== undefined) {
    const reply = action ? await askTab(id, 'panel', { action }) : await askTab(id, 'summary', {});
    summary = reply.ok ? reply.value : null;
  }
  const key = JSON.stringify(summary);
  if (key === last && !action) return;
  last = key;
  render(<PanelApp summary={summary} onAction={(a) => void refresh(a)} />, root);
}

void refresh();
browser.tabs.onActivated.addListener(() => void refresh());
browser.tabs.onUpdated.addListener((_id, info) => {
  if (info.status === 'complete') void refresh();
});
// Readings finish after the tab loads (the analysis takes a moment): poll cheaply.
setInterval(() => void refresh(), 1500);
