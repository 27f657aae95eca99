import { render } from 'preact';
import { DebugLogView } from '../../components/debug-log-view';
import { browser } from 'wxt/browser';

render(
  <DebugLogView area={browser.storage.local} onChanged={browser.storage.onChanged} />,
  document.getElementById('app')!,
);
