import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup-app';
import '../../components/popup.css';
import { loadLibrary } from '../../utils/db/library';

render(
  <PopupApp
    load={loadLibrary}
    onOpenArticle={(url) => void browser.tabs.create({ url }).then(() => window.close())}
  />,
  document.getElementById('app')!,
);
