import { describe, expect, it } from 'vitest';
import { normalizeGenesysError, parseRetryAfter } from './genesys-error.normalizer.js';
import { GenesysUpstreamError } from './genesys-upstream.error.js';

const op = 'getRoutingQueueMembers';

describe('normalizeGenesysError', () => {
  it('reads status, code, contextId and Retry-After from an extended response with a JSON body', () => {
    const error = normalizeGenesysError(
      {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'retry-after': '7', 'inin-correlation-id': 'corr-1' },
        body: {
          message: 'Rate limit exceeded',
          code: 'too.many.requests.retry.after',
          status: 429,
          contextId: 'ctx-1',
        },
        error: new Error('Request failed'),
      },
      op,
    );
    expect(error).toMatchObject({
      kind: 'http',
      status: 429,
      code: 'too.many.requests.retry.after',
      contextId: 'ctx-1',
      retryAfterSec: 7,
    });
    expect(error.retryable).toBe(true);
  });

  it('treats an extended response with a string body as malformed, keeping status and correlation id', () => {
    const error = normalizeGenesysError(
      { status: 502, headers: { 'inin-correlation-id': 'corr-2' }, body: '<html>Bad Gateway</html>', error: {} },
      op,
    );
    expect(error).toMatchObject({ kind: 'malformed', status: 502, contextId: 'corr-2' });
    expect(error.retryable).toBe(true);
  });

  it('accepts a bare ErrorBody (a client without extended responses)', () => {
    const error = normalizeGenesysError(
      { message: 'missing', code: 'missing.any.permissions', status: 403, contextId: 'ctx-3' },
      op,
    );
    expect(error).toMatchObject({ kind: 'http', status: 403, code: 'missing.any.permissions', contextId: 'ctx-3' });
    expect(error.retryable).toBe(false);
  });

  it('treats a raw non-JSON string as a malformed 502', () => {
    expect(normalizeGenesysError('<html>oops</html>', op)).toMatchObject({ kind: 'malformed', status: 502 });
  });

  it('treats the synchronous "Missing the required parameter" string as a client error that is never retried', () => {
    const error = normalizeGenesysError(
      'Missing the required parameter "queueId" when calling getRoutingQueueMembers',
      op,
    );
    expect(error.kind).toBe('client');
    expect(error.retryable).toBe(false);
  });

  it('recognises an AxiosError timeout with no response', () => {
    const axiosError = Object.assign(new Error('timeout of 16000ms exceeded'), {
      isAxiosError: true,
      code: 'ECONNABORTED',
    });
    const error = normalizeGenesysError(axiosError, op);
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(false);
  });

  it('recognises a connection failure with no response as retryable', () => {
    const axiosError = Object.assign(new Error('socket hang up'), { isAxiosError: true, code: 'ECONNRESET' });
    const error = normalizeGenesysError(axiosError, op);
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('reads an AxiosError that carries a response', () => {
    const axiosError = Object.assign(new Error('Request failed'), {
      isAxiosError: true,
      code: 'ERR_BAD_RESPONSE',
      response: { status: 503, headers: { 'retry-after': '2' }, data: { code: 'service.unavailable', status: 503 } },
    });
    expect(normalizeGenesysError(axiosError, op)).toMatchObject({ kind: 'http', status: 503, retryAfterSec: 2 });
  });

  it('treats any other Error as a client error', () => {
    expect(normalizeGenesysError(new TypeError('Invalid character in header content'), op).kind).toBe('client');
  });

  it('returns an already normalised error unchanged', () => {
    const original = new GenesysUpstreamError({ kind: 'network', operation: op });
    expect(normalizeGenesysError(original, op)).toBe(original);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds, rounding up', () => {
    expect(parseRetryAfter('42')).toBe(42);
    expect(parseRetryAfter('0.2')).toBe(1);
  });

  it('reads an HTTP date', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(inTenSeconds)).toBeGreaterThanOrEqual(9);
  });

  it('ignores garbage', () => {
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
