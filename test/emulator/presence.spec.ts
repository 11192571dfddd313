import platformClient, { type Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, rawGet, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator routing status and presence lookups through the real SDK', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;
  let presence: InstanceType<typeof platformClient.PresenceApi>;

  beforeAll(async () => {
    emu = await startEmulator({ users: 40 });
    sdk = sdkFor(emu);
    presence = new platformClient.PresenceApi(sdk.client);
  });
  afterAll(() => emu.close());

  it('GET /users/{id}/routingstatus returns the status, and OFF_QUEUE (not 404) for an unknown user', async () => {
    const tok = bearer(emu.fixtures.agent.token);
    const busy = await sdk.users.getUserRoutingstatus(emu.fixtures.busyAgent.id, tok);
    expect(busy).toEqual({
      userId: emu.fixtures.busyAgent.id,
      status: 'INTERACTING',
      startTime: emu.fixtures.busyAgent.routingStatus.startTime,
    });
    const unknown = await sdk.users.getUserRoutingstatus('00000000-0000-4000-8000-000000000000', tok);
    expect(unknown.status).toBe('OFF_QUEUE');
  });

  it('GET /users/{id}/presences/purecloud returns the presence; another org user is 404', async () => {
    const p = await presence.getUserPresencesPurecloud(emu.fixtures.secondAgent.id, bearer(emu.fixtures.agent.token));
    expect(p.presenceDefinition?.systemPresence).toBe('Available');
    const err = await rejection<Models.ErrorBody>(
      presence.getUserPresencesPurecloud(emu.fixtures.otherOrgAgent.id, bearer(emu.fixtures.agent.token)),
    );
    expect(err.status).toBe(404);
  });

  it('GET /users/presences/purecloud/bulk is a bare array, accepts comma-joined and repeated ids, and caps at 50 ids', async () => {
    const ids = [emu.fixtures.agent.id, emu.fixtures.secondAgent.id, emu.fixtures.otherOrgAgent.id];
    const viaSdk = await presence.getUsersPresencesPurecloudBulk({ id: ids, ...bearer(emu.fixtures.agent.token) });
    expect(Array.isArray(viaSdk)).toBe(true);
    expect(viaSdk.map((p) => p.userId).sort()).toEqual(ids.slice(0, 2).sort());
    const repeated = await rawGet(
      `${emu.url}/api/v2/users/presences/purecloud/bulk?id=${ids[0]}&id=${ids[1]}`,
      emu.fixtures.agent.token,
    );
    expect(repeated.json.length).toBe(2);
    const tooMany = await rawGet(
      `${emu.url}/api/v2/users/presences/purecloud/bulk?id=${Array.from({ length: 51 }, (_, i) => i).join(',')}`,
      emu.fixtures.agent.token,
    );
    expect(tooMany.status).toBe(400);
  });
});
