import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, containsNull, extended, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator identity endpoints through the real SDK', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;

  beforeAll(async () => {
    emu = await startEmulator({ users: 60 });
    sdk = sdkFor(emu, { extended: true });
  });
  afterAll(() => emu.close());

  it('GET /users/me with expand=organization,presence,routingStatus returns the token owner with org, presence and routing status', async () => {
    const agent = emu.fixtures.agent;
    const res = await extended(
      sdk.users.getUsersMe({ expand: ['organization', 'presence', 'routingStatus'], ...bearer(agent.token) }),
    );
    expect(res.status).toBe(200);
    const me: Models.UserMe = res.body;
    expect(me.id).toBe(agent.id);
    expect(me.name).toBe(agent.name);
    expect(me.email).toBe(agent.email);
    expect(me.division).toEqual({
      id: agent.divisionId,
      name: 'Home',
      selfUri: `/api/v2/authorization/divisions/${agent.divisionId}`,
    });
    expect(me.organization?.id).toBe(emu.data.primary.organization.id);
    expect(me.organization?.name).toBe(emu.data.primary.organization.name);
    expect(me.routingStatus).toEqual({
      userId: agent.id,
      status: agent.routingStatus.status,
      startTime: agent.routingStatus.startTime,
    });
    expect(me.presence?.presenceDefinition?.systemPresence).toBe(agent.presence.systemPresence);
    expect(me.selfUri).toBe(`/api/v2/users/${agent.id}`);
    expect(containsNull(me)).toBe(false);
  });

  it('GET /users/me without expand leaves presence, routingStatus and organization out', async () => {
    const res = await extended(sdk.users.getUsersMe(bearer(emu.fixtures.secondAgent.token)));
    expect(res.body.id).toBe(emu.fixtures.secondAgent.id);
    expect(res.body).not.toHaveProperty('presence');
    expect(res.body).not.toHaveProperty('routingStatus');
    expect(res.body).not.toHaveProperty('organization');
  });

  it('GET /users/me of an other-org token answers with that org', async () => {
    const res = await extended(
      sdk.users.getUsersMe({ expand: ['organization'], ...bearer(emu.fixtures.otherOrgAgent.token) }),
    );
    expect(res.body.organization?.id).toBe(emu.data.other.organization.id);
  });

  it('GET /tokens/me returns TokenInfo with the org and OAuthClient but no user id', async () => {
    const res = await extended(sdk.tokens.getTokensMe({ preserveIdleTTL: true, ...bearer(emu.fixtures.agent.token) }));
    const info: Models.TokenInfo = res.body;
    expect(info.organization).toEqual({
      id: emu.data.primary.organization.id,
      name: emu.data.primary.organization.name,
    });
    expect(info.homeOrganization).toEqual(info.organization);
    expect(info.OAuthClient?.authorizedGrantType).toBe('CODE');
    expect(info.authorizedScope?.length).toBeGreaterThan(0);
    expect(JSON.stringify(info)).not.toContain(emu.fixtures.agent.id);
  });

  it('GET /tokens/me resets the idle timeout unless preserveIdleTTL=true', async () => {
    const token = emu.tokenFor(emu.fixtures.agent.id);
    const first = (await extended(sdk.tokens.getTokensMe({ preserveIdleTTL: true, ...bearer(token) }))).body
      .dateTokenIdles!;
    await new Promise((r) => setTimeout(r, 15));
    const preserved = (await extended(sdk.tokens.getTokensMe({ preserveIdleTTL: true, ...bearer(token) }))).body
      .dateTokenIdles!;
    expect(preserved).toBe(first);
    const reset = (await extended(sdk.tokens.getTokensMe({ preserveIdleTTL: false, ...bearer(token) }))).body
      .dateTokenIdles!;
    expect(Date.parse(reset)).toBeGreaterThan(Date.parse(first));
  });

  it('a token minted with tokenFor works until it expires', async () => {
    const token = emu.tokenFor(emu.fixtures.supervisor.id, { expiresInSec: 60 });
    const res = await extended(sdk.users.getUsersMe(bearer(token)));
    expect(res.body.id).toBe(emu.fixtures.supervisor.id);
  });

  it('every response carries an ININ-Correlation-Id header, unique per request', async () => {
    const a = await extended(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)));
    const b = await extended(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)));
    expect(a.headers['inin-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['inin-correlation-id']).not.toBe(b.headers['inin-correlation-id']);
  });
});
