import { defineConfig } from 'vitest/config';

/** `npm run test:redis`: the suite that needs a real redis-server on this machine. */
export default defineConfig({
  test: {
    include: ['test/redis/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
