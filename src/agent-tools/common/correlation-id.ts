import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** Accepted from callers as is; anything else is replaced, so logs cannot be forged or flooded. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

type Headers = Record<string, string | string[] | undefined>;

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when well formed, a new UUID
 * otherwise. It is written back into the request headers so every later reader agrees.
 */
export function ensureCorrelationId(headers: Headers): string {
  const given = headers[CORRELATION_ID_HEADER];
  if (typeof given === 'string' && WELL_FORMED.test(given)) return given;
  const generated = randomUUID();
  headers[CORRELATION_ID_HEADER] = generated;
  return generated;
}
