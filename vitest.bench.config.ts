import { defineConfig } from 'vitest/config';
import { BenchSequencer } from './test/bench/bench-sequencer.js';

/**
 * `npm run bench`: the benchmark suite. Vitest (not tsx) because Nest needs decorator
 * metadata; one forked process per file, one file at a time, so scenarios neither share a
 * heap nor compete for the two cores.
 */
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench-run.ts'],
    pool: 'forks',
    isolate: true,
    fileParallelism: false,
    execArgv: ['--expose-gc'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    globalSetup: ['test/bench/bench-global-setup.ts'],
    sequence: { sequencer: BenchSequencer },
  },
});
