import { describe, expect, it } from 'vitest';
import { GenesysUpstreamError } from './genesys-upstream.error.js';
import { RetryBudget } from './retry-budget.js';
import { RetryPolicy, type RetrySettings } from './retry.policy.js';

const settings: RetrySettings = {
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  defaultRetryAfterSec: 3,
  budgetMs: 60_000,
};

/** Records waits instead of sleeping, and lets the test pick the jitter. */
class RecordingRetryPolicy extends RetryPolicy {
  readonly waits: number[] = [];
  constructor(
    overrides: Partial<RetrySettings> = {},
    private readonly jitter = 1,
  ) {
    super({ ...settings, ...overrides });
  }
  protected override random(): number {
    return this.jitter;
  }
  protected override async sleep(ms: number): Promise<void> {
    this.waits.push(ms);
  }
}

function failing(...failures: unknown[]): { call: () => Promise<string>; calls: () => number } {
  let count = 0;
  return {
    call: async () => {
      const failure = failures[count++];
      if (failure === undefined) return 'ok';
      throw failure;
    },
    calls: () => count,
  };
}

const tooMany = (retryAfter: string) => ({
  status: 429,
  headers: { 'retry-after': retryAfter },
  body: { code: 'too.many.requests.retry.after', status: 429 },
});
const unavailable = { status: 503, headers: {}, body: { code: 'service.unavailable', status: 503 } };

describe('RetryPolicy', () => {
  it('waits exactly Retry-After on 429, never less, then succeeds', async () => {
    const policy = new RecordingRetryPolicy({}, 0);
    const upstream = failing(tooMany('2'), tooMany('5'));
    await expect(
      policy.execute(upstream.call, { operation: 'getUsersMe', budget: RetryBudget.startingNow(60_000) }),
    ).resolves.toBe('ok');
    expect(policy.waits).toEqual([2_000, 5_000]);
  });

  it('uses the default wait for a 429 without Retry-After', async () => {
    const policy = new RecordingRetryPolicy();
    const upstream = failing({ status: 429, headers: {}, body: { code: 'too.many.requests', status: 429 } });
    await policy.execute(upstream.call, { operation: 'getUsersMe', budget: RetryBudget.startingNow(60_000) });
    expect(policy.waits).toEqual([3_000]);
  });

  it('backs off exponentially with full jitter for 5xx, capped at maxDelayMs', async () => {
    const policy = new RecordingRetryPolicy({ maxAttempts: 6 }, 0.5);
    const upstream = failing(unavailable, unavailable, unavailable, unavailable, unavailable);
    await policy.execute(upstream.call, { operation: 'getRoutingQueue', budget: RetryBudget.startingNow(60_000) });
    expect(policy.waits).toEqual([50, 100, 200, 400, 500]);
  });

  it('gives up after maxAttempts with the last upstream error', async () => {
    const policy = new RecordingRetryPolicy({ maxAttempts: 3 });
    const upstream = failing(unavailable, unavailable, unavailable, unavailable);
    await expect(
      policy.execute(upstream.call, { operation: 'getRoutingQueue', budget: RetryBudget.startingNow(60_000) }),
    ).rejects.toMatchObject({ status: 503 });
    expect(upstream.calls()).toBe(3);
  });

  it('answers at once with the 429 when Retry-After is longer than the budget left', async () => {
    const policy = new RecordingRetryPolicy();
    const upstream = failing(tooMany('30'));
    const error = await policy
      .execute(upstream.call, { operation: 'getUsersMe', budget: RetryBudget.startingNow(5_000) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysUpstreamError);
    expect(error).toMatchObject({ status: 429, retryAfterSec: 30 });
    expect(policy.waits).toEqual([]);
    expect(upstream.calls()).toBe(1);
  });

  it('never retries a call that is not idempotent', async () => {
    const policy = new RecordingRetryPolicy();
    const upstream = failing(unavailable);
    await expect(
      policy.execute(upstream.call, {
        operation: 'postConversationDisconnect',
        budget: RetryBudget.startingNow(60_000),
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect(upstream.calls()).toBe(1);
  });

  it('retries the read-only query POSTs', async () => {
    const policy = new RecordingRetryPolicy();
    const upstream = failing(unavailable);
    await expect(
      policy.execute(upstream.call, {
        operation: 'postAnalyticsConversationsDetailsQuery',
        budget: RetryBudget.startingNow(60_000),
      }),
    ).resolves.toBe('ok');
    expect(policy.isIdempotent('postUsersSearch')).toBe(true);
  });

  it('does not retry 4xx other than 429, nor timeouts', async () => {
    const policy = new RecordingRetryPolicy();
    const notFound = failing({ status: 404, headers: {}, body: { code: 'not.found', status: 404 } });
    await expect(
      policy.execute(notFound.call, { operation: 'getRoutingQueue', budget: RetryBudget.startingNow(60_000) }),
    ).rejects.toMatchObject({ status: 404 });
    const timeout = failing(
      Object.assign(new Error('timeout of 100ms exceeded'), { isAxiosError: true, code: 'ECONNABORTED' }),
    );
    await expect(
      policy.execute(timeout.call, { operation: 'getRoutingQueue', budget: RetryBudget.startingNow(60_000) }),
    ).rejects.toMatchObject({ kind: 'timeout' });
    expect(notFound.calls() + timeout.calls()).toBe(2);
  });

  it('retries connection errors', async () => {
    const policy = new RecordingRetryPolicy();
    const upstream = failing(Object.assign(new Error('socket hang up'), { isAxiosError: true, code: 'ECONNRESET' }));
    await expect(
      policy.execute(upstream.call, { operation: 'getUsersMe', budget: RetryBudget.startingNow(60_000) }),
    ).resolves.toBe('ok');
    expect(upstream.calls()).toBe(2);
  });

  it('really waits when not overridden', async () => {
    const policy = new RetryPolicy({ ...settings, baseDelayMs: 20, maxDelayMs: 20 });
    const upstream = failing(tooMany('1'));
    const started = Date.now();
    await policy.execute(upstream.call, { operation: 'getUsersMe', budget: RetryBudget.startingNow(5_000) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });
});
