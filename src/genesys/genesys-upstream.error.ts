/** How an upstream call failed. */
export type UpstreamFailureKind =
  /** Genesys answered with an HTTP error status. */
  | 'http'
  /** The call ran past the upstream timeout. */
  | 'timeout'
  /** No answer at all: connection refused or reset, DNS failure. */
  | 'network'
  /** Genesys answered, but not with the JSON the SDK expects. */
  | 'malformed'
  /** The call never left this process (the SDK rejected its arguments). */
  | 'client';

export interface GenesysUpstreamErrorInit {
  kind: UpstreamFailureKind;
  operation: string;
  status?: number;
  code?: string;
  message?: string;
  contextId?: string;
  retryAfterSec?: number;
}

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Every failure of a Genesys call, whatever shape the SDK rejected with, becomes this one
 * type (see `normalizeGenesysError`). It never carries the token or request headers.
 */
export class GenesysUpstreamError extends Error {
  readonly kind: UpstreamFailureKind;
  readonly operation: string;
  /** The upstream HTTP status; absent when Genesys never answered. */
  readonly status?: number;
  /** The Genesys error `code`, such as `bad.credentials`. */
  readonly code?: string;
  /** The Genesys correlation id (`ININ-Correlation-Id` / `contextId`). */
  readonly contextId?: string;
  /** Seconds Genesys asked us to wait (`Retry-After`). */
  readonly retryAfterSec?: number;
  constructor(init: GenesysUpstreamErrorInit) {
    super(init.message ?? `Genesys ${init.operation} failed (${init.status ?? init.kind})`);
    this.name = 'GenesysUpstreamError';
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.code = init.code;
    this.contextId = init.contextId;
    this.retryAfterSec = init.retryAfterSec;
  }

  /** Whether repeating the same call may succeed (429, 502, 503, 504, connection errors). */
  get retryable(): boolean {
    if (this.kind === 'network') return true;
    return this.kind !== 'client' && this.status !== undefined && RETRYABLE_STATUSES.has(this.status);
  }
}
