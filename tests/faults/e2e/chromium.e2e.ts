/** The fault suite in headless Chromium with the MV3 build. */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../e2e/launch-chromium';
import { defineHostileSuite } from './hostile-suite';

defineHostileSuite(
  launchChromium,
  process.env.MARGIN_CHROME_EXT ??
    fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url)),
);
