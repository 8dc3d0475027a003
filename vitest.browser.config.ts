import { defineConfig } from 'vitest/config';

// Real-browser tests: playwright-core drives the system Chromium with the built
// extension loaded. Run after `wxt build` (npm run test:browser does both).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
