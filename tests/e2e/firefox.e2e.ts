/** The Margin E2E suite in headless Firefox ESR with the MV2 build. */
import { fileURLToPath } from 'node:url';
import { launchFirefox } from './launch-firefox';
import { defineMarginSuite } from './margin-suite';
import { definePopupSuite } from './popup-suite';
import { defineReadingSuite } from './reading-suite';
import { defineSiteAccessSuite } from './site-access-suite';

const extensionDir =
  process.env.MARGIN_FIREFOX_EXT ??
  fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

defineMarginSuite(launchFirefox, extensionDir);
definePopupSuite(launchFirefox, extensionDir);
defineReadingSuite(launchFirefox, extensionDir);
defineSiteAccessSuite(launchFirefox, extensionDir);
