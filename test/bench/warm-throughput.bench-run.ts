import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goal } from './bench-report.js';
import { saveScenario } from './bench-results.js';
import { startBenchHost } from './support/bench-host.module.js';
import { EmulatorPeer } from './support/emulator-peer.js';
import { LoadPeer, type LoadResult } from './support/load-peer.js';
import { RawBytes } from './support/raw-bytes.controller.js';
import { count, ms, times } from './support/stats.js';
import { timedGet } from './support/timed-get.js';

const CONNECTIONS = 32;
const WARMUP_SEC = 1;
const ROUND_SEC = 3;

interface Totals {
  requests: number;
  seconds: number;
  p50: number[];
  p99: number[];
  failures: number;
}

const summary = (totals: Totals) => {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return { rps: totals.requests / totals.seconds, p50: mean(totals.p50), p99: mean(totals.p99) };
};

describe('warm throughput', () => {
  let emulator: EmulatorPeer;
  let host: { app: INestApplication; url: string };
  let load: LoadPeer;

  beforeAll(async () => {
    emulator = await EmulatorPeer.start({ users: 300, queues: [{ name: 'Hundred', members: 100 }], viewerTokens: 1 });
    host = await startBenchHost(emulator.url);
    load = LoadPeer.start();
  });
  afterAll(async () => {
    await load?.stop();
    await host?.app.close();
    await emulator?.stop();
  });

  it('serves a cached list at a good share of the rate of the same bytes from memory', async () => {
    const queue = emulator.queue('Hundred');
    const token = queue.viewerTokens[0];
    const serviceUrl = `${host.url}/agent-tools/queues/${queue.id}/members`;
    const rawUrl = `${host.url}/bench/raw-bytes`;
    const objectUrl = `${host.url}/bench/serialised-object`;

    await timedGet(serviceUrl, token);
    const cached = await timedGet<{ total: number }>(serviceUrl, token);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect(cached.body.total).toBe(100);
    const bytes = host.app.get(RawBytes);
    bytes.body = cached.bytes;
    bytes.parsed = cached.body;
    expect((await timedGet(rawUrl, token)).bytes.equals(cached.bytes)).toBe(true);
    expect((await timedGet(objectUrl, token)).bytes.equals(cached.bytes)).toBe(true);

    const targets = { service: serviceUrl, raw: rawUrl, object: objectUrl };
    const empty = (): Totals => ({ requests: 0, seconds: 0, p50: [], p99: [], failures: 0 });
    const totals: Record<keyof typeof targets, Totals> = { service: empty(), raw: empty(), object: empty() };
    const run = (url: string, durationSec: number): Promise<LoadResult> =>
      load.run({ url, tokens: [token], connections: CONNECTIONS, durationSec });
    for (const url of Object.values(targets)) await run(url, WARMUP_SEC);
    // Alternating order, so a drift of the machine weighs on both sides alike.
    for (const order of [['service', 'raw', 'object'] as const, ['object', 'raw', 'service'] as const]) {
      for (const name of order) {
        const result = await run(targets[name], ROUND_SEC);
        totals[name].requests += result.requests;
        totals[name].seconds += result.durationSec;
        totals[name].p50.push(result.p50Ms);
        totals[name].p99.push(result.p99Ms);
        totals[name].failures += result.non2xx + result.errors;
      }
    }
    expect(totals.service.failures).toBe(0);
    expect(totals.raw.failures).toBe(0);
    expect(totals.object.failures).toBe(0);

    const service = summary(totals.service);
    const raw = summary(totals.raw);
    const object = summary(totals.object);
    const share = service.rps / raw.rps;
    const line = (s: typeof service) => `${count(s.rps)} req/s, p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`;
    saveScenario({
      order: 3,
      scenario: 'Warm throughput',
      rows: [
        {
          case: `cached 100-member list (${(cached.bytes.length / 1024).toFixed(0)} KiB), ${CONNECTIONS} connections`,
          measured: `service ${line(service)}`,
          baseline: `raw bytes route ${line(raw)}`,
          ratio: `${times(share)} of the raw route`,
          goal: goal('>= 0.6x of the raw route', share >= 0.6),
        },
        {
          case: 'same object serialised per request, no guard/cache',
          measured: `bench route ${line(object)}`,
          baseline: `raw bytes route ${line(raw)}`,
          ratio: `${times(object.rps / raw.rps)} of the raw route (service: ${times(service.rps / object.rps)} of this)`,
        },
      ],
      notes: [
        `One Nest app on Fastify: AgentToolsModule (per-agent rate limit OFF: throttle.enabled=false) and a bench-only`,
        `route sending the same response bytes from memory (and one returning the same object for Fastify to serialise). autocannon in a separate process, ${CONNECTIONS} connections,`,
        `one agent token, ${WARMUP_SEC} s warm-up each, then 2 rounds of ${ROUND_SEC} s each in alternating order;`,
        `req/s = requests / seconds over both rounds, p50/p99 = mean of the rounds'.`,
      ],
    });
  });
});
