import { describe, expect, it } from 'vitest';
import { saveMeasurement } from './bench-results.js';
import { measureMemory } from './support/memory-run.js';

/** The baseline of the memory scenario, in a process of its own; memory-many-tokens reports both. */
describe('memory, one token', () => {
  it('measures the service after rounds of requests with one token', async () => {
    const run = await measureMemory(1);
    expect(run.failures).toBe(0);
    saveMeasurement('memory-one-token', run);
  });
});
