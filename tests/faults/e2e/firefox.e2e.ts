/** The fault suite in headless Firefox ESR with the MV2 build. */
import { fileURLToPath } from 'node:url';
import { launchFirefox } from '../../e2e/launch-firefox';
import { defineHostileSuite } from './hostile-suite';

defineHostileSuite(
  launchFirefox,
  process.env.MARGIN_FIREFOX_EXT ??
    fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url)),
);
