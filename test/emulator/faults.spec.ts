import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, extended, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator fault injection and latency', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;
  let tok: ReturnType<typeof bearer>;

  beforeAll(async () => {
    emu = await startEmulator({ users: 30 });
    sdk = sdkFor(emu, { extended: true, timeoutMs: 2_000 });
    tok = bearer(emu.fixtures.agent.token);
  });
  afterEach(() => {
    emu.faults.clear();
    emu.setLatency(undefined);
  });
  afterAll(() => emu.close());

  const members = () => sdk.routing.getRoutingQueueMembers(emu.fixtures.smallQueue.id, tok);

  it('429 carries Retry-After and the normalised too.many.requests.retry.after body, then the route recovers', async () => {
    emu.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 429, retryAfterSec: 7 });
    const err = await rejection(members());
    expect(err.status).toBe(429);
    expect(err.headers['retry-after']).toBe('7');
    expect(err.body).toEqual({
      message: 'Rate limit exceeded the maximum. Retry the request in [7] seconds',
      code: 'too.many.requests.retry.after',
      status: 429,
      contextId: err.headers['inin-correlation-id'],
      details: [],
      errors: [],
    });
    expect((await extended(members())).status).toBe(200);
  });

  it('502 has an HTML body the SDK surfaces as a string', async () => {
    emu.faults.add({ path: '/api/v2/users/me', kind: 502 });
    const err = await rejection<{ status: number; body: unknown; headers: Record<string, string> }>(
      sdk.users.getUsersMe(tok),
    );
    expect(err.status).toBe(502);
    expect(typeof err.body).toBe('string');
    expect(err.body as string).toContain('502 Bad Gateway');
    expect(err.headers['content-type']).toContain('text/html');
    const plain = sdkFor(emu);
    emu.faults.add({ path: '/api/v2/users/me', kind: 502 });
    expect(typeof (await rejection<unknown>(plain.users.getUsersMe(tok)))).toBe('string');
  });

  it('500, 503 and 504 answer with ErrorBody codes internal.server.error, service.unavailable, request.timeout', async () => {
    for (const [kind, code] of [
      [500, 'internal.server.error'],
      [503, 'service.unavailable'],
      [504, 'request.timeout'],
    ] as const) {
      emu.faults.add({ path: '/api/v2/tokens/me', kind });
      const err = await rejection(sdk.tokens.getTokensMe(tok));
      expect(err.status).toBe(kind);
      expect(err.body.code).toBe(code);
      expect(err.body.contextId).toBe(err.headers['inin-correlation-id']);
    }
  });

  it('reset destroys the connection: the SDK rejects with a raw network error and no response', async () => {
    emu.faults.add({ path: '/api/v2/users/me', kind: 'reset' });
    const err = await rejection<{ code?: string; response?: unknown; status?: number }>(sdk.users.getUsersMe(tok));
    expect(err.status).toBeUndefined();
    expect(err.response).toBeUndefined();
    expect(err.code).toBe('ECONNRESET');
  });

  it('hang never answers: the SDK times out; the request is logged with status 0 once the client gives up', async () => {
    const quick = sdkFor(emu, { extended: true, timeoutMs: 200 });
    emu.requests.reset();
    emu.faults.add({ path: '/api/v2/users/me', kind: 'hang' });
    const started = Date.now();
    const err = await rejection<{ code?: string; message?: string }>(quick.users.getUsersMe(tok));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(err.code).toBe('ECONNABORTED');
    await new Promise((r) => setTimeout(r, 50));
    const entry = emu.requests.list({ pathPattern: '/api/v2/users/me' })[0];
    expect(entry).toMatchObject({ status: 0, fault: 'hang', userId: emu.fixtures.agent.id });
  });

  it('close() ends hung requests', async () => {
    const own = await startEmulator({ users: 20 });
    own.faults.add({ path: '**', kind: 'hang' });
    const client = sdkFor(own, { timeoutMs: 10_000 });
    const pending = rejection<{ code?: string }>(client.users.getUsersMe(bearer(own.fixtures.agent.token)));
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await own.close();
    const err = await pending;
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(err.code).toBe('ECONNRESET');
  });

  it('times: N applies the fault N times; Infinity until cleared', async () => {
    emu.faults.add({ path: '/api/v2/tokens/me', kind: 503, times: 2 });
    expect((await rejection(sdk.tokens.getTokensMe(tok))).status).toBe(503);
    expect((await rejection(sdk.tokens.getTokensMe(tok))).status).toBe(503);
    expect((await extended(sdk.tokens.getTokensMe(tok))).status).toBe(200);
    emu.faults.add({ path: '/api/v2/tokens/me', kind: 504, times: Infinity });
    for (let i = 0; i < 5; i++) expect((await rejection(sdk.tokens.getTokensMe(tok))).status).toBe(504);
    expect(emu.faults.list()[0].times).toBe(Infinity);
    emu.faults.clear();
    expect((await extended(sdk.tokens.getTokensMe(tok))).status).toBe(200);
  });

  it('a fault limited to one user hits only that user; method and RegExp paths narrow it', async () => {
    emu.faults.add({ path: /^\/api\/v2\/users\/me$/, kind: 503, userId: emu.fixtures.secondAgent.id, method: 'GET' });
    expect((await extended(sdk.users.getUsersMe(tok))).status).toBe(200);
    expect((await rejection(sdk.users.getUsersMe(bearer(emu.fixtures.secondAgent.token)))).status).toBe(503);
    emu.faults.add({ path: '/api/v2/users/search', kind: 503, method: 'POST' });
    const search = await rejection(sdk.users.postUsersSearch({ query: [] }, tok));
    expect(search.status).toBe(503);
    emu.faults.add({ path: '/api/v2/users/search', kind: 503, method: 'POST' });
    expect((await extended(sdk.users.getUsersMe(tok))).status).toBe(200);
    expect(emu.faults.list().length).toBe(1);
  });

  it('faults hit before authentication (an edge failure does not look at the token)', async () => {
    emu.faults.add({ path: '/api/v2/users/me', kind: 503 });
    expect((await rejection(sdk.users.getUsersMe(bearer('garbage')))).status).toBe(503);
  });

  it('fixed latency delays every answer; random latency stays within its range; it can be set at start-up', async () => {
    emu.setLatency({ fixedMs: 120 });
    let t = Date.now();
    await sdk.users.getUsersMe(tok);
    expect(Date.now() - t).toBeGreaterThanOrEqual(110);
    emu.setLatency({ minMs: 30, maxMs: 60 });
    t = Date.now();
    await sdk.users.getUsersMe(tok);
    const took = Date.now() - t;
    expect(took).toBeGreaterThanOrEqual(25);
    expect(took).toBeLessThan(500);
    emu.setLatency(undefined);
    const slow = await startEmulator({ users: 20, latency: { fixedMs: 80 } });
    try {
      const c = sdkFor(slow);
      t = Date.now();
      await c.users.getUsersMe(bearer(slow.fixtures.agent.token));
      expect(Date.now() - t).toBeGreaterThanOrEqual(70);
    } finally {
      await slow.close();
    }
  });

  it('faults can be set at start-up', async () => {
    const flaky = await startEmulator({ users: 20, faults: [{ path: '/api/v2/users/me', kind: 503, times: 1 }] });
    try {
      const c = sdkFor(flaky, { extended: true });
      const t = bearer(flaky.fixtures.agent.token);
      expect((await rejection(c.users.getUsersMe(t))).status).toBe(503);
      expect((await extended(c.users.getUsersMe(t))).status).toBe(200);
    } finally {
      await flaky.close();
    }
  });

  it('invalid rules and latencies are rejected in-process', () => {
    expect(() => emu.faults.add({ path: '/x', kind: 418 as unknown as 429 })).toThrow();
    expect(() => emu.faults.add({ path: '/x', kind: 429, times: 0 })).toThrow();
    expect(() => emu.setLatency({ minMs: 50, maxMs: 10 })).toThrow();
  });

  it('the real 429 body type-checks as ErrorBody', async () => {
    emu.faults.add({ path: '**', kind: 429 });
    const err = await rejection<{ body: Models.ErrorBody }>(sdk.users.getUsersMe(tok));
    expect(err.body.code).toBe('too.many.requests.retry.after');
  });
});
