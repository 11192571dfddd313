import { beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorQueue, EmulatorUser } from '../emulator/emulator-data.types.js';
import { get } from './support/http.js';
import { useEmulatorAndService } from './support/harness.js';

const canViewQueue = (user: EmulatorUser, queue: EmulatorQueue) => {
  const grant = user.permissions['routing:queue:view'];
  return grant === '*' || (Array.isArray(grant) && grant.includes(queue.divisionId));
};

describe('caching, coalescing and per-agent limits', () => {
  const harness = useEmulatorAndService({
    emulator: { users: 300, queues: [{ name: 'Ten Pages', members: 1_000 }] },
    env: { RATE_LIMIT_PER_MINUTE: '0' },
  });
  const url = harness.url;
  let tenPageQueue: EmulatorQueue;

  beforeAll(() => {
    tenPageQueue = harness.emulator.data.primary.queues.find((queue) => queue.name === 'Ten Pages')!;
  });

  it('serves 50 agents asking for one 10-page queue at once with 10 member pages and one probe each', async () => {
    const agents = harness.emulator.data.primary.users.filter((user) => canViewQueue(user, tenPageQueue)).slice(0, 50);
    expect(agents).toHaveLength(50);
    const tokens = agents.map((agent) => harness.emulator.tokenFor(agent.id));
    const answers = await Promise.all(
      tokens.map((token) => get<{ total: number }>(url(`/queues/${tenPageQueue.id}/members`), { token })),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.total).toBe(1_000);
    }
    const memberPages = harness.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' });
    const probes = harness.emulator.requests.list({ pathPattern: `/api/v2/routing/queues/${tenPageQueue.id}` });
    expect(memberPages.length).toBeLessThanOrEqual(10);
    expect(probes).toHaveLength(50);
    expect(new Set(probes.map((probe) => probe.userId)).size).toBe(50);
  });

  it('says MISS then HIT, and fetches again on Cache-Control: no-cache', async () => {
    const { agent, smallQueue } = harness.emulator.fixtures;
    const token = harness.emulator.tokenFor(agent.id);
    const path = url(`/queues/${smallQueue.id}/members?joined=true`);
    const first = await get(path, { token });
    const second = await get(path, { token });
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    expect(second.body).toEqual(first.body);
    harness.emulator.requests.reset();
    const fresh = await get(path, { token, headers: { 'cache-control': 'no-cache' } });
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(harness.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' }).length).toBeGreaterThan(
      0,
    );
  });

  it("serves 403 to an agent without access even when another agent's copy is cached", async () => {
    const { supervisor, noQueuePermission, divisionRestricted, restrictedQueue, smallQueue } =
      harness.emulator.fixtures;
    for (const queue of [smallQueue, restrictedQueue]) {
      const cached = await get(url(`/queues/${queue.id}/members`), { token: supervisor.token });
      expect(cached.status).toBe(200);
    }
    const denied = await get(url(`/queues/${smallQueue.id}/members`), { token: noQueuePermission.token });
    expect(denied.status).toBe(403);
    const restricted = await get(url(`/queues/${restrictedQueue.id}/members`), { token: divisionRestricted.token });
    expect(restricted.status).toBe(403);
    expect(restricted.text).not.toContain(restrictedQueue.members[0].userId);
  });

  it("serves 404 for another org's queue whatever the cache holds", async () => {
    const { otherOrgAgent, otherOrgQueue, agent } = harness.emulator.fixtures;
    expect((await get(url(`/queues/${otherOrgQueue.id}/members`), { token: otherOrgAgent.token })).status).toBe(200);
    expect((await get(url(`/queues/${otherOrgQueue.id}/members`), { token: agent.token })).status).toBe(404);
  });

  it('never lets per-agent data cross agents under 400 concurrent requests from 40 agents', async () => {
    const agents = harness.emulator.data.primary.users.slice(100, 140);
    const tokens = agents.map((agent) => harness.emulator.tokenFor(agent.id));
    const queuesOf = (userId: string) =>
      harness.emulator.data.primary.queues
        .filter((queue) => queue.members.some((member) => member.userId === userId))
        .map((queue) => queue.id)
        .sort();
    const answers = await Promise.all(
      Array.from({ length: 400 }, (_, i) => {
        const path = i % 2 === 0 ? '/me' : '/me/queues';
        return get<{ id?: string; entities?: Array<{ id: string }> }>(url(path), { token: tokens[i % 40] }).then(
          (answer) => ({ answer, agent: agents[i % 40], path }),
        );
      }),
    );
    for (const { answer, agent, path } of answers) {
      expect(answer.status).toBe(200);
      if (path === '/me') expect(answer.body.id).toBe(agent.id);
      else expect(answer.body.entities!.map((q) => q.id).sort()).toEqual(queuesOf(agent.id));
    }
  });

  it('shares a division list only with a caller that sees the same total', async () => {
    const { agent, supervisor, division } = harness.emulator.fixtures;
    const first = await get<{ totalCount: number }>(url(`/queue-members?divisionId=${division.id}`), {
      token: supervisor.token,
    });
    const second = await get<{ totalCount: number }>(url(`/queue-members?divisionId=${division.id}`), {
      token: agent.token,
    });
    expect(second.body.totalCount).toBe(first.body.totalCount);
    expect(second.headers.get('x-cache')).toBe('HIT');
  });

  it('stops calling Genesys for an agent that Genesys is rate limiting', async () => {
    const { agent, smallQueue } = harness.emulator.fixtures;
    const token = harness.emulator.tokenFor(agent.id);
    await get(url('/me'), { token });
    harness.emulator.faults.add({
      path: '/api/v2/routing/queues/*/members',
      kind: 429,
      times: 1,
      retryAfterSec: 30,
      userId: agent.id,
    });
    const limited = await get(url(`/queues/${smallQueue.id}/members?name=a`), {
      token,
      headers: { 'cache-control': 'no-cache' },
    });
    expect(limited.status).toBe(429);
    harness.emulator.requests.reset();
    const again = await get(url(`/queues/${smallQueue.id}/members?name=b`), {
      token,
      headers: { 'cache-control': 'no-cache' },
    });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(20);
    expect(harness.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/**' })).toEqual([]);
  });
});

describe('per-agent rate limit', () => {
  const harness = useEmulatorAndService({ emulator: { users: 40 }, env: { RATE_LIMIT_PER_MINUTE: '5' } });

  it('limits one agent while another agent at the same address goes on', async () => {
    const { agent, secondAgent } = harness.emulator.fixtures;
    const url = `${harness.service.url}/agent-tools/me`;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(url, { token: agent.token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await get(url, { token: agent.token });
    expect(limited.body).toMatchObject({ statusCode: 429, message: 'Rate limit exceeded. Please retry later.' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get(url, { token: secondAgent.token })).status).toBe(200);
  });

  it('counts an agent across its tokens and across routes', async () => {
    const { supervisor } = harness.emulator.fixtures;
    const routes = ['/me', '/me/queues', '/me', '/me/queues', '/me'];
    for (const route of routes) {
      expect(
        (await get(`${harness.service.url}/agent-tools${route}`, { token: harness.emulator.tokenFor(supervisor.id) }))
          .status,
      ).toBe(200);
    }
    expect(
      (await get(`${harness.service.url}/agent-tools/me/queues`, { token: harness.emulator.tokenFor(supervisor.id) }))
        .status,
    ).toBe(429);
  });
});
