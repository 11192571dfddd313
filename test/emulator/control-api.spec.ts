import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RequestLogEntry, type RunningEmulator } from './index.js';
import { bearer, extended, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator control API over HTTP (/__emulator)', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;

  beforeAll(async () => {
    emu = await startEmulator({ users: 30 });
    sdk = sdkFor(emu, { extended: true });
  });
  afterAll(() => emu.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.url}/__emulator${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  };

  it('GET /__emulator describes the orgs; GET /__emulator/fixtures returns the fixtures with tokens', async () => {
    const info = await call('GET', '');
    expect(info.json.organizations[0].users).toBe(30);
    const fx = await call('GET', '/fixtures');
    expect(fx.json.agent.token).toBe(emu.fixtures.agent.token);
    expect(fx.json.bigQueue.memberCount).toBe(emu.fixtures.bigQueue.members.length);
    expect(fx.json.bigQueue).not.toHaveProperty('members');
    expect(fx.json.withSummary.id).toBe(emu.fixtures.withSummary.id);
    expect(fx.json.expiredToken).toBe(emu.fixtures.expiredToken);
  });

  it('POST /__emulator/tokens mints a working token; expiresInSec 0 mints an expired one', async () => {
    const minted = await call('POST', '/tokens', { userId: emu.fixtures.busyAgent.id });
    expect(minted.status).toBe(201);
    expect((await extended(sdk.users.getUsersMe(bearer(minted.json.token)))).body.id).toBe(emu.fixtures.busyAgent.id);
    const expired = await call('POST', '/tokens', { userId: emu.fixtures.busyAgent.id, expiresInSec: 0 });
    expect((await rejection(sdk.users.getUsersMe(bearer(expired.json.token)))).body.code).toBe('credentials.expired');
    expect((await call('POST', '/tokens', { userId: 'nobody' })).status).toBe(400);
  });

  it('POST/GET/DELETE /__emulator/faults add, list and clear rules (glob, pathRegex, times "Infinity")', async () => {
    const added = await call('POST', '/faults', [
      { path: '/api/v2/users/me', kind: 503, times: 1 },
      { pathRegex: '^/api/v2/tokens/me$', kind: '504', times: 'Infinity' },
    ]);
    expect(added.status).toBe(201);
    expect(added.json.faults.length).toBe(2);
    expect((await rejection(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)))).status).toBe(503);
    expect((await rejection(sdk.tokens.getTokensMe(bearer(emu.fixtures.agent.token)))).status).toBe(504);
    const listed = await call('GET', '/faults');
    expect(listed.json.faults).toEqual([
      { pathRegex: new RegExp('^/api/v2/tokens/me$').source, kind: 504, times: 'Infinity' },
    ]);
    expect((await call('DELETE', '/faults')).status).toBe(204);
    expect((await extended(sdk.tokens.getTokensMe(bearer(emu.fixtures.agent.token)))).status).toBe(200);
    const bad = await call('POST', '/faults', { path: '/x', kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('bad.request');
  });

  it('PUT/DELETE /__emulator/latency sets and clears latency', async () => {
    expect((await call('PUT', '/latency', { fixedMs: 100 })).json.latency).toEqual({ fixedMs: 100 });
    let t = Date.now();
    await sdk.users.getUsersMe(bearer(emu.fixtures.agent.token));
    expect(Date.now() - t).toBeGreaterThanOrEqual(90);
    expect((await call('PUT', '/latency', { minMs: 1, maxMs: 2 })).json.latency).toEqual({ minMs: 1, maxMs: 2 });
    expect((await call('DELETE', '/latency')).status).toBe(204);
    expect((await call('GET', '/latency')).json.latency).toBeNull();
    t = Date.now();
    await sdk.users.getUsersMe(bearer(emu.fixtures.agent.token));
    expect(Date.now() - t).toBeLessThan(90);
  });

  it('PUT/DELETE /__emulator/rate-limit turns per-token limiting on and off', async () => {
    expect((await call('PUT', '/rate-limit', { perMinute: 50 })).json.perMinute).toBe(50);
    const res = await extended(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)));
    expect(res.headers['inin-ratelimit-allowed']).toBe('50');
    expect((await call('DELETE', '/rate-limit')).status).toBe(204);
    const after = await extended(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)));
    expect(after.headers).not.toHaveProperty('inin-ratelimit-allowed');
  });

  it('GET/DELETE /__emulator/requests read (with path, userId, method filters) and reset the log', async () => {
    await call('DELETE', '/requests');
    await sdk.users.getUsersMe(bearer(emu.fixtures.agent.token));
    await sdk.routing.getRoutingQueuesMe(bearer(emu.fixtures.secondAgent.token));
    const all = (await call('GET', '/requests')).json.requests as RequestLogEntry[];
    expect(all.map((r) => r.path)).toEqual(['/api/v2/users/me', '/api/v2/routing/queues/me']);
    const filtered = (
      await call(
        'GET',
        `/requests?path=${encodeURIComponent('/api/v2/routing/**')}&userId=${emu.fixtures.secondAgent.id}&method=GET`,
      )
    ).json.requests;
    expect(filtered.length).toBe(1);
    expect((await call('DELETE', '/requests')).status).toBe(204);
    expect((await call('GET', '/requests')).json.requests).toEqual([]);
  });

  it('unknown control paths are 404 not.found', async () => {
    const res = await call('GET', '/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('not.found');
  });
});
