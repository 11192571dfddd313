import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { ScenarioReport } from './bench-report.js';

declare module 'vitest' {
  export interface ProvidedContext {
    benchResultsDir: string;
  }
}

/** Hands a scenario's rows to the global teardown, which prints every scenario in one table. */
export function saveScenario(report: ScenarioReport): void {
  const file = join(inject('benchResultsDir'), `${report.order}.json`);
  writeFileSync(file, JSON.stringify(report));
}

/** A measurement one scenario file leaves for a later one (run in a fresh process of its own). */
export function saveMeasurement(name: string, value: unknown): void {
  writeFileSync(join(inject('benchResultsDir'), `raw-${name}.json`), JSON.stringify(value));
}

export function loadMeasurement<T>(name: string): T | undefined {
  const file = join(inject('benchResultsDir'), `raw-${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}
