import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goal, type BenchRow } from './bench-report.js';
import { saveScenario } from './bench-results.js';
import { serialQueueMembers, tutorialRoutingApi } from './serial-tutorial-loop.js';
import { startBenchService, pageConcurrency, type BenchService } from './support/bench-service.js';
import { EmulatorPeer } from './support/emulator-peer.js';
import { median, ms, times } from './support/stats.js';
import { NO_CACHE, timedGet } from './support/timed-get.js';

const PAGE_COUNTS = [1, 10, 24, 50];
const LATENCY_MS = 50;
const REPETITIONS = 5;
const GOAL_PAGES = 24;

const queueName = (pages: number) => `${pages} pages`;

/** The best any walk can do: page 1 (with the access probe beside it), then the rest `concurrency` at a time. */
const floorMs = (pages: number, concurrency: number) => LATENCY_MS * (1 + Math.ceil((pages - 1) / concurrency));

describe('cold aggregation', () => {
  let emulator: EmulatorPeer;
  let service: BenchService;

  beforeAll(async () => {
    emulator = await EmulatorPeer.start({
      users: 5_000,
      queues: PAGE_COUNTS.map((pages) => ({ name: queueName(pages), members: pages * 100 })),
      latency: { fixedMs: LATENCY_MS },
      viewerTokens: 1,
    });
    service = await startBenchService(emulator.url, { RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await service?.close();
    await emulator?.stop();
  });

  it('walks every page near the floor and ahead of the serial tutorial loop', async () => {
    const routing = tutorialRoutingApi(emulator.url);
    const concurrency = pageConcurrency();
    const rows: BenchRow[] = [];
    for (const pages of PAGE_COUNTS) {
      const queue = emulator.queue(queueName(pages));
      const token = queue.viewerTokens[0];
      const url = `${service.url}/agent-tools/queues/${queue.id}/members`;
      // Resolves the identity and the access proof, and runs both code paths once before timing.
      expect((await timedGet<{ total: number }>(url, token, NO_CACHE)).body.total).toBe(queue.members);
      expect((await serialQueueMembers(routing, queue.id, token)).members).toHaveLength(queue.members);

      await emulator.resetRequests();
      const serviceMs: number[] = [];
      const serialMs: number[] = [];
      for (let i = 0; i < REPETITIONS; i++) {
        const answer = await timedGet<{ total: number }>(url, token, NO_CACHE);
        expect(answer.status).toBe(200);
        expect(answer.body.total).toBe(queue.members);
        expect(answer.headers.get('x-cache')).toBe('MISS');
        serviceMs.push(answer.ms);
        const started = performance.now();
        const serial = await serialQueueMembers(routing, queue.id, token);
        serialMs.push(performance.now() - started);
        expect(serial.pages).toBe(pages);
      }
      // Only member pages were timed: the identity and access proof stayed cached.
      const calls = await emulator.requests();
      expect(calls.filter((call) => !call.path.endsWith('/members'))).toEqual([]);
      expect(calls).toHaveLength(2 * REPETITIONS * pages);

      const service50 = median(serviceMs);
      const serial50 = median(serialMs);
      const floor = floorMs(pages, concurrency);
      const vsSerial = serial50 / service50;
      const vsFloor = service50 / floor;
      rows.push({
        case: `${pages} page${pages === 1 ? '' : 's'} (${(pages * 100).toLocaleString('en-US')} members)`,
        measured: `service ${ms(service50)}`,
        baseline: `serial loop ${ms(serial50)}; floor ${ms(floor)}`,
        ratio: `serial / service ${times(vsSerial)}; service / floor ${times(vsFloor)}`,
        goal:
          pages === GOAL_PAGES
            ? goal('<= 1.5x floor and >= 4x faster than serial', vsFloor <= 1.5 && vsSerial >= 4)
            : undefined,
      });
    }
    saveScenario({
      order: 1,
      scenario: 'Cold aggregation',
      rows,
      notes: [
        `Emulator in its own process, ${LATENCY_MS} ms added to every call; GET /agent-tools/queues/:id/members`,
        `with Cache-Control: no-cache over real HTTP (identity and access proof warmed first), against the`,
        `tutorial's serial nextUri loop on the same SDK, alternated, median of ${REPETITIONS} each.`,
        `Floor = ${LATENCY_MS} ms x (1 + ceil((pages - 1) / ${concurrency})), PAGE_CONCURRENCY=${concurrency}.`,
      ],
    });
  });
});
