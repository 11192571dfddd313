import { describe, expect, it } from 'vitest';
import { get } from './support/http.js';
import { useEmulatorAndService } from './support/harness.js';
import { ADAPTERS } from './support/service.js';

const UPSTREAM_TIMEOUT_MS = 1_000;
/** Asks the service for fresh data, past its cache. */
const NO_CACHE = { 'cache-control': 'no-cache' };

describe.each(ADAPTERS)('foundation over %s', (adapter) => {
  const harness = useEmulatorAndService({
    emulator: { users: 120 },
    adapter,
    env: { UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS), IDENTITY_CACHE_TTL_MS: '60000' },
  });

  const meUrl = () => `${harness.service.url}/agent-tools/me`;

  describe('401 in the contract shape, before any call for data', () => {
    it.each([
      ['no Authorization header', {}],
      ['a Basic credential', { authorization: 'Basic dXNlcjpwYXNz' }],
      ['a Bearer with nothing after it', { authorization: 'Bearer ' }],
      ['a Bearer with spaces in the token', { authorization: 'Bearer a b c' }],
    ])('answers 401 for %s without calling Genesys', async (_, headers) => {
      const answer = await get(meUrl(), { headers });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Unauthorized. Agent token expired or invalid.',
      });
      expect(answer.body.correlationId).toBe(answer.headers.get('x-correlation-id'));
      expect(harness.emulator.requests.list()).toHaveLength(0);
    });

    it('answers 401 for a token Genesys does not know, with the upstream code and no token in the body', async () => {
      const token = 'unknown-token-0123456789';
      const answer = await get(meUrl(), { token });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ statusCode: 401, upstream: { status: 401, code: 'bad.credentials' } });
      expect(answer.text).not.toContain(token);
    });

    it('answers 401 for an expired token', async () => {
      const answer = await get(meUrl(), { token: harness.emulator.fixtures.expiredToken });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ upstream: { code: 'credentials.expired' } });
      expect(answer.text).not.toContain(harness.emulator.fixtures.expiredToken);
    });
  });

  it('keeps a well-formed X-Correlation-Id from the caller and replaces a malformed one', async () => {
    const { token } = harness.emulator.fixtures.agent;
    const kept = await get(meUrl(), { token, headers: { 'x-correlation-id': 'plugin-req-12345' } });
    expect(kept.headers.get('x-correlation-id')).toBe('plugin-req-12345');
    const replaced = await get(meUrl(), { token, headers: { 'x-correlation-id': 'bad id with spaces' } });
    expect(replaced.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('resolves identity once per token under 50 concurrent first requests', async () => {
    const user = harness.emulator.data.primary.users[60];
    const token = harness.emulator.tokenFor(user.id);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => get(`${harness.service.url}/agent-tools/me/queues`, { token })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const identityCalls = harness.emulator.requests
      .list({ pathPattern: '/api/v2/users/me', userId: user.id })
      .filter((entry) => entry.query.expand === 'organization');
    expect(identityCalls).toHaveLength(1);
  });

  it('answers 200 concurrent requests from 40 tokens each with its own identity', async () => {
    const users = harness.emulator.data.primary.users.slice(0, 40);
    const tokens = users.map((user) => harness.emulator.tokenFor(user.id));
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => get<{ id: string; name: string }>(meUrl(), { token: tokens[i % 40] })),
    );
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.body.id).toBe(users[i % 40].id);
      expect(answer.body.name).toBe(users[i % 40].name);
    });
  });

  it('rides out a 429 storm by waiting Retry-After, then answers 200', async () => {
    const { token, id } = harness.emulator.fixtures.agent;
    await get(meUrl(), { token }); // identity cached, so only the data call meets the storm
    harness.emulator.requests.reset();
    harness.emulator.faults.add({ path: '/api/v2/routing/queues/me', kind: 429, times: 2, retryAfterSec: 1 });
    const started = Date.now();
    const answer = await get(`${harness.service.url}/agent-tools/me/queues`, { token, headers: NO_CACHE });
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    const calls = harness.emulator.requests.list({ pathPattern: '/api/v2/routing/queues/me', userId: id });
    expect(calls.map((c) => c.status)).toEqual([429, 429, 200]);
  });

  it('answers 429 with Retry-After when Genesys asks for a wait longer than the retry budget', async () => {
    // A token of its own: Genesys's 429 closes this token's upstream gate for the next 60 s.
    const token = harness.emulator.tokenFor(harness.emulator.fixtures.agent.id);
    harness.emulator.faults.add({ path: '/api/v2/routing/queues/me', kind: 429, times: 1, retryAfterSec: 60 });
    const answer = await get(`${harness.service.url}/agent-tools/me/queues`, { token, headers: NO_CACHE });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('60');
    expect(answer.body).toMatchObject({
      message: 'Rate limit exceeded. Please retry later.',
      upstream: { status: 429, code: 'too.many.requests.retry.after' },
    });
  });

  it('answers 504 within the configured timeout when Genesys hangs', async () => {
    const { token } = harness.emulator.fixtures.agent;
    await get(meUrl(), { token });
    harness.emulator.faults.add({ path: '/api/v2/routing/queues/me', kind: 'hang', times: 1 });
    const started = Date.now();
    const answer = await get(`${harness.service.url}/agent-tools/me/queues`, { token, headers: NO_CACHE });
    const elapsed = Date.now() - started;
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({ message: 'Upstream timeout.' });
    expect(elapsed).toBeGreaterThanOrEqual(UPSTREAM_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(UPSTREAM_TIMEOUT_MS * 3);
  });

  it('answers an unknown route with a contract 404', async () => {
    const answer = await get(`${harness.service.url}/agent-tools/nope`, {
      token: harness.emulator.fixtures.agent.token,
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ statusCode: 404, message: 'Resource not found.' });
  });
});
