// First, so the database and the active tab are asked before the rest of the popup's code runs.
import { earlyReads } from './start-reads';
import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import '../../components/popup.css';
import { popupServices } from './services';

// Read by the popup benchmark: when the popup's code has loaded and starts running.
performance.mark('margin:script-start');
render(<PopupApp services={popupServices(window, earlyReads)} />, document.getElementById('app')!);
