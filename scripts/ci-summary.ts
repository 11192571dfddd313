/**
 * Sums the vitest JSON reports that `.ci/run` asks each suite for, and prints the plain
 * closing line CI reads: `tests: N passed, N failed`.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
}

const dir = process.argv[2] ?? 'test-artifacts/ci';
const reports = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as VitestJsonReport);
const passed = reports.reduce((sum, report) => sum + report.numPassedTests, 0);
const failed = reports.reduce((sum, report) => sum + report.numFailedTests, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
