import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goal, type BenchRow } from './bench-report.js';
import { saveScenario } from './bench-results.js';
import { startBenchService } from './support/bench-service.js';
import { EmulatorPeer, type LoggedCall } from './support/emulator-peer.js';
import { count, ms, times } from './support/stats.js';
import { timedGet } from './support/timed-get.js';

const CROWDS = [50, 200];
const PAGES = 10;
const LATENCY_MS = 50;
const GOAL_AGENTS = 50;

type Identities = 'cold' | 'warm';

function breakdown(calls: LoggedCall[], queueId: string) {
  return {
    identity: calls.filter((call) => call.path === '/api/v2/users/me').length,
    probes: calls.filter((call) => call.path === `/api/v2/routing/queues/${queueId}`).length,
    pages: calls.filter((call) => call.path.endsWith('/members')).length,
  };
}

describe('crowd', () => {
  let emulator: EmulatorPeer;

  beforeAll(async () => {
    emulator = await EmulatorPeer.start({
      users: 1_000,
      queues: [{ name: 'Crowd', members: PAGES * 100 }],
      latency: { fixedMs: LATENCY_MS },
      viewerTokens: Math.max(...CROWDS),
    });
  });
  afterAll(() => emulator?.stop());

  it('asks Genesys for each page once however many agents ask at once', async () => {
    const queue = emulator.queue('Crowd');
    const rows: BenchRow[] = [];
    for (const agents of CROWDS) {
      for (const identities of ['cold', 'warm'] satisfies Identities[]) {
        // A fresh service per run: an empty cache, no identity known unless warmed here.
        const service = await startBenchService(emulator.url);
        try {
          const tokens = queue.viewerTokens.slice(0, agents);
          if (identities === 'warm') {
            await Promise.all(tokens.map((token) => timedGet(`${service.url}/agent-tools/me`, token)));
          }
          await emulator.resetRequests();
          const started = performance.now();
          const answers = await Promise.all(
            tokens.map((token) =>
              timedGet<{ total: number }>(`${service.url}/agent-tools/queues/${queue.id}/members`, token),
            ),
          );
          const wallMs = performance.now() - started;
          for (const answer of answers) {
            expect(answer.status).toBe(200);
            expect(answer.body.total).toBe(queue.members);
          }
          const calls = await emulator.requests();
          const split = breakdown(calls, queue.id);
          expect(split.identity + split.probes + split.pages).toBe(calls.length);
          const naive = agents * PAGES;
          const fewer = naive / calls.length;
          rows.push({
            case: `${agents} agents, identities ${identities}`,
            measured:
              `${count(calls.length)} calls (${split.identity} identity, ${split.probes} access probes, ` +
              `${split.pages} member pages); all answered in ${ms(wallMs)}`,
            baseline: `naive ${count(naive)} (${agents} x ${PAGES} pages)`,
            ratio: `${times(fewer)} fewer (member pages alone: ${times(naive / Math.max(1, split.pages))})`,
            // The goal counts what caching can save: member pages and access probes. Resolving a
            // token the service has never seen is one call per agent that no cache can share.
            goal: agents === GOAL_AGENTS && identities === 'warm' ? goal('>= 8x fewer', fewer >= 8) : undefined,
          });
        } finally {
          await service.close();
        }
      }
    }
    saveScenario({
      order: 2,
      scenario: 'Crowd',
      rows,
      notes: [
        `N distinct agents (each a user with routing:queue:view, own token) GET one ${PAGES}-page queue at once`,
        `against a fresh service (empty cache), emulator at ${LATENCY_MS} ms a call; every upstream call is counted`,
        `from the emulator's request log. "identities warm": each agent called /me first (not counted), as an agent`,
        `already using the desktop has. The 8x goal applies to that case: with identities cold, each agent adds the`,
        `one /users/me call the contract requires per new token, which no cache can share (cold rows are for scale).`,
      ],
    });
  });
});
