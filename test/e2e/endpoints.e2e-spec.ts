import { beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorQueue } from '../emulator/emulator-data.types.js';
import { expectedMembers } from './support/expected.js';
import { get } from './support/http.js';
import { useEmulatorAndService } from './support/harness.js';
import { ADAPTERS } from './support/service.js';

interface List<T> {
  entities: T[];
  total: number;
  truncated: boolean;
}
type Member = {
  id: string;
  name: string;
  email?: string;
  phoneNumbers?: string[];
  routingStatus?: string;
  presence?: string;
  joined: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** Asks the service for fresh data, past its cache. */
const NO_CACHE = { 'cache-control': 'no-cache' };

describe.each(ADAPTERS)('agent tools endpoints over %s', (adapter) => {
  const harness = useEmulatorAndService({
    emulator: { users: 300, queues: [{ name: 'Large Support', members: 2_150 }] },
    adapter,
    env: { UPSTREAM_TIMEOUT_MS: '1000' },
  });
  const url = harness.url;
  let largeQueue: EmulatorQueue;

  beforeAll(() => {
    largeQueue = harness.emulator.data.primary.queues.find((queue) => queue.name === 'Large Support')!;
  });
  /** Upstream calls other than identity resolution. */
  const dataCalls = () => harness.emulator.requests.list().filter((entry) => entry.path !== '/api/v2/users/me');

  describe('GET /me', () => {
    it('returns the calling agent as Genesys has it', async () => {
      const { agent } = harness.emulator.fixtures;
      const answer = await get(url('/me'), { token: agent.token });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        id: agent.id,
        name: agent.name,
        email: agent.email,
        divisionId: agent.divisionId,
        organizationId: harness.emulator.data.primary.organization.id,
        routingStatus: agent.routingStatus.status,
        presence: agent.presence.systemPresence,
      });
    });
  });

  describe('GET /me/queues', () => {
    const queuesOf = (userId: string) =>
      harness.emulator.data.primary.queues
        .map((queue) => ({ queue, member: queue.members.find((m) => m.userId === userId) }))
        .filter((entry) => entry.member !== undefined)
        .map(({ queue, member }) => ({
          id: queue.id,
          name: queue.name,
          divisionId: queue.divisionId,
          joined: member!.joined,
        }));

    it('returns every queue of the agent, joined and not', async () => {
      const { agent } = harness.emulator.fixtures;
      const answer = await get<List<{ id: string; joined: boolean }>>(url('/me/queues'), { token: agent.token });
      expect(answer.status).toBe(200);
      const expected = queuesOf(agent.id);
      expect(expected.some((q) => q.joined)).toBe(true);
      expect(expected.some((q) => !q.joined)).toBe(true);
      expect(new Set(answer.body.entities.map((q) => q.id))).toEqual(new Set(expected.map((q) => q.id)));
      expect(answer.body).toMatchObject({ total: expected.length, truncated: false });
      for (const queue of expected) expect(answer.body.entities).toContainEqual(queue);
    });

    it.each([true, false])('filters on joined=%s', async (joined) => {
      const { agent } = harness.emulator.fixtures;
      const answer = await get<List<{ id: string; joined: boolean }>>(url(`/me/queues?joined=${joined}`), {
        token: agent.token,
      });
      const expected = queuesOf(agent.id).filter((q) => q.joined === joined);
      expect(answer.body.entities.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort());
    });
  });

  describe('GET /queues/:queueId/members', () => {
    it(`returns every member of a queue of more than 2,000 with no duplicate ids`, async () => {
      const { agent } = harness.emulator.fixtures;
      const answer = await get<List<Member> & { queueId: string }>(url(`/queues/${largeQueue.id}/members`), {
        token: harness.emulator.fixtures.supervisor.token ?? agent.token,
      });
      expect(answer.status).toBe(200);
      const expected = expectedMembers(harness.emulator.data.primary, largeQueue);
      expect(expected.length).toBe(2_150);
      expect(answer.body).toMatchObject({ queueId: largeQueue.id, total: 2_150, truncated: false });
      const ids = answer.body.entities.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(answer.body.entities.map(({ phoneNumbers: _, ...rest }) => rest)).toEqual(expected);
      const byId = new Map(harness.emulator.data.primary.users.map((u) => [u.id, u]));
      for (const member of answer.body.entities.slice(0, 50)) {
        expect(member.phoneNumbers ?? []).toEqual(byId.get(member.id)!.phoneNumbers.map((p) => p.number));
      }
    });

    it('fetches every member page once (plus the queue lookup)', async () => {
      const { supervisor } = harness.emulator.fixtures;
      await get(url(`/queues/${largeQueue.id}/members`), { token: supervisor.token, headers: NO_CACHE });
      const pages = harness.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' });
      expect(pages.map((p) => p.query.pageNumber).sort((a, b) => Number(a) - Number(b))).toEqual(
        Array.from({ length: 22 }, (_, i) => String(i + 1)),
      );
    });

    it.each([
      ['joined=true', 'joined=true', (m: Member) => m.joined],
      ['joined=false', 'joined=false', (m: Member) => !m.joined],
      [
        'routingStatus',
        'routingStatus=IDLE,INTERACTING',
        (m: Member) => ['IDLE', 'INTERACTING'].includes(m.routingStatus!),
      ],
      ['presence', 'presence=Available,on%20queue', (m: Member) => ['Available', 'On Queue'].includes(m.presence!)],
    ])('filters on %s', async (_, query, predicate) => {
      const { supervisor } = harness.emulator.fixtures;
      const answer = await get<List<Member>>(url(`/queues/${largeQueue.id}/members?${query}`), {
        token: supervisor.token,
      });
      expect(answer.status).toBe(200);
      const expected = expectedMembers(harness.emulator.data.primary, largeQueue).filter((m) => predicate(m as Member));
      expect(expected.length).toBeGreaterThan(0);
      expect(answer.body.entities.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    });

    it('filters on a name substring', async () => {
      const { supervisor } = harness.emulator.fixtures;
      const needle = expectedMembers(harness.emulator.data.primary, largeQueue)[7].name.split(' ')[0].slice(0, 3);
      const answer = await get<List<Member>>(
        url(`/queues/${largeQueue.id}/members?name=${encodeURIComponent(needle)}`),
        {
          token: supervisor.token,
        },
      );
      const expected = expectedMembers(harness.emulator.data.primary, largeQueue).filter((m) =>
        m.name.toLowerCase().includes(needle.toLowerCase()),
      );
      expect(answer.body.entities.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    });

    it('cuts the list at limit and says truncated', async () => {
      const { supervisor } = harness.emulator.fixtures;
      const answer = await get<List<Member>>(url(`/queues/${largeQueue.id}/members?limit=150`), {
        token: supervisor.token,
      });
      expect(answer.body).toMatchObject({ total: 150, truncated: true });
      expect(answer.body.entities.map((m) => m.id)).toEqual(
        expectedMembers(harness.emulator.data.primary, largeQueue)
          .slice(0, 150)
          .map((m) => m.id),
      );
    });

    it('answers 403 naming the permission for an agent without routing:queue:view', async () => {
      const { noQueuePermission, smallQueue } = harness.emulator.fixtures;
      const answer = await get(url(`/queues/${smallQueue.id}/members`), { token: noQueuePermission.token });
      expect(answer.status).toBe(403);
      expect(answer.body.message).toContain('Forbidden. Missing required OAuth scope.');
      expect(answer.body.message).toContain('routing:queue:view');
      expect(answer.body).toMatchObject({ upstream: { status: 403, code: 'missing.any.permissions' } });
    });

    it("answers 404 for another org's queue and for a queue that does not exist", async () => {
      const { agent, otherOrgQueue } = harness.emulator.fixtures;
      for (const queueId of [otherOrgQueue.id, '6f1c1b9a-3c1e-4a57-9d5e-0b8f7c1d2e3f']) {
        const answer = await get(url(`/queues/${queueId}/members`), { token: agent.token });
        expect(answer.status).toBe(404);
        expect(answer.body).toMatchObject({
          message: 'Resource not found.',
          upstream: { status: 404, code: 'not.found' },
        });
      }
    });

    it('answers 429 with Retry-After when Genesys keeps limiting past the budget', async () => {
      const { agent, smallQueue } = harness.emulator.fixtures;
      // A token of its own: Genesys's 429 closes this token's upstream gate for 30 s.
      const token = harness.emulator.tokenFor(agent.id);
      harness.emulator.faults.add({
        path: '/api/v2/routing/queues/*/members',
        kind: 429,
        times: Infinity,
        retryAfterSec: 30,
      });
      const answer = await get(url(`/queues/${smallQueue.id}/members`), { token, headers: NO_CACHE });
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('30');
    });

    it('answers 502 when Genesys keeps answering a non-JSON 5xx', async () => {
      const { agent, smallQueue } = harness.emulator.fixtures;
      harness.emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 502, times: Infinity });
      const answer = await get(url(`/queues/${smallQueue.id}/members`), { token: agent.token, headers: NO_CACHE });
      expect(answer.status).toBe(502);
      expect(answer.body).toMatchObject({ message: 'Upstream error.', upstream: { status: 502 } });
      expect(
        harness.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' }).length,
      ).toBeGreaterThan(1);
    });

    it('answers 503 when Genesys keeps answering 503', async () => {
      const { agent, smallQueue } = harness.emulator.fixtures;
      harness.emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 503, times: Infinity });
      const answer = await get(url(`/queues/${smallQueue.id}/members`), { token: agent.token, headers: NO_CACHE });
      expect(answer.status).toBe(503);
    });

    it('answers 504 when Genesys hangs', async () => {
      const { agent, smallQueue } = harness.emulator.fixtures;
      harness.emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 'hang', times: Infinity });
      const answer = await get(url(`/queues/${smallQueue.id}/members`), { token: agent.token, headers: NO_CACHE });
      expect(answer.status).toBe(504);
    });

    it('survives a connection reset by retrying', async () => {
      const { agent, smallQueue } = harness.emulator.fixtures;
      harness.emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 'reset', times: 1 });
      const answer = await get<List<Member>>(url(`/queues/${smallQueue.id}/members`), {
        token: agent.token,
        headers: NO_CACHE,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.total).toBe(smallQueue.members.length);
    });
  });

  describe('GET /queue-members?divisionId=', () => {
    it('returns every user of the division in the tutorial envelope', async () => {
      const { agent, division } = harness.emulator.fixtures;
      const answer = await get<{ success: boolean; totalCount: number; agents: Array<Record<string, string>> }>(
        url(`/queue-members?divisionId=${division.id}`),
        { token: agent.token },
      );
      expect(answer.status).toBe(200);
      const expected = harness.emulator.data.primary.users
        .filter((user) => user.divisionId === division.id)
        .map((user) => ({ id: user.id, name: user.name, status: user.routingStatus.status, email: user.email }));
      expect(expected.length).toBeGreaterThan(100);
      expect(answer.body.success).toBe(true);
      expect(answer.body.totalCount).toBe(expected.length);
      expect(new Set(answer.body.agents.map((a) => a.id)).size).toBe(expected.length);
      for (const user of expected) expect(answer.body.agents).toContainEqual(user);
    });

    it('answers 400 with the tutorial message when divisionId is missing', async () => {
      const answer = await get(url('/queue-members'), { token: harness.emulator.fixtures.agent.token });
      expect(answer.status).toBe(400);
      expect(answer.body.message).toBe('divisionId query parameter is required');
      expect(dataCalls()).toHaveLength(0);
    });

    it('answers 403 for an agent without directory:user:view', async () => {
      const { noPermissions, division } = harness.emulator.fixtures;
      const answer = await get(url(`/queue-members?divisionId=${division.id}`), { token: noPermissions.token });
      expect(answer.status).toBe(403);
      expect(answer.body.message).toContain('directory:user:view');
    });
  });

  describe('GET /conversations/:conversationId/summary', () => {
    it('summarises a conversation with its AI summary', async () => {
      const { agent, withSummary } = harness.emulator.fixtures;
      const answer = await get<Record<string, unknown> & { participants: Array<Record<string, unknown>> }>(
        url(`/conversations/${withSummary.id}/summary`),
        { token: agent.token },
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        id: withSummary.id,
        startTime: withSummary.startTime,
        endTime: withSummary.endTime,
        durationMs: Date.parse(withSummary.endTime!) - Date.parse(withSummary.startTime),
        state: 'ended',
        direction: withSummary.direction,
        mediaTypes: [withSummary.mediaType],
        queue: { id: withSummary.queueId },
        aiSummary: {
          text: withSummary.summary!.text,
          status: 'Completed',
          confidence: withSummary.summary!.confidence,
          reason: withSummary.summary!.reason,
          resolution: withSummary.summary!.resolution,
          followup: withSummary.summary!.followup,
        },
      });
      expect(answer.body.participants.map((p) => p.purpose)).toEqual(withSummary.participants.map((p) => p.purpose));
      const agentLeg = withSummary.participants.find((p) => p.purpose === 'agent')!;
      expect(answer.body.participants).toContainEqual(
        expect.objectContaining({
          purpose: 'agent',
          userId: agentLeg.userId,
          wrapup: expect.objectContaining({ code: agentLeg.wrapup!.code, name: agentLeg.wrapup!.name }),
        }),
      );
    });

    it('leaves the AI summary out when Genesys has none', async () => {
      const { agent, withoutSummary } = harness.emulator.fixtures;
      const answer = await get(url(`/conversations/${withoutSummary.id}/summary`), { token: agent.token });
      expect(answer.status).toBe(200);
      expect(answer.body.id).toBe(withoutSummary.id);
      expect(answer.body).not.toHaveProperty('aiSummary');
    });

    it('marks an active conversation as active with no end', async () => {
      const { agent, active } = harness.emulator.fixtures;
      const answer = await get(url(`/conversations/${active.id}/summary`), { token: agent.token });
      expect(answer.body).toMatchObject({ state: 'active' });
      expect(answer.body).not.toHaveProperty('endTime');
    });

    it("answers 404 for another org's conversation", async () => {
      const { agent, otherOrg } = harness.emulator.fixtures;
      const answer = await get(url(`/conversations/${otherOrg.id}/summary`), { token: agent.token });
      expect(answer.status).toBe(404);
    });

    it('answers 403 for an agent without conversation permissions', async () => {
      const { noPermissions, withSummary } = harness.emulator.fixtures;
      const answer = await get(url(`/conversations/${withSummary.id}/summary`), { token: noPermissions.token });
      expect(answer.status).toBe(403);
      expect(answer.body.message).toContain('conversation:communication:view');
    });
  });

  describe('GET /conversations', () => {
    it('returns every conversation of an agent with more than 200 in the last day, newest first', async () => {
      const { busyAgent } = harness.emulator.fixtures;
      const to = new Date();
      const from = new Date(to.getTime() - DAY_MS);
      const answer = await get<List<{ id: string; startTime: string; queueIds: string[]; mediaTypes: string[] }>>(
        url(`/conversations?from=${from.toISOString()}&to=${to.toISOString()}`),
        { token: busyAgent.token },
      );
      expect(answer.status).toBe(200);
      const expected = harness.emulator.data.primary.conversations
        .filter((c) => c.agentUserId === busyAgent.id)
        .filter((c) => Date.parse(c.startTime) >= from.getTime() && Date.parse(c.startTime) < to.getTime())
        .sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime));
      expect(expected.length).toBeGreaterThan(200);
      expect(answer.body).toMatchObject({ total: expected.length, truncated: false });
      expect(answer.body.entities.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      expect(answer.body.entities[0]).toMatchObject({
        startTime: expected[0].startTime,
        queueIds: [expected[0].queueId],
        mediaTypes: [expected[0].mediaType],
      });
    });

    it('defaults to the last 24 hours and honours limit', async () => {
      const { busyAgent } = harness.emulator.fixtures;
      const answer = await get<List<{ id: string }>>(url('/conversations?limit=5'), { token: busyAgent.token });
      expect(answer.body).toMatchObject({ total: 5, truncated: true });
    });

    it('answers 403 for an agent without analytics permissions', async () => {
      const { noPermissions } = harness.emulator.fixtures;
      const answer = await get(url('/conversations'), { token: noPermissions.token });
      expect(answer.status).toBe(403);
    });
  });

  describe('400 for malformed parameters, before any call for data', () => {
    const cases: Array<[string, string, string]> = [
      ['a queueId that is not a UUID', '/queues/not-a-uuid/members', 'queueId'],
      [
        'joined that is not a boolean',
        `/queues/${'0'.repeat(8)}-0000-4000-8000-000000000000/members?joined=maybe`,
        'joined',
      ],
      [
        'an unknown routing status',
        `/queues/00000000-0000-4000-8000-000000000000/members?routingStatus=SLEEPING`,
        'routingStatus',
      ],
      ['an unknown presence', `/queues/00000000-0000-4000-8000-000000000000/members?presence=Dreaming`, 'presence'],
      ['limit 0', `/queues/00000000-0000-4000-8000-000000000000/members?limit=0`, 'limit'],
      ['limit -1', `/queues/00000000-0000-4000-8000-000000000000/members?limit=-1`, 'limit'],
      ['limit 10^12', `/queues/00000000-0000-4000-8000-000000000000/members?limit=1000000000000`, 'limit'],
      [
        'a repeated joined key',
        `/queues/00000000-0000-4000-8000-000000000000/members?joined=true&joined=false`,
        'joined',
      ],
      ['a divisionId that is not a UUID', '/queue-members?divisionId=sales', 'divisionId'],
      ['a conversationId that is not a UUID', '/conversations/42/summary', 'conversationId'],
      ['a from that is not a date', '/conversations?from=yesterday', 'from'],
      ['from after to', '/conversations?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
      ['an interval over 31 days', '/conversations?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z', 'from'],
      ['joined on /me/queues that is not a boolean', '/me/queues?joined=yes', 'joined'],
    ];
    it.each(cases)('rejects %s', async (_, path, field) => {
      const answer = await get<{ message: string; details: Array<{ field: string }> }>(url(path), {
        token: harness.emulator.fixtures.agent.token,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.message).toContain(field);
      expect(answer.body.details.map((d) => d.field)).toContain(field);
      expect(dataCalls()).toHaveLength(0);
    });

    it('answers 401 rather than 400 for a bad token with a bad id', async () => {
      const answer = await get(url('/queues/not-a-uuid/members'), { token: 'nobody-knows-this-token' });
      expect(answer.status).toBe(401);
    });
  });
});
