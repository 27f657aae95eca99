import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file (one browser) at a time, in Node, with
// timeouts that leave room for a cold browser start on a busy 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    sequence: { concurrent: false },
  },
});
