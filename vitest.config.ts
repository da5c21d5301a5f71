import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    // The e2e tests poll the UI in Chromium; on a 2-core machine with other tests running, a redraw after
    // a zoom or a reload has taken over the default second (CI failed twice on it, the tests passed alone).
    expect: { poll: { timeout: 5_000 } },
  },
});
