import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AgentToolsModule } from '../../src/index.js';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { get } from '../e2e/support/http.js';
import { hostExpressForRootModule } from './host-express-for-root.module.js';
import { hostFastifyForRootAsyncModule } from './host-fastify-for-root-async.module.js';

const NO_CACHE = { 'cache-control': 'no-cache' };

const hosts = [
  {
    name: 'Express host with forRoot',
    prefix: 'api/genesys',
    build: hostExpressForRootModule,
    adapter: () => new ExpressAdapter(),
  },
  {
    name: 'Fastify host with forRootAsync from @nestjs/config',
    prefix: 'tools',
    build: hostFastifyForRootAsyncModule,
    adapter: () => new FastifyAdapter(),
  },
];

describe.each(hosts)('$name', ({ prefix, build, adapter }) => {
  let emulator: RunningEmulator;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    emulator = await startEmulator({ users: 60 });
    app = await NestFactory.create(build(emulator.url), adapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.close();
  });
  beforeEach(() => {
    emulator.faults.clear();
    emulator.requests.reset();
  });

  const url = (path: string) => `${base}/${prefix}${path}`;

  it("serves the module's routes under the host's prefix", async () => {
    const { agent } = emulator.fixtures;
    const answer = await get(url('/me'), { token: agent.token });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: agent.id, name: agent.name });
    expect((await get(`${base}/agent-tools/me`, { token: agent.token })).body).toEqual({ hostError: 404 });
  });

  it("keeps the contract's errors on the module's routes beside the host's own filter", async () => {
    const { agent, noQueuePermission, smallQueue, otherOrgQueue } = emulator.fixtures;
    const rows: Array<[string, string | undefined, number]> = [
      ['/me', undefined, 401],
      ['/queues/not-a-uuid/members', agent.token, 400],
      [`/queues/${smallQueue.id}/members`, noQueuePermission.token, 403],
      [`/queues/${otherOrgQueue.id}/members`, agent.token, 404],
    ];
    for (const [path, token, status] of rows) {
      const answer = await get(url(path), { token });
      expect(answer.status, path).toBe(status);
      expect(answer.body).toMatchObject({ statusCode: status, correlationId: expect.any(String) });
    }
  });

  it('answers 429 with Retry-After, 502 for a non-JSON 5xx and 504 for a hang', async () => {
    const { agent, smallQueue } = emulator.fixtures;
    const members = url(`/queues/${smallQueue.id}/members`);
    emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 502, times: Infinity });
    expect((await get(members, { token: agent.token, headers: NO_CACHE })).status).toBe(502);
    emulator.faults.clear();
    emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 'hang', times: 1 });
    expect((await get(members, { token: agent.token, headers: NO_CACHE })).status).toBe(504);
    emulator.faults.clear();
    const token = emulator.tokenFor(agent.id);
    emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 429, times: 1, retryAfterSec: 40 });
    const limited = await get(members, { token, headers: NO_CACHE });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('40');
  });

  it("runs the host's global guard on the module's routes and answers its refusal in the contract's shape", async () => {
    expect((await get(`${base}/host-plain`)).body).toEqual({ hostError: 404 });
    const blocked = await get(url('/me'), { token: emulator.fixtures.agent.token, headers: { 'x-host-block': '1' } });
    expect(blocked.status).toBe(403);
    expect(blocked.body).toMatchObject({ statusCode: 403, correlationId: expect.any(String) });
  });

  it("lets a host controller call Genesys with the caller's token, retries included", async () => {
    const { agent, secondAgent } = emulator.fixtures;
    const joinedNames = (userId: string) =>
      emulator.data.primary.queues
        .filter((queue) => queue.members.some((m) => m.userId === userId && m.joined))
        .map((queue) => queue.name)
        .sort();
    for (const user of [agent, secondAgent]) {
      const answer = await get(`${base}/host/joined-queue-names`, { token: user.token });
      expect(answer.body).toEqual({ userId: user.id, names: joinedNames(user.id) });
    }
    emulator.requests.reset();
    emulator.faults.add({ path: '/api/v2/routing/queues/me', kind: 503, times: 2 });
    const retried = await get(`${base}/host/joined-queue-names`, { token: agent.token });
    expect(retried.status).toBe(200);
    expect(emulator.requests.list({ pathPattern: '/api/v2/routing/queues/me' }).map((r) => r.status)).toEqual([
      503, 503, 200,
    ]);
  });

  it("maps a host controller's upstream failure to the contract's error", async () => {
    emulator.faults.add({ path: '/api/v2/routing/queues/me', kind: 'hang', times: 1 });
    const answer = await get(`${base}/host/joined-queue-names`, { token: emulator.fixtures.secondAgent.token });
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({ statusCode: 504, message: 'Upstream timeout.' });
  });
});

describe('AgentToolsModule options', () => {
  it.each([
    [{ retry: { budgetMs: -1 } }, 'retry.budgetMs'],
    [{ region: 'moon.example' }, 'region'],
    [{ apiBaseUrl: 'ftp://x' }, 'apiBaseUrl'],
    [{ pageConcurrency: 0 }, 'pageConcurrency'],
    [{ cache: { ttlMs: { queueMembers: 1.5 } } }, 'cache.ttlMs.queueMembers'],
    [{ redisUrl: 'http://localhost' }, 'redisUrl'],
  ])('fails at bootstrap naming a bad option (%j)', async (options, name) => {
    const compiling = Test.createTestingModule({ imports: [AgentToolsModule.forRoot(options)] }).compile();
    await expect(compiling).rejects.toThrow(`Invalid AgentToolsModule option "${name}"`);
  });
});
