import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, rawGet, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator authentication, authorization and bad input', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;

  beforeAll(async () => {
    emu = await startEmulator({ users: 40 });
    sdk = sdkFor(emu, { extended: true });
  });
  afterAll(() => emu.close());

  function expectErrorBody(
    err: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    status: number,
    code: string,
  ) {
    expect(err.status).toBe(status);
    expect(err.body.status).toBe(status);
    expect(err.body.code).toBe(code);
    expect(typeof err.body.message).toBe('string');
    expect(err.body.contextId).toBe(err.headers['inin-correlation-id']);
    expect(err.body.details).toEqual([]);
    expect(err.body.errors).toEqual([]);
  }

  it('an unknown token is a 401 bad.credentials', async () => {
    const err = await rejection(sdk.users.getUsersMe(bearer('not-a-real-token')));
    expectErrorBody(err, 401, 'bad.credentials');
    expect(err.body.message).toBe('Invalid login credentials.');
  });

  it('an expired token is a 401 credentials.expired (fixture and tokenFor with expiresInSec 0)', async () => {
    expectErrorBody(
      await rejection(sdk.users.getUsersMe(bearer(emu.fixtures.expiredToken))),
      401,
      'credentials.expired',
    );
    const zero = emu.tokenFor(emu.fixtures.agent.id, { expiresInSec: 0 });
    expectErrorBody(await rejection(sdk.users.getUsersMe(bearer(zero))), 401, 'credentials.expired');
  });

  it('no Authorization header (SDK client without a token) is a 401 authentication.required', async () => {
    const err = await rejection(sdk.users.getUsersMe());
    expectErrorBody(err, 401, 'authentication.required');
    expect(err.body.message).toBe('No authentication bearer token specified in authorization header.');
  });

  it('a token set with setAccessToken on a test-only client is accepted', async () => {
    const own = sdkFor(emu, { accessToken: emu.fixtures.agent.token });
    const me = await own.users.getUsersMe();
    expect(me.id).toBe(emu.fixtures.agent.id);
  });

  it('a missing ANY permission is a 403 missing.any.permissions naming the permission', async () => {
    const err = await rejection(sdk.routing.getRoutingQueues(bearer(emu.fixtures.noQueuePermission.token)));
    expectErrorBody(err, 403, 'missing.any.permissions');
    expect(err.body.message).toContain('routing:queue:view');
    expect((err.body.messageParams as Record<string, string>).permissions).toContain('routing:queue:view');
  });

  it('queue members name all four accepted permissions when none is held', async () => {
    const err = await rejection(
      sdk.routing.getRoutingQueueMembers(emu.fixtures.smallQueue.id, bearer(emu.fixtures.noPermissions.token)),
    );
    expectErrorBody(err, 403, 'missing.any.permissions');
    for (const p of [
      'routing:queue:view',
      'routing:queue:edit',
      'routing:queue:readonly',
      'routing:queueMember:manage',
    ]) {
      expect(err.body.message).toContain(p);
    }
  });

  it('an unknown route is a 404 not.found ErrorBody', async () => {
    const res = await rawGet(`${emu.url}/api/v2/no/such/thing`, emu.fixtures.agent.token);
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('not.found');
    expect(res.json.contextId).toBe(res.headers.get('inin-correlation-id'));
    const wrongMethod = await fetch(`${emu.url}/api/v2/users/me`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${emu.fixtures.agent.token}` },
    });
    expect(wrongMethod.status).toBe(404);
  });

  it('a malformed JSON body is a 400 bad.request', async () => {
    const res = await fetch(`${emu.url}/api/v2/users/search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${emu.fixtures.agent.token}`, 'Content-Type': 'application/json' },
      body: '{"query": [',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.code).toBe('bad.request');
    expect(body.contextId).toBe(res.headers.get('inin-correlation-id'));
  });

  it('unknown query parameters are ignored and GETs with Content-Type: application/json and no body work', async () => {
    const res = await fetch(`${emu.url}/api/v2/users/me?foo=bar&expand=presence&zzz=`, {
      headers: { Authorization: `Bearer ${emu.fixtures.agent.token}`, 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.presence).toBeDefined();
  });

  it('an invalid boolean or integer query value is a 400', async () => {
    const a = await rawGet(`${emu.url}/api/v2/routing/queues/me?joined=maybe`, emu.fixtures.agent.token);
    expect(a.status).toBe(400);
    const b = await rawGet(`${emu.url}/api/v2/routing/queues/me?pageSize=ten`, emu.fixtures.agent.token);
    expect(b.status).toBe(400);
  });

  it('the default (non-extended) SDK rejects with the ErrorBody itself', async () => {
    const plain = sdkFor(emu);
    const err = await rejection<Record<string, unknown>>(
      plain.users.getUser(emu.fixtures.otherOrgAgent.id, bearer(emu.fixtures.agent.token)),
    );
    expect(err.code).toBe('not.found');
    expect(err.status).toBe(404);
    expect(typeof err.contextId).toBe('string');
  });
});
