import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the widget in headless Chromium (`/usr/bin/chromium`) against the service and the emulator. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    globalSetup: ['test/browser/support/build-widget.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
