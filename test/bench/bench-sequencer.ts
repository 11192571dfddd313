import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The order of the printed table; cheap scenarios first so a broken setup shows early. */
const ORDER = [
  'cold-aggregation',
  'crowd-coalescing',
  'warm-throughput',
  'memory-one-token',
  'memory-many-tokens',
  'upstream-overhead',
];

function rank(file: TestSpecification): number {
  const index = ORDER.indexOf(basename(file.moduleId).replace(/\.bench-run\.ts$/, ''));
  return index < 0 ? ORDER.length : index;
}

/** Runs the scenarios one after another in a fixed order. */
export class BenchSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}
