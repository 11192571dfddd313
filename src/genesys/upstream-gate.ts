import { setTimeout as sleep } from 'node:timers/promises';
import { GenesysUpstreamError } from './genesys-upstream.error.js';
import type { RetryBudget } from './retry-budget.js';

const SWEEP_ABOVE = 10_000;

/**
 * Remembers, per token, that Genesys answered 429 and until when. Later calls with that token
 * wait out the rest of `Retry-After` when the request's budget allows, and otherwise fail at
 * once with 429, instead of spending the agent's remaining Genesys quota on more 429s.
 */
export class UpstreamGate {
  private readonly closedUntil = new Map<string, number>();

  async pass(key: string, budget: RetryBudget, operation: string): Promise<void> {
    const until = this.closedUntil.get(key);
    if (until === undefined) return;
    const waitMs = until - Date.now();
    if (waitMs <= 0) {
      this.closedUntil.delete(key);
      return;
    }
    if (waitMs > budget.remainingMs()) {
      throw new GenesysUpstreamError({
        kind: 'http',
        operation,
        status: 429,
        code: 'too.many.requests.retry.after',
        retryAfterSec: Math.ceil(waitMs / 1000),
        message: 'Genesys is rate limiting this agent; not calling again before Retry-After',
      });
    }
    await sleep(waitMs);
  }

  close(key: string, retryAfterSec: number): void {
    const until = Date.now() + retryAfterSec * 1000;
    this.closedUntil.set(key, Math.max(until, this.closedUntil.get(key) ?? 0));
    if (this.closedUntil.size > SWEEP_ABOVE) this.sweep();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, until] of this.closedUntil) if (until <= now) this.closedUntil.delete(key);
  }
}
