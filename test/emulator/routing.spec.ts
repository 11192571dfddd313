import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorQueue, type RunningEmulator } from './index.js';
import { bearer, containsNull, rawGet, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator routing endpoints through the real SDK', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;
  let token: string;
  let exactQueue: EmulatorQueue;

  beforeAll(async () => {
    emu = await startEmulator({
      users: 300,
      queues: [{ name: 'Exactly Two Hundred', members: 200, divisionId: 'Sales' }],
    });
    sdk = sdkFor(emu);
    token = emu.fixtures.agent.token;
    exactQueue = emu.data.primary.queues.find((q) => q.name === 'Exactly Two Hundred')!;
  });
  afterAll(() => emu.close());

  /** Follows nextUri (parsing its pageNumber) until it is absent, as a client without totals must. */
  async function walkMembers(
    queueId: string,
    opts: Record<string, unknown> = {},
    tok = token,
  ): Promise<{ pages: Models.QueueMemberEntityListing[]; members: Models.QueueMember[] }> {
    const pages: Models.QueueMemberEntityListing[] = [];
    let pageNumber = 1;
    for (;;) {
      const page = await sdk.routing.getRoutingQueueMembers(queueId, {
        pageSize: 100,
        pageNumber,
        ...opts,
        ...bearer(tok),
      });
      pages.push(page);
      if (!page.nextUri) break;
      pageNumber = Number(new URLSearchParams(page.nextUri.split('?')[1]).get('pageNumber'));
    }
    return { pages, members: pages.flatMap((p) => p.entities ?? []) };
  }

  it('GET /routing/queues walks every page with totals and lists only the caller org, sorted by name', async () => {
    const all: Models.Queue[] = [];
    let pageNumber = 1;
    let page: Models.QueueEntityListing;
    do {
      page = await sdk.routing.getRoutingQueues({ pageSize: 5, pageNumber, ...bearer(token) });
      expect(page.total).toBe(emu.data.primary.queues.length);
      expect(page.pageCount).toBe(Math.ceil(emu.data.primary.queues.length / 5));
      all.push(...page.entities!);
      pageNumber++;
    } while (page.nextUri);
    expect(all.map((q) => q.id).sort()).toEqual(emu.data.primary.queues.map((q) => q.id).sort());
    expect(all.map((q) => q.name)).toEqual(all.map((q) => q.name!).sort());
    expect(all.some((q) => q.id === emu.fixtures.otherOrgQueue.id)).toBe(false);
  });

  it('GET /routing/queues filters by name (with asterisks), id and divisionId (comma-joined and repeated)', async () => {
    const small = emu.fixtures.smallQueue;
    const byName = await sdk.routing.getRoutingQueues({ name: `${small.name.slice(0, 4)}*`, ...bearer(token) });
    expect(byName.entities!.map((q) => q.id)).toContain(small.id);
    expect(byName.entities!.every((q) => q.name!.startsWith(small.name.slice(0, 4)))).toBe(true);
    const exact = await sdk.routing.getRoutingQueues({ name: small.name, ...bearer(token) });
    expect(exact.entities!.map((q) => q.id)).toEqual([small.id]);
    const ids = [small.id, emu.fixtures.bigQueue.id];
    const byId = await sdk.routing.getRoutingQueues({ id: ids, ...bearer(token) });
    expect(byId.entities!.map((q) => q.id).sort()).toEqual(ids.sort());
    const divs = [emu.fixtures.bigQueue.divisionId, exactQueue.divisionId];
    const byDivSdk = await sdk.routing.getRoutingQueues({ divisionId: divs, pageSize: 100, ...bearer(token) });
    const expected = emu.data.primary.queues
      .filter((q) => divs.includes(q.divisionId))
      .map((q) => q.id)
      .sort();
    expect(byDivSdk.entities!.map((q) => q.id).sort()).toEqual(expected);
    const byDivRepeated = await rawGet(
      `${emu.url}/api/v2/routing/queues?pageSize=100&divisionId=${divs[0]}&divisionId=${divs[1]}`,
      token,
    );
    expect(byDivRepeated.json.entities.map((q: Models.Queue) => q.id).sort()).toEqual(expected);
  });

  it('GET /routing/queues leaves out queues in divisions the caller has no routing:queue:view grant for', async () => {
    const res = await sdk.routing.getRoutingQueues({ pageSize: 100, ...bearer(emu.fixtures.divisionRestricted.token) });
    expect(res.entities!.some((q) => q.id === emu.fixtures.restrictedQueue.id)).toBe(false);
    expect(res.total).toBe(emu.data.primary.queues.length - 1);
  });

  it('GET /routing/queues/{id} returns memberCount, userMemberCount and joinedMemberCount from the data', async () => {
    const big = emu.fixtures.bigQueue;
    const q = await sdk.routing.getRoutingQueue(big.id, bearer(token));
    expect(q.memberCount).toBe(big.members.length);
    expect(q.userMemberCount).toBe(big.members.filter((m) => m.memberBy === 'user').length);
    expect(q.joinedMemberCount).toBe(big.members.filter((m) => m.joined).length);
    expect(q.division?.id).toBe(big.divisionId);
    expect(q.selfUri).toBe(`/api/v2/routing/queues/${big.id}`);
    expect(containsNull(q)).toBe(false);
  });

  it('GET /routing/queues/{id}: another org queue is 404, a restricted-division queue 403, no permission 403', async () => {
    const ext = sdkFor(emu, { extended: true });
    const other = await rejection(ext.routing.getRoutingQueue(emu.fixtures.otherOrgQueue.id, bearer(token)));
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not.found');
    const restricted = await rejection(
      ext.routing.getRoutingQueue(emu.fixtures.restrictedQueue.id, bearer(emu.fixtures.divisionRestricted.token)),
    );
    expect(restricted.status).toBe(403);
    expect(restricted.body.code).toBe('missing.division.permission');
    expect(restricted.body.message).toContain('routing:queue:view');
    const noPerm = await rejection(
      ext.routing.getRoutingQueue(emu.fixtures.smallQueue.id, bearer(emu.fixtures.noQueuePermission.token)),
    );
    expect(noPerm.status).toBe(403);
    expect(noPerm.body.code).toBe('missing.any.permissions');
    const restrictedMembers = await rejection(
      ext.routing.getRoutingQueueMembers(
        emu.fixtures.restrictedQueue.id,
        bearer(emu.fixtures.divisionRestricted.token),
      ),
    );
    expect(restrictedMembers.status).toBe(403);
    const otherMembers = await rejection(
      ext.routing.getRoutingQueueMembers(emu.fixtures.otherOrgQueue.id, bearer(token)),
    );
    expect(otherMembers.status).toBe(404);
  });

  it('GET /routing/queues/me lists joined and unjoined queues of the caller, and joined=false/true filter them', async () => {
    const agent = emu.fixtures.agent;
    const mine = emu.data.primary.queues.flatMap((q) =>
      q.members.filter((m) => m.userId === agent.id).map((m) => ({ id: q.id, joined: m.joined })),
    );
    const all = await sdk.routing.getRoutingQueuesMe({ pageSize: 100, ...bearer(token) });
    expect(all.total).toBe(mine.length);
    expect(all.entities!.map((q) => [q.id, q.joined]).sort()).toEqual(mine.map((m) => [m.id, m.joined]).sort());
    expect(mine.some((m) => m.joined) && mine.some((m) => !m.joined)).toBe(true);
    const unjoined = await sdk.routing.getRoutingQueuesMe({ joined: false, ...bearer(token) });
    expect(unjoined.entities!.every((q) => q.joined === false)).toBe(true);
    expect(unjoined.total).toBe(mine.filter((m) => !m.joined).length);
    const joined = await sdk.routing.getRoutingQueuesMe({ joined: true, ...bearer(token) });
    expect(joined.total).toBe(mine.filter((m) => m.joined).length);
    const noPerm = await sdk.routing.getRoutingQueuesMe(bearer(emu.fixtures.noQueuePermission.token));
    expect(noPerm.total).toBeGreaterThan(0);
  });

  it('GET /routing/queues/{id}/members walks by nextUri without totals; the last page has no nextUri', async () => {
    const big = emu.fixtures.bigQueue;
    const { pages, members } = await walkMembers(big.id);
    expect(pages.length).toBe(Math.ceil(big.members.length / 100));
    for (const p of pages) {
      expect(p).not.toHaveProperty('total');
      expect(p).not.toHaveProperty('pageCount');
      expect(p).not.toHaveProperty('lastUri');
      expect(p.firstUri).toBe(`/api/v2/routing/queues/${big.id}/members?pageSize=100&pageNumber=1`);
    }
    expect(pages[0]).not.toHaveProperty('previousUri');
    expect(pages[pages.length - 1]).not.toHaveProperty('nextUri');
    expect(members.map((m) => m.id)).toEqual(big.members.map((m) => m.userId));
    const first = members[0];
    const src = big.members[0];
    expect(first).toMatchObject({
      id: src.userId,
      joined: src.joined,
      ringNumber: src.ringNumber,
      memberBy: src.memberBy,
    });
    expect(first.user?.id).toBe(src.userId);
    expect(first.selfUri).toBe(`/api/v2/users/${src.userId}`);
  });

  it('a queue of exactly 200 members is exactly 2 full pages of 100, the second without nextUri', async () => {
    const { pages, members } = await walkMembers(exactQueue.id);
    expect(pages.map((p) => p.entities!.length)).toEqual([100, 100]);
    expect(pages[1]).not.toHaveProperty('nextUri');
    expect(members.length).toBe(200);
    expect(new Set(members.map((m) => m.id)).size).toBe(200);
    const q = await sdk.routing.getRoutingQueue(exactQueue.id, bearer(token));
    expect(q.memberCount).toBe(200);
    expect(q.division?.name).toBe('Sales');
  });

  it('nextUri keeps the filters and expands, and following it verbatim over HTTP gives the next page', async () => {
    const page1 = await sdk.routing.getRoutingQueueMembers(emu.fixtures.bigQueue.id, {
      pageSize: 10,
      expand: ['presence', 'routingStatus'],
      joined: true,
      ...bearer(token),
    });
    expect(page1.nextUri).toContain('expand=presence,routingStatus');
    expect(page1.nextUri).toContain('joined=true');
    const page2 = await rawGet(`${emu.url}${page1.nextUri}`, token);
    expect(page2.status).toBe(200);
    expect(page2.json.pageNumber).toBe(2);
    expect(page2.json.entities[0].routingStatus).toBeDefined();
    expect(page2.json.entities.every((m: Models.QueueMember) => m.joined)).toBe(true);
  });

  it('members expand=presence puts presence on user.presence (no top-level presence); expand=routingStatus on the member', async () => {
    const page = await sdk.routing.getRoutingQueueMembers(emu.fixtures.smallQueue.id, {
      expand: ['presence', 'routingStatus'],
      ...bearer(token),
    });
    for (const m of page.entities!) {
      expect(m).not.toHaveProperty('presence');
      expect(m.user?.presence?.presenceDefinition?.systemPresence).toBeDefined();
      expect(m.routingStatus?.status).toBeDefined();
      expect(m.user?.email).toBeDefined();
    }
    const bare = await sdk.routing.getRoutingQueueMembers(emu.fixtures.smallQueue.id, bearer(token));
    expect(bare.entities![0]).not.toHaveProperty('routingStatus');
    expect(bare.entities![0].user).not.toHaveProperty('presence');
  });

  it('members filter on routingStatus and presence: comma-joined (SDK) and repeated keys agree with the data', async () => {
    const big = emu.fixtures.bigQueue;
    const usersById = new Map(emu.data.primary.users.map((u) => [u.id, u]));
    const expectedStatus = big.members
      .filter((m) => ['IDLE', 'INTERACTING'].includes(usersById.get(m.userId)!.routingStatus.status))
      .map((m) => m.userId);
    const viaSdk = await walkMembers(big.id, { routingStatus: ['IDLE', 'INTERACTING'], expand: ['routingStatus'] });
    expect(viaSdk.members.map((m) => m.id)).toEqual(expectedStatus);
    expect(viaSdk.members.every((m) => ['IDLE', 'INTERACTING'].includes(m.routingStatus!.status!))).toBe(true);
    const repeated = await rawGet(
      `${emu.url}/api/v2/routing/queues/${big.id}/members?pageSize=100&routingStatus=IDLE&routingStatus=INTERACTING`,
      token,
    );
    expect(repeated.json.entities.map((m: Models.QueueMember) => m.id)).toEqual(expectedStatus.slice(0, 100));

    const expectedPresence = big.members
      .filter((m) => usersById.get(m.userId)!.presence.systemPresence === 'On Queue')
      .map((m) => m.userId);
    const onQueue = await walkMembers(big.id, { presence: ['On Queue'], expand: ['presence'] });
    expect(onQueue.members.map((m) => m.id)).toEqual(expectedPresence);
    const upper = await walkMembers(big.id, { presence: ['ON_QUEUE'] });
    expect(upper.members.length).toBe(expectedPresence.length);
  });

  it('members filter on joined=false, name, memberBy and sortOrder=desc', async () => {
    const big = emu.fixtures.bigQueue;
    const usersById = new Map(emu.data.primary.users.map((u) => [u.id, u]));
    const unjoined = await walkMembers(big.id, { joined: false });
    expect(unjoined.members.map((m) => m.id)).toEqual(big.members.filter((m) => !m.joined).map((m) => m.userId));
    const groups = await walkMembers(big.id, { memberBy: 'group' });
    expect(groups.members.map((m) => m.id)).toEqual(
      big.members.filter((m) => m.memberBy === 'group').map((m) => m.userId),
    );
    const agentName = emu.fixtures.agent.name;
    const named = await walkMembers(big.id, { name: agentName.split(' ')[0].toLowerCase() });
    expect(named.members.map((m) => m.id)).toContain(emu.fixtures.agent.id);
    expect(named.members.every((m) => m.name!.toLowerCase().includes(agentName.split(' ')[0].toLowerCase()))).toBe(
      true,
    );
    const desc = await walkMembers(big.id, { sortOrder: 'desc' });
    expect(desc.members.map((m) => m.id)).toEqual(big.members.map((m) => m.userId).reverse());
    expect(
      usersById.get(desc.members[0].id!)!.name >= usersById.get(desc.members[desc.members.length - 1].id!)!.name,
    ).toBe(true);
  });

  it('members pageSize over 100 is a 400; pageSize=0 (sent by the SDK) means the default 25', async () => {
    const err = await rejection<Models.ErrorBody>(
      sdk.routing.getRoutingQueueMembers(emu.fixtures.bigQueue.id, { pageSize: 101, ...bearer(token) }),
    );
    expect(err.status).toBe(400);
    expect(err.message).toContain('100');
    const zero = await sdk.routing.getRoutingQueueMembers(emu.fixtures.bigQueue.id, { pageSize: 0, ...bearer(token) });
    expect(zero.pageSize).toBe(25);
    expect(zero.entities!.length).toBe(25);
    const past = await sdk.routing.getRoutingQueueMembers(emu.fixtures.smallQueue.id, {
      pageNumber: 9,
      ...bearer(token),
    });
    expect(past.entities).toEqual([]);
    expect(past).not.toHaveProperty('nextUri');
  });
});
