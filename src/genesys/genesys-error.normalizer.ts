import { GenesysUpstreamError } from './genesys-upstream.error.js';

type Headers = Record<string, unknown>;

interface ErrorBodyLike {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  contextId?: unknown;
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);

/**
 * Turns whatever the SDK rejected (or threw) into a `GenesysUpstreamError`:
 * - an extended response `{ status, headers, body }` (JSON or string body);
 * - a bare `ErrorBody` (a client without extended responses);
 * - a raw string (a non-JSON error body, or a synchronous "Missing the required parameter");
 * - an AxiosError with no response (timeout, refused, reset);
 * - any other Error (header validation inside the SDK).
 */
export function normalizeGenesysError(failure: unknown, operation: string): GenesysUpstreamError {
  if (failure instanceof GenesysUpstreamError) return failure;
  if (typeof failure === 'string') {
    return failure.startsWith('Missing the required parameter')
      ? new GenesysUpstreamError({ kind: 'client', operation, message: failure })
      : new GenesysUpstreamError({ kind: 'malformed', operation, status: 502, message: 'Non-JSON error body' });
  }
  if (!isObject(failure)) {
    return new GenesysUpstreamError({ kind: 'client', operation, message: String(failure) });
  }
  if (isExtendedResponse(failure)) return fromExtendedResponse(failure, operation);
  if (isAxiosError(failure)) {
    const response = failure.response;
    return isObject(response) && typeof response.status === 'number'
      ? fromExtendedResponse({ status: response.status, headers: response.headers, body: response.data }, operation)
      : fromTransportError(failure, operation);
  }
  if (typeof failure.status === 'number' && typeof failure.code === 'string') {
    return fromErrorBody(failure as ErrorBodyLike, failure.status, {}, operation);
  }
  const message = failure instanceof Error ? failure.message : 'Unknown SDK failure';
  return new GenesysUpstreamError({ kind: 'client', operation, message });
}

function fromExtendedResponse(
  response: { status: number; headers?: unknown; body?: unknown },
  operation: string,
): GenesysUpstreamError {
  const headers = isObject(response.headers) ? response.headers : {};
  if (isObject(response.body)) return fromErrorBody(response.body, response.status, headers, operation);
  return new GenesysUpstreamError({
    kind: 'malformed',
    operation,
    status: response.status,
    contextId: headerString(headers, 'inin-correlation-id'),
    retryAfterSec: parseRetryAfter(headers['retry-after']),
    message: `Genesys ${operation} answered ${response.status} with a non-JSON body`,
  });
}

function fromErrorBody(body: ErrorBodyLike, status: number, headers: Headers, operation: string): GenesysUpstreamError {
  return new GenesysUpstreamError({
    kind: 'http',
    operation,
    status,
    code: typeof body.code === 'string' ? body.code : undefined,
    message: typeof body.message === 'string' ? body.message : undefined,
    contextId: typeof body.contextId === 'string' ? body.contextId : headerString(headers, 'inin-correlation-id'),
    retryAfterSec: parseRetryAfter(headers['retry-after']),
  });
}

function fromTransportError(error: { code?: unknown; message?: unknown }, operation: string): GenesysUpstreamError {
  const code = typeof error.code === 'string' ? error.code : undefined;
  const timedOut = (code !== undefined && TIMEOUT_CODES.has(code)) || /timeout/i.test(String(error.message));
  return new GenesysUpstreamError({
    kind: timedOut ? 'timeout' : 'network',
    operation,
    message: timedOut
      ? `Genesys ${operation} timed out`
      : `Genesys ${operation} unreachable (${code ?? 'no response'})`,
  });
}

/** `Retry-After` in seconds; Genesys sends delta-seconds, an HTTP date is accepted too. */
export function parseRetryAfter(value: unknown): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? Math.ceil(text) : undefined;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text.trim())) return Math.ceil(Number(text));
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function headerString(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isExtendedResponse(
  value: Record<string, unknown>,
): value is { status: number; headers?: unknown; body?: unknown } {
  return typeof value.status === 'number' && 'headers' in value && 'body' in value;
}

function isAxiosError(
  value: Record<string, unknown>,
): value is { code?: unknown; message?: unknown; response?: unknown } {
  return value.isAxiosError === true || (value instanceof Error && 'code' in value && !('status' in value));
}
