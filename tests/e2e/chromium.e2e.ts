/** The Margin E2E suite in headless Chromium with the MV3 build. */
import { fileURLToPath } from 'node:url';
import { launchChromium } from './launch-chromium';
import { defineMarginSuite } from './margin-suite';
import { definePopupSuite } from './popup-suite';
import { defineReadingSuite } from './reading-suite';
import { defineSiteAccessSuite } from './site-access-suite';
import { defineToolbarPopupSuite } from './toolbar-popup-suite';

const extensionDir =
  process.env.MARGIN_CHROME_EXT ??
  fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

defineMarginSuite(launchChromium, extensionDir);
definePopupSuite(launchChromium, extensionDir);
defineReadingSuite(launchChromium, extensionDir);
defineSiteAccessSuite(launchChromium, extensionDir);
// Chromium only: stable Firefox lets an extension open its popup only on a user action.
defineToolbarPopupSuite(launchChromium, extensionDir);
