import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, sdkFor } from './sdk-test-client.js';

describe('emulator at 10,000 users', () => {
  let emu: RunningEmulator;
  let startupMs: number;

  beforeAll(async () => {
    const t = Date.now();
    emu = await startEmulator({ users: 10_000 });
    startupMs = Date.now() - t;
  });
  afterAll(() => emu.close());

  it('starts quickly and has a 5,000-member big queue walkable to the end in 50 pages of 100', async () => {
    expect(emu.data.primary.users.length).toBe(10_000);
    expect(emu.fixtures.bigQueue.members.length).toBe(5_000);
    expect(startupMs).toBeLessThan(10_000);
    const sdk = sdkFor(emu);
    const tok = bearer(emu.fixtures.supervisor.token);
    const q = await sdk.routing.getRoutingQueue(emu.fixtures.bigQueue.id, tok);
    expect(q.memberCount).toBe(5_000);
    // Parallel fetch by page number, as a client that knows memberCount may do.
    const pages = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        sdk.routing.getRoutingQueueMembers(emu.fixtures.bigQueue.id, {
          pageSize: 100,
          pageNumber: i + 1,
          expand: ['routingStatus', 'presence'],
          ...tok,
        }),
      ),
    );
    const members: Models.QueueMember[] = pages.flatMap((p) => p.entities!);
    expect(members.length).toBe(5_000);
    expect(new Set(members.map((m) => m.id)).size).toBe(5_000);
    expect(pages[49]).not.toHaveProperty('nextUri');
    expect(pages[48].nextUri).toBeDefined();
    const users = await sdk.users.getUsers({ pageSize: 500, pageNumber: 20, ...tok });
    expect(users.total).toBe(10_000);
    expect(users).not.toHaveProperty('nextUri');
  });
});
