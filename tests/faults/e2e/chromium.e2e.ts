/** The fault suite in headless Chromium with the MV3 build. */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../e2e/launch-chromium';
import { defineHostileSuite } from './hostile-suite';
import { defineWorkerStopSuite } from './worker-stop-suite';

const extensionDir =
  process.env.MARGIN_CHROME_EXT ??
  fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

defineHostileSuite(launchChromium, extensionDir);
// Firefox runs the MV2 background as a persistent page, which it never unloads (README).
defineWorkerStopSuite(launchChromium, extensionDir);
