import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DebugLogView } from '../../components/debug-log-view';
import { SiteAccessView } from '../../components/site-access-view';

render(
  <main>
    <h1>Margin</h1>
    <SiteAccessView area={browser.storage.local} onChanged={browser.storage.onChanged} />
    <DebugLogView area={browser.storage.local} onChanged={browser.storage.onChanged} />
  </main>,
  document.getElementById('app')!,
);
