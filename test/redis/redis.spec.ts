import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { get } from '../e2e/support/http.js';
import { startService, type RunningService } from '../e2e/support/service.js';
import { RedisServer } from './redis-server.js';

/**
 * A real Redis, an emulator, and two instances of the service sharing that Redis (one on
 * Fastify, one on Express), for the enclosing `describe`.
 */
function useTwoInstancesOnRedis(env: Record<string, string>) {
  const setup = {} as { redis: RedisServer; emulator: RunningEmulator; first: RunningService; second: RunningService };
  beforeAll(async () => {
    setup.redis = await RedisServer.start();
    setup.emulator = await startEmulator({ users: 120, queues: [{ name: 'Three Pages', members: 300 }] });
    const shared = { REDIS_URL: setup.redis.url, ...env };
    setup.first = await startService(setup.emulator, { env: shared });
    setup.second = await startService(setup.emulator, { env: shared, adapter: 'express' });
  });
  afterAll(async () => {
    await setup.first?.close();
    await setup.second?.close();
    await setup.emulator?.close();
    await setup.redis?.stop();
  });
  return setup;
}

const threePageQueue = (emulator: RunningEmulator) =>
  emulator.data.primary.queues.find((q) => q.name === 'Three Pages')!;

describe('two instances on one Redis', () => {
  const setup = useTwoInstancesOnRedis({ RATE_LIMIT_PER_MINUTE: '40' });
  beforeEach(() => setup.emulator.requests.reset());

  it('shares the cache: a list loaded through one instance is a HIT on the other', async () => {
    const { agent, secondAgent } = setup.emulator.fixtures;
    const viaFirst = await get(`${setup.first.url}/agent-tools/queues/${threePageQueue(setup.emulator).id}/members`, {
      token: agent.token,
    });
    expect(viaFirst.status).toBe(200);
    expect(viaFirst.headers.get('x-cache')).toBe('MISS');
    setup.emulator.requests.reset();
    const viaSecond = await get(`${setup.second.url}/agent-tools/queues/${threePageQueue(setup.emulator).id}/members`, {
      token: secondAgent.token,
    });
    expect(viaSecond.headers.get('x-cache')).toBe('HIT');
    expect(viaSecond.body).toEqual(viaFirst.body);
    expect(setup.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' })).toEqual([]);
  });

  it('shares the per-agent limit across instances', async () => {
    const { supervisor } = setup.emulator.fixtures;
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++) {
      const service = i % 2 === 0 ? setup.first : setup.second;
      statuses.push((await get(`${service.url}/agent-tools/me`, { token: supervisor.token })).status);
    }
    expect(statuses.slice(0, 40)).toEqual(Array(40).fill(200));
    expect(statuses[40]).toBe(429);
  });
});

describe('Redis killed mid-run (fail-open limiter)', () => {
  // A limit high enough never to bite, so that the limiter still asks Redis on every request.
  const setup = useTwoInstancesOnRedis({ RATE_LIMIT_PER_MINUTE: '1000000' });

  it('keeps answering while Redis is down and recovers by itself when it returns', async () => {
    const { agent, secondAgent } = setup.emulator.fixtures;
    const tokens = [setup.emulator.tokenFor(agent.id), setup.emulator.tokenFor(secondAgent.id)];
    const failures: string[] = [];
    let served = 0;
    let running = true;
    const load = (async () => {
      for (let i = 0; running; i++) {
        const service = i % 2 === 0 ? setup.first : setup.second;
        const answer = await get(`${service.url}/agent-tools/queues/${threePageQueue(setup.emulator).id}/members`, {
          token: tokens[i % 2],
        });
        if (answer.status === 200) served++;
        else failures.push(`${answer.status} ${answer.text.slice(0, 120)}`);
      }
    })();

    await sleep(300);
    await setup.redis.stop();
    await sleep(1_500);
    const ready = await get(`${setup.first.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'degraded', info: { redis: { status: 'degraded' } } });
    const servedWhileDown = served;
    await sleep(1_000);
    expect(served).toBeGreaterThan(servedWhileDown);
    await setup.redis.start();
    await sleep(2_500);
    running = false;
    await load;

    expect(failures).toEqual([]);
    // Recovered: the cache is shared again without a restart.
    await get(`${setup.first.url}/agent-tools/queues/${threePageQueue(setup.emulator).id}/members?joined=true`, {
      token: tokens[0],
    });
    const shared = await get(
      `${setup.second.url}/agent-tools/queues/${threePageQueue(setup.emulator).id}/members?joined=true`,
      {
        token: tokens[1],
      },
    );
    expect(shared.headers.get('x-cache')).toBe('HIT');
  });
});

describe('fail-closed rate limiting without Redis', () => {
  let redis: RedisServer;
  let emulator: RunningEmulator;
  let service: RunningService;

  beforeAll(async () => {
    redis = await RedisServer.start();
    emulator = await startEmulator({ users: 40 });
    service = await startService(emulator, { env: { REDIS_URL: redis.url, RATE_LIMIT_FAIL_OPEN: 'false' } });
  });
  afterAll(async () => {
    await service?.close();
    await emulator?.close();
    await redis?.stop();
  });

  it('answers 503 while the limiter cannot count, and 200 again once Redis is back', async () => {
    const { agent } = emulator.fixtures;
    expect((await get(`${service.url}/agent-tools/me`, { token: agent.token })).status).toBe(200);
    await redis.stop();
    await sleep(300);
    const down = await get(`${service.url}/agent-tools/me`, { token: agent.token });
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503 });
    await redis.start();
    await sleep(2_500);
    expect((await get(`${service.url}/agent-tools/me`, { token: agent.token })).status).toBe(200);
  });
});
