import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { get } from '../e2e/support/http.js';
import { startService, type RunningService } from '../e2e/support/service.js';
import { RedisServer } from './redis-server.js';

describe('two instances on one Redis', () => {
  let redis: RedisServer;
  let emulator: RunningEmulator;
  let first: RunningService;
  let second: RunningService;

  beforeAll(async () => {
    redis = await RedisServer.start();
    emulator = await startEmulator({ users: 120, queues: [{ name: 'Three Pages', members: 300 }] });
    const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '40' };
    first = await startService(emulator, { env });
    second = await startService(emulator, { env, adapter: 'express' });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await emulator?.close();
    await redis?.stop();
  });
  beforeEach(() => emulator.requests.reset());

  const queue = () => emulator.data.primary.queues.find((q) => q.name === 'Three Pages')!;

  it('shares the cache: a list loaded through one instance is a HIT on the other', async () => {
    const { agent, secondAgent } = emulator.fixtures;
    const viaFirst = await get(`${first.url}/agent-tools/queues/${queue().id}/members`, { token: agent.token });
    expect(viaFirst.status).toBe(200);
    expect(viaFirst.headers.get('x-cache')).toBe('MISS');
    emulator.requests.reset();
    const viaSecond = await get(`${second.url}/agent-tools/queues/${queue().id}/members`, { token: secondAgent.token });
    expect(viaSecond.headers.get('x-cache')).toBe('HIT');
    expect(viaSecond.body).toEqual(viaFirst.body);
    expect(emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' })).toEqual([]);
  });

  it('shares the per-agent limit across instances', async () => {
    const { supervisor } = emulator.fixtures;
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++) {
      const service = i % 2 === 0 ? first : second;
      statuses.push((await get(`${service.url}/agent-tools/me`, { token: supervisor.token })).status);
    }
    expect(statuses.slice(0, 40)).toEqual(Array(40).fill(200));
    expect(statuses[40]).toBe(429);
  });
});

describe('Redis killed mid-run (fail-open limiter)', () => {
  let redis: RedisServer;
  let emulator: RunningEmulator;
  let first: RunningService;
  let second: RunningService;

  beforeAll(async () => {
    redis = await RedisServer.start();
    emulator = await startEmulator({ users: 120, queues: [{ name: 'Three Pages', members: 300 }] });
    // A limit high enough never to bite, so that the limiter still asks Redis on every request.
    const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '1000000' };
    first = await startService(emulator, { env });
    second = await startService(emulator, { env, adapter: 'express' });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await emulator?.close();
    await redis?.stop();
  });

  const queue = () => emulator.data.primary.queues.find((q) => q.name === 'Three Pages')!;

  it('keeps answering while Redis is down and recovers by itself when it returns', async () => {
    const { agent, secondAgent } = emulator.fixtures;
    const tokens = [emulator.tokenFor(agent.id), emulator.tokenFor(secondAgent.id)];
    const failures: string[] = [];
    let served = 0;
    let running = true;
    const load = (async () => {
      for (let i = 0; running; i++) {
        const service = i % 2 === 0 ? first : second;
        const answer = await get(`${service.url}/agent-tools/queues/${queue().id}/members`, { token: tokens[i % 2] });
        if (answer.status === 200) served++;
        else failures.push(`${answer.status} ${answer.text.slice(0, 120)}`);
      }
    })();

    await sleep(300);
    await redis.stop();
    await sleep(1_500);
    const servedWhileDown = served;
    await sleep(1_000);
    expect(served).toBeGreaterThan(servedWhileDown);
    await redis.start();
    await sleep(2_500);
    running = false;
    await load;

    expect(failures).toEqual([]);
    // Recovered: the cache is shared again without a restart.
    await get(`${first.url}/agent-tools/queues/${queue().id}/members?joined=true`, { token: tokens[0] });
    const shared = await get(`${second.url}/agent-tools/queues/${queue().id}/members?joined=true`, {
      token: tokens[1],
    });
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
