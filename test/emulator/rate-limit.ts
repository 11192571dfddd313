/** Result of counting one request against its token's window. */
export interface RateLimitDecision {
  allowed: boolean;
  /** `inin-ratelimit-*` headers to send (also on the 429). */
  headers: Record<string, string>;
  /** Seconds until the window resets (the 429's Retry-After). */
  resetSec: number;
}

interface Window {
  startMs: number;
  count: number;
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * Per-token fixed one-minute windows, off unless a limit is set. Every request in the window
 * counts (429s included, as a client hammering through a 429 keeps its budget spent).
 */
export class RateLimiter {
  private perMinute: number | undefined;
  private windows = new Map<string, Window>();

  constructor(perMinute?: number) {
    this.set(perMinute);
  }

  set(perMinute: number | undefined): void {
    if (perMinute !== undefined && !(Number.isInteger(perMinute) && perMinute >= 0))
      throw new Error('rate limit must be a non-negative integer');
    this.perMinute = perMinute && perMinute > 0 ? perMinute : undefined;
    this.windows = new Map();
  }

  get(): number | undefined {
    return this.perMinute;
  }

  /** Undefined when rate limiting is off. `key` identifies the token (never logged). */
  hit(key: string, nowMs = Date.now()): RateLimitDecision | undefined {
    const limit = this.perMinute;
    if (limit === undefined) return undefined;
    let w = this.windows.get(key);
    if (!w || nowMs - w.startMs >= RATE_LIMIT_WINDOW_MS) {
      w = { startMs: nowMs, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    const resetSec = Math.max(1, Math.ceil((w.startMs + RATE_LIMIT_WINDOW_MS - nowMs) / 1000));
    return {
      allowed: w.count <= limit,
      resetSec,
      headers: {
        'inin-ratelimit-count': String(Math.min(w.count, limit)),
        'inin-ratelimit-allowed': String(limit),
        'inin-ratelimit-reset': String(resetSec),
      },
    };
  }
}
