/**
 * What the popup needs only after its first screen: the views behind the other tabs, the
 * exports, the import check and the actors summary. Loaded as its own chunk by
 * `loadPopupExtras`, so the first paint does not wait for its code.
 */
export { ActorsView } from './actors-view';
export { DataView } from './data-view';
export { SettingsView } from './settings-view';
export { exportArticle } from './exports';
export { checkImport } from '../utils/exchange/import-check';
export { collectActors } from '../utils/library/actors';
