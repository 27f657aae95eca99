import { fileURLToPath } from 'node:url';
import { launchChromium } from './launch-chromium';
import { definePopupSuite } from './popup-suite';
definePopupSuite(launchChromium, fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url)));
