import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import '../../components/popup.css';
import { popupServices } from './services';

render(<PopupApp services={popupServices(window)} />, document.getElementById('app')!);
