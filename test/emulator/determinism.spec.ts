import { describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';

describe('emulator data generation', () => {
  it('the same seed, size and clock give identical data and fixture tokens; another seed differs', async () => {
    const now = new Date('2025-01-10T08:00:00.000Z');
    const a = await startEmulator({ users: 50, seed: 7, now });
    const b = await startEmulator({ users: 50, seed: 7, now });
    const c = await startEmulator({ users: 50, seed: 8, now });
    try {
      expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
      expect(a.fixtures.agent.token).toBe(b.fixtures.agent.token);
      expect(a.fixtures.expiredToken).toBe(b.fixtures.expiredToken);
      expect(c.fixtures.agent.id).not.toBe(a.fixtures.agent.id);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it('fixture users and ids stay the same when only the org size changes', async () => {
    const now = new Date('2025-01-10T08:00:00.000Z');
    const small = await startEmulator({ users: 40, now });
    const large = await startEmulator({ users: 400, now });
    try {
      expect(large.fixtures.agent.id).toBe(small.fixtures.agent.id);
      expect(large.fixtures.smallQueue.id).toBe(small.fixtures.smallQueue.id);
      expect(large.fixtures.withSummary.id).toBe(small.fixtures.withSummary.id);
      expect(large.fixtures.otherOrgAgent.id).toBe(small.fixtures.otherOrgAgent.id);
    } finally {
      await Promise.all([small.close(), large.close()]);
    }
  });

  it('fixtures have the promised shape', async () => {
    const emu = await startEmulator({ users: 100 });
    try {
      const f = emu.fixtures;
      const primaryFixtureUsers = [
        f.agent,
        f.secondAgent,
        f.supervisor,
        f.noQueuePermission,
        f.divisionRestricted,
        f.busyAgent,
        f.noPermissions,
      ];
      for (const u of primaryFixtureUsers) expect(f.smallQueue.members.some((m) => m.userId === u.id)).toBe(true);
      const agentMemberships = emu.data.primary.queues.flatMap((q) => q.members.filter((m) => m.userId === f.agent.id));
      expect(agentMemberships.length).toBeGreaterThanOrEqual(3);
      expect(agentMemberships.some((m) => m.joined) && agentMemberships.some((m) => !m.joined)).toBe(true);
      expect(f.bigQueue.members.length).toBe(50);
      expect(f.supervisor.permissions['analytics:conversationDetail:view']).toBe('*');
      expect(f.noQueuePermission.permissions['routing:queue:view']).toBeUndefined();
      expect(f.divisionRestricted.permissions['routing:queue:view']).not.toContain(f.restrictedQueue.divisionId);
      expect(Object.keys(f.noPermissions.permissions)).toEqual([]);
      expect(f.withSummary.summary).toBeDefined();
      expect(f.withoutSummary.summary).toBeUndefined();
      expect(f.withoutSummary.endTime).toBeDefined();
      expect(f.active.endTime).toBeUndefined();
      expect(f.otherOrg.orgId).toBe(emu.data.other.organization.id);
      expect(f.otherOrgQueue.orgId).toBe(emu.data.other.organization.id);
      expect(f.otherOrgAgent.orgId).toBe(emu.data.other.organization.id);
      expect(emu.data.primary.users.filter((u) => u.divisionId === f.division.id).length).toBeGreaterThan(5);
      const nowMs = Date.now();
      for (const c of emu.data.primary.conversations)
        if (c.endTime) expect(Date.parse(c.participants[2].wrapup!.endTime)).toBeLessThanOrEqual(nowMs);
    } finally {
      await emu.close();
    }
  });
});
