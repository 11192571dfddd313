import { startBenchService } from './bench-service.js';
import { EmulatorPeer } from './emulator-peer.js';
import { LoadPeer } from './load-peer.js';

export interface MemorySnapshot {
  rss: number;
  heapUsed: number;
}

export interface MemoryRun {
  tokens: number;
  requestsPerRound: number;
  idle: MemorySnapshot;
  rounds: MemorySnapshot[];
  /** Requests per second of each round, for the record: round 1 of many tokens resolves each one. */
  roundRates: number[];
  failures: number;
  gcForced: boolean;
}

const REQUESTS_PER_ROUND = 20_000;
const ROUNDS = 2;
const CONNECTIONS = 32;

async function snapshot(): Promise<MemorySnapshot> {
  // Two passes with a turn of the event loop between: finalizers and weak refs settle in the second.
  for (let pass = 0; pass < 2; pass++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/**
 * The service in this (fresh) process, the emulator and the load generator in others so that
 * only the service's memory is measured: idle, then after each round of requests spread over
 * `tokenCount` tokens (distinct users) on one cached 100-member list.
 */
export async function measureMemory(tokenCount: number): Promise<MemoryRun> {
  const emulator = await EmulatorPeer.start({
    users: Math.max(300, tokenCount + 200),
    queues: [{ name: 'Memory', members: 100 }],
    viewerTokens: tokenCount,
  });
  // A limit far above the load keeps the limiter's per-agent state in play without refusing anyone.
  const service = await startBenchService(emulator.url, { RATE_LIMIT_PER_MINUTE: '1000000' });
  const load = LoadPeer.start();
  try {
    const queue = emulator.queue('Memory');
    const url = `${service.url}/agent-tools/queues/${queue.id}/members`;
    const warm = await load.run({
      url,
      tokens: queue.viewerTokens.slice(0, 1),
      connections: CONNECTIONS,
      amount: 2_000,
    });
    let failures = warm.non2xx + warm.errors;
    const idle = await snapshot();
    const rounds: MemorySnapshot[] = [];
    const roundRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const result = await load.run({
        url,
        tokens: queue.viewerTokens,
        connections: CONNECTIONS,
        amount: REQUESTS_PER_ROUND,
      });
      failures += result.non2xx + result.errors;
      roundRates.push(result.requestsPerSec);
      rounds.push(await snapshot());
    }
    return {
      tokens: tokenCount,
      requestsPerRound: REQUESTS_PER_ROUND,
      idle,
      rounds,
      roundRates,
      failures,
      gcForced: globalThis.gc !== undefined,
    };
  } finally {
    await load.stop();
    await service.close();
    await emulator.stop();
  }
}
