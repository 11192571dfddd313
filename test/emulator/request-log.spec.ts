import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator request log', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;

  beforeAll(async () => {
    emu = await startEmulator({ users: 30 });
    sdk = sdkFor(emu);
  });
  beforeEach(() => emu.requests.reset());
  afterAll(() => emu.close());

  it('records method, path, parsed query, user and org id, status, duration and timestamp - never the token', async () => {
    const agent = emu.fixtures.agent;
    const before = Date.now();
    await sdk.routing.getRoutingQueueMembers(emu.fixtures.smallQueue.id, {
      pageSize: 50,
      joined: false,
      expand: ['presence', 'routingStatus'],
      ...bearer(agent.token),
    });
    const [entry] = emu.requests.list();
    expect(entry).toMatchObject({
      method: 'GET',
      path: `/api/v2/routing/queues/${emu.fixtures.smallQueue.id}/members`,
      query: { pageSize: '50', joined: 'false', expand: 'presence,routingStatus' },
      userId: agent.id,
      orgId: agent.orgId,
      status: 200,
    });
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(entry.timestamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(entry.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(emu.requests.list())).not.toContain(agent.token);
  });

  it('keeps repeated query keys as arrays', async () => {
    await fetch(`${emu.url}/api/v2/users?id=a&id=b`, {
      headers: { Authorization: `Bearer ${emu.fixtures.agent.token}` },
    });
    expect(emu.requests.list()[0].query).toEqual({ id: ['a', 'b'] });
  });

  it('records failures: 401 without user, 403 with user, and faults with their kind', async () => {
    await rejection(sdk.users.getUsersMe(bearer('nope')));
    await rejection(sdk.routing.getRoutingQueues(bearer(emu.fixtures.noQueuePermission.token)));
    emu.faults.add({ path: '/api/v2/tokens/me', kind: 503 });
    await rejection(sdk.tokens.getTokensMe(bearer(emu.fixtures.agent.token)));
    const [unauth, forbidden, faulted] = emu.requests.list();
    expect(unauth.status).toBe(401);
    expect(unauth).not.toHaveProperty('userId');
    expect(forbidden).toMatchObject({ status: 403, userId: emu.fixtures.noQueuePermission.id });
    expect(faulted).toMatchObject({ status: 503, fault: 503 });
  });

  it('filters by path glob or RegExp, user and method, and reset() empties it', async () => {
    await sdk.users.getUsersMe(bearer(emu.fixtures.agent.token));
    await sdk.users.getUsersMe(bearer(emu.fixtures.secondAgent.token));
    await sdk.users.postUsersSearch({ query: [] }, bearer(emu.fixtures.agent.token));
    await sdk.routing.getRoutingQueue(emu.fixtures.smallQueue.id, bearer(emu.fixtures.agent.token));
    expect(emu.requests.list({ pathPattern: '/api/v2/users/*' }).length).toBe(3);
    expect(emu.requests.list({ pathPattern: /routing/ }).length).toBe(1);
    expect(emu.requests.list({ pathPattern: '/api/v2/**' }).length).toBe(4);
    expect(emu.requests.list({ userId: emu.fixtures.secondAgent.id }).length).toBe(1);
    expect(emu.requests.list({ method: 'post' }).length).toBe(1);
    emu.requests.reset();
    expect(emu.requests.list()).toEqual([]);
  });

  it('does not log control API calls', async () => {
    await fetch(`${emu.url}/__emulator/fixtures`);
    expect(emu.requests.list()).toEqual([]);
  });
});
