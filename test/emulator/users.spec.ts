import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, containsNull, rawGet, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator users endpoints through the real SDK', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;
  let token: string;

  beforeAll(async () => {
    emu = await startEmulator({ users: 230 });
    sdk = sdkFor(emu);
    token = emu.fixtures.agent.token;
  });
  afterAll(() => emu.close());

  it('GET /users walks every page with totals: pageCount pages, previousUri absent on page 1, nextUri absent on the last', async () => {
    const seen: string[] = [];
    let pageNumber = 1;
    let page: Models.UserEntityListing;
    do {
      page = await sdk.users.getUsers({ pageSize: 100, pageNumber, ...bearer(token) });
      expect(page.total).toBe(230);
      expect(page.pageCount).toBe(3);
      expect(page.firstUri).toBe('/api/v2/users?pageSize=100&pageNumber=1');
      expect(page.lastUri).toBe('/api/v2/users?pageSize=100&pageNumber=3');
      expect(page.selfUri).toBe(`/api/v2/users?pageSize=100&pageNumber=${pageNumber}`);
      if (pageNumber === 1) expect(page).not.toHaveProperty('previousUri');
      else expect(page.previousUri).toBe(`/api/v2/users?pageSize=100&pageNumber=${pageNumber - 1}`);
      seen.push(...page.entities!.map((u) => u.id!));
      pageNumber++;
    } while (page.nextUri);
    expect(pageNumber - 1).toBe(3);
    expect(new Set(seen).size).toBe(230);
    expect(new Set(seen)).toEqual(new Set(emu.data.primary.users.map((u) => u.id)));
    expect(containsNull(page)).toBe(false);
  });

  it('GET /users never lists the other org and sorts by name (descending on request)', async () => {
    const asc = await sdk.users.getUsers({ pageSize: 500, ...bearer(token) });
    const names = asc.entities!.map((u) => u.name!);
    expect(names).toEqual([...names].sort());
    expect(asc.entities!.some((u) => u.id === emu.fixtures.otherOrgAgent.id)).toBe(false);
    const desc = await sdk.users.getUsers({ pageSize: 500, sortOrder: 'descending', ...bearer(token) });
    expect(desc.entities!.map((u) => u.name)).toEqual([...names].reverse());
  });

  it('GET /users?id= bulk-fetches: comma-joined (SDK) and repeated keys give the same users; foreign ids are left out', async () => {
    const ids = [emu.fixtures.agent.id, emu.fixtures.secondAgent.id, emu.fixtures.otherOrgAgent.id];
    const viaSdk = await sdk.users.getUsers({ id: ids, expand: ['presence', 'routingStatus'], ...bearer(token) });
    expect(viaSdk.entities!.map((u) => u.id).sort()).toEqual(
      [emu.fixtures.agent.id, emu.fixtures.secondAgent.id].sort(),
    );
    expect(viaSdk.entities![0].presence).toBeDefined();
    expect(viaSdk.entities![0].routingStatus).toBeDefined();
    const repeated = await rawGet(
      `${emu.url}/api/v2/users?${ids.map((i) => `id=${i}`).join('&')}&expand=presence&expand=routingStatus`,
      token,
    );
    expect(repeated.status).toBe(200);
    expect(repeated.json.entities.map((u: Models.User) => u.id).sort()).toEqual(
      viaSdk.entities!.map((u) => u.id).sort(),
    );
    expect(repeated.json.entities[0].routingStatus).toBeDefined();
  });

  it('GET /users/{id} returns the user with phone numbers and email; another org user is 404', async () => {
    const agent = emu.fixtures.agent;
    const user = await sdk.users.getUser(agent.id, { expand: ['routingStatus'], ...bearer(token) });
    expect(user.email).toBe(agent.email);
    expect(user.addresses!.map((a) => a.address)).toEqual(agent.phoneNumbers.map((p) => p.number));
    expect(user.primaryContactInfo![0]).toEqual({ address: agent.email, mediaType: 'EMAIL', type: 'PRIMARY' });
    expect(user.routingStatus!.status).toBe(agent.routingStatus.status);
    const err = await rejection<Models.ErrorBody>(sdk.users.getUser(emu.fixtures.otherOrgAgent.id, bearer(token)));
    expect(err.code).toBe('not.found');
  });

  it('GET /users/{id}/queues defaults to joined=true, and joined=false (sent by the SDK) gives the unjoined ones', async () => {
    const agent = emu.fixtures.agent;
    const memberships = emu.data.primary.queues.flatMap((q) =>
      q.members.filter((m) => m.userId === agent.id).map((m) => ({ q, m })),
    );
    const joinedDefault = await sdk.users.getUserQueues(agent.id, bearer(token));
    expect(joinedDefault.entities!.map((q) => q.id).sort()).toEqual(
      memberships
        .filter((x) => x.m.joined)
        .map((x) => x.q.id)
        .sort(),
    );
    expect(joinedDefault.entities!.every((q) => q.joined === true)).toBe(true);
    expect(joinedDefault.total).toBe(memberships.filter((x) => x.m.joined).length);
    const unjoined = await sdk.users.getUserQueues(agent.id, { joined: false, ...bearer(token) });
    expect(unjoined.entities!.map((q) => q.id).sort()).toEqual(
      memberships
        .filter((x) => !x.m.joined)
        .map((x) => x.q.id)
        .sort(),
    );
    expect(unjoined.entities!.every((q) => q.joined === false)).toBe(true);
  });

  it('GET /users/{id}/queues filters by the queues division (divisionId array)', async () => {
    const small = emu.fixtures.smallQueue;
    const res = await sdk.users.getUserQueues(emu.fixtures.agent.id, {
      divisionId: [small.divisionId],
      ...bearer(token),
    });
    expect(res.entities!.length).toBeGreaterThan(0);
    expect(res.entities!.every((q) => q.division!.id === small.divisionId)).toBe(true);
  });

  it('GET /users/{id}/queues hides queues in divisions the caller cannot view', async () => {
    const res = await sdk.users.getUserQueues(emu.fixtures.agent.id, {
      joined: false,
      ...bearer(emu.fixtures.divisionRestricted.token),
    });
    expect(res.entities!.some((q) => q.id === emu.fixtures.restrictedQueue.id)).toBe(false);
    const asAgent = await sdk.users.getUserQueues(emu.fixtures.agent.id, { joined: false, ...bearer(token) });
    expect(asAgent.entities!.some((q) => q.id === emu.fixtures.restrictedQueue.id)).toBe(true);
  });

  it('POST /users/search on divisionId returns exactly that division, and the q64 nextPage tokens walk to the end', async () => {
    const division = emu.fixtures.division;
    const expected = emu.data.primary.users.filter((u) => u.divisionId === division.id).map((u) => u.id);
    expect(expected.length).toBeGreaterThan(25);
    const first = await sdk.users.postUsersSearch(
      {
        query: [{ type: 'EXACT', fields: ['divisionId'], values: [division.id] }],
        pageSize: 25,
        pageNumber: 1,
        expand: ['routingStatus'],
      },
      bearer(token),
    );
    expect(first.total).toBe(expected.length);
    expect(first.pageCount).toBe(Math.ceil(expected.length / 25));
    expect(first.types).toEqual(['users']);
    expect(first).not.toHaveProperty('previousPage');
    expect(first).not.toHaveProperty('entities');
    expect(first.results[0].routingStatus).toBeDefined();
    const seen = first.results.map((u) => u.id!);
    let page = first;
    while (page.nextPage) {
      page = await sdk.users.getUsersSearch(page.nextPage, bearer(token));
      expect(page.previousPage).toBeDefined();
      expect(page.results[0].routingStatus).toBeDefined();
      seen.push(...page.results.map((u) => u.id!));
    }
    expect(page.pageNumber).toBe(first.pageCount);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('POST /users/search supports CONTAINS on name, the public-code divisionId CONTAINS form, and operators', async () => {
    const agent = emu.fixtures.agent;
    const byName = await sdk.users.postUsersSearch(
      { query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: agent.name.toLowerCase() }] },
      bearer(token),
    );
    expect(byName.results.some((u) => u.id === agent.id)).toBe(true);
    const div = await sdk.users.postUsersSearch(
      { query: [{ type: 'CONTAINS', fields: ['divisionId'], value: emu.fixtures.division.id }], pageSize: 100 },
      bearer(token),
    );
    expect(div.results.every((u) => u.division!.id === emu.fixtures.division.id)).toBe(true);
    const notAgent = await sdk.users.postUsersSearch(
      {
        query: [
          { type: 'EXACT', fields: ['divisionId'], values: [agent.divisionId] },
          { type: 'EXACT', fields: ['id'], values: [agent.id], operator: 'NOT' },
        ],
        pageSize: 100,
      },
      bearer(token),
    );
    expect(notAgent.total).toBe(emu.data.primary.users.filter((u) => u.divisionId === agent.divisionId).length - 1);
  });

  it('POST /users/search needs directory:user:view, rejects unknown fields and page sizes over 100', async () => {
    const forbidden = await rejection<Models.ErrorBody>(
      sdk.users.postUsersSearch({ query: [] }, bearer(emu.fixtures.noPermissions.token)),
    );
    expect(forbidden.code).toBe('missing.any.permissions');
    expect(forbidden.message).toContain('directory:user:view');
    const badField = await rejection<Models.ErrorBody>(
      sdk.users.postUsersSearch({ query: [{ type: 'EXACT', fields: ['shoeSize'], value: '9' }] }, bearer(token)),
    );
    expect(badField.status).toBe(400);
    expect(badField.message).toContain('shoeSize');
    const tooBig = await rejection<Models.ErrorBody>(sdk.users.postUsersSearch({ pageSize: 101 }, bearer(token)));
    expect(tooBig.status).toBe(400);
    const badQ64 = await rejection<Models.ErrorBody>(sdk.users.getUsersSearch('!!notbase64json', bearer(token)));
    expect(badQ64.status).toBe(400);
  });

  it('POST /users/search never returns users of another org', async () => {
    const res = await sdk.users.postUsersSearch(
      { query: [{ type: 'EXACT', fields: ['id'], values: [emu.fixtures.otherOrgAgent.id] }] },
      bearer(token),
    );
    expect(res.total).toBe(0);
    expect(res.results).toEqual([]);
  });
});
