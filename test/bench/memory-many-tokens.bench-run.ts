import { describe, expect, it } from 'vitest';
import { goal, type BenchRow } from './bench-report.js';
import { loadMeasurement, saveScenario } from './bench-results.js';
import { measureMemory, type MemoryRun } from './support/memory-run.js';
import { count, deltaMib, mib, MiB } from './support/stats.js';

const TOKENS = 5_000;
const GROWTH_LIMIT = 50 * MiB;
/** What a second round may add to the heap and still count as flat (GC noise). */
const FLAT_LIMIT = 5 * MiB;

function growth(run: MemoryRun) {
  const [first, second] = run.rounds;
  return {
    heap: first.heapUsed - run.idle.heapUsed,
    rss: first.rss - run.idle.rss,
    secondHeap: second.heapUsed - first.heapUsed,
    secondRss: second.rss - first.rss,
  };
}

const describeGrowth = (g: ReturnType<typeof growth>) =>
  `heap ${deltaMib(g.heap)}, RSS ${deltaMib(g.rss)}; 2nd round heap ${deltaMib(g.secondHeap)}, RSS ${deltaMib(g.secondRss)}`;

describe('memory, many tokens', () => {
  it('stays bounded with thousands of distinct tokens', async () => {
    const many = await measureMemory(TOKENS);
    expect(many.failures).toBe(0);
    const one = loadMeasurement<MemoryRun>('memory-one-token');
    const g = growth(many);
    const base = one ? growth(one) : undefined;
    const rows: BenchRow[] = [
      {
        case: `${count(many.requestsPerRound)} requests over ${count(TOKENS)} tokens`,
        measured: describeGrowth(g),
        baseline: base ? `1 token: ${describeGrowth(base)}` : '1 token: not run',
        ratio: base ? `heap ${deltaMib(g.heap - base.heap)} for ${count(TOKENS - 1)} more tokens` : '',
        goal: goal('heap growth < 50 MiB', g.heap < GROWTH_LIMIT),
      },
      {
        case: 'the same run, resident set',
        measured: `RSS ${deltaMib(g.rss)} after round 1, ${deltaMib(g.rss + g.secondRss)} over idle after round 2`,
        baseline: base ? `1 token: RSS ${deltaMib(base.rss)}, then ${deltaMib(base.rss + base.secondRss)}` : '',
        ratio: `rates ${many.roundRates.map((rate) => `${count(rate)}`).join(' / ')} req/s`,
        goal: goal('RSS growth < 50 MiB', g.rss < GROWTH_LIMIT),
      },
      {
        case: 'second round, same tokens',
        measured: `heap ${deltaMib(g.secondHeap)}`,
        baseline: base ? `1 token: heap ${deltaMib(base.secondHeap)}` : '',
        ratio: '',
        goal: goal('flat (heap < +5 MiB)', g.secondHeap < FLAT_LIMIT),
      },
    ];
    saveScenario({
      order: 4,
      scenario: 'Memory',
      rows,
      notes: [
        `Each variant in a fresh process (vitest fork, --expose-gc${many.gcForced ? '' : ' NOT available'}; GC forced`,
        `twice before each reading); emulator and autocannon in other processes. 2,000 warm-up requests with one`,
        `token, then the idle reading, then 2 rounds of ${count(many.requestsPerRound)} GETs of a cached 100-member`,
        `list at 32 connections, tokens taken in turn (one per distinct user). Per-agent limit raised to`,
        `1,000,000/min so the limiter keeps per-agent state without refusing. Growth = after round 1 minus idle.`,
        `Idle: heap ${mib(many.idle.heapUsed)}, RSS ${mib(many.idle.rss)}.`,
      ],
    });
  });
});
