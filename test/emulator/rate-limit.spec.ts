import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, extended, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

describe('emulator per-token rate limiting', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;

  beforeAll(async () => {
    emu = await startEmulator({ users: 20 });
    sdk = sdkFor(emu, { extended: true });
  });
  afterAll(() => emu.close());

  it('is off by default: no inin-ratelimit headers and no 429', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await extended(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)));
      expect(res.headers).not.toHaveProperty('inin-ratelimit-count');
    }
  });

  it('counts per token with inin-ratelimit-count/allowed/reset and answers 429 with Retry-After past the limit', async () => {
    emu.setRateLimit(3);
    try {
      const tok = bearer(emu.fixtures.agent.token);
      for (let i = 1; i <= 3; i++) {
        const res = await extended(sdk.users.getUsersMe(tok));
        expect(res.headers['inin-ratelimit-count']).toBe(String(i));
        expect(res.headers['inin-ratelimit-allowed']).toBe('3');
        const reset = Number(res.headers['inin-ratelimit-reset']);
        expect(reset).toBeGreaterThan(0);
        expect(reset).toBeLessThanOrEqual(60);
      }
      const err = await rejection(sdk.users.getUsersMe(tok));
      expect(err.status).toBe(429);
      expect(err.body.code).toBe('too.many.requests.retry.after');
      expect(Number(err.headers['retry-after'])).toBeGreaterThan(0);
      expect(err.body.message).toBe(
        `Rate limit exceeded the maximum. Retry the request in [${err.headers['retry-after']}] seconds`,
      );
      expect(err.headers['inin-ratelimit-allowed']).toBe('3');
      // Another token of the same user has its own budget.
      const other = await extended(sdk.users.getUsersMe(bearer(emu.tokenFor(emu.fixtures.agent.id))));
      expect(other.headers['inin-ratelimit-count']).toBe('1');
    } finally {
      emu.setRateLimit(undefined);
    }
    expect((await extended(sdk.users.getUsersMe(bearer(emu.fixtures.agent.token)))).status).toBe(200);
  });

  it('can be configured at start-up', async () => {
    const limited = await startEmulator({ users: 20, rateLimitPerMinute: 1 });
    try {
      const c = sdkFor(limited, { extended: true });
      const tok = bearer(limited.fixtures.agent.token);
      expect((await extended(c.users.getUsersMe(tok))).headers['inin-ratelimit-allowed']).toBe('1');
      expect((await rejection(c.users.getUsersMe(tok))).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
