import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The fault-injection suite (`npm run test:faults`): unit-level faults against fake-indexeddb
// and a fake browser, then the hostile-page, network and service-worker faults in real
// browsers. One file at a time: the E2E files each start a browser on a shared 2-core machine.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    fileParallelism: false,
    maxWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'faults-unit',
          include: ['tests/faults/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: {
          name: 'faults-e2e',
          include: ['tests/faults/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
