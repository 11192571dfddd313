import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { formatNotes, formatTable, missedGoals, type ScenarioReport } from './bench-report.js';

export const SCENARIO_COUNT = 5;
const DOC = join(import.meta.dirname, '../../docs/benchmarks.md');
const START = '<!-- bench-results:start -->';
const END = '<!-- bench-results:end -->';

function machine(): string {
  let memory: string;
  try {
    memory = execFileSync('free', ['-h'], { encoding: 'utf8' }).trim();
  } catch {
    memory = 'free -h unavailable';
  }
  return [
    `nproc: ${availableParallelism()} (${cpus()[0]?.model ?? 'unknown CPU'})`,
    `node: ${process.version}`,
    'free -h:',
    memory,
  ].join('\n');
}

function render(reports: ScenarioReport[], seconds: number): string {
  const missed = missedGoals(reports);
  return [
    `Date: ${new Date().toISOString()}`,
    'Command: npm run bench  (vitest run --config vitest.bench.config.ts)',
    `Total run time: ${seconds.toFixed(0)} s`,
    '',
    '```text',
    machine(),
    '```',
    '',
    formatTable(reports),
    '',
    missed.length === 0 ? 'All goals met.' : `MISSED (${missed.length}):\n${missed.map((m) => `- ${m}`).join('\n')}`,
    '',
    'How each scenario measured:',
    '',
    formatNotes(reports),
  ].join('\n');
}

/** Writes the latest full run into docs/benchmarks.md, between its markers; a partial run leaves the doc alone. */
function updateDoc(text: string): boolean {
  if (!existsSync(DOC)) return false;
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(DOC, `${doc.slice(0, start + START.length)}\n${text}\n${doc.slice(end)}`);
  return true;
}

export default function setup(project: TestProject): () => void {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'agent-tools-bench-'));
  project.provide('benchResultsDir', dir);
  return () => {
    const reports = readdirSync(dir)
      .filter((file) => !file.startsWith('raw-'))
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ScenarioReport);
    rmSync(dir, { recursive: true, force: true });
    const text = render(reports, (performance.now() - started) / 1000);
    console.log(`\n${text}\n`);
    if (reports.length === SCENARIO_COUNT && updateDoc(text)) console.log('docs/benchmarks.md updated.');
    else console.log(`docs/benchmarks.md left as is (${reports.length} of ${SCENARIO_COUNT} scenarios ran).`);
  };
}
