import { setTimeout as sleep } from 'node:timers/promises';
import { normalizeGenesysError } from './genesys-error.normalizer.js';
import type { GenesysUpstreamError } from './genesys-upstream.error.js';
import { RetryBudget } from './retry-budget.js';

export interface RetrySettings {
  /** Attempts per call, the first one included. */
  maxAttempts: number;
  /** Exponential backoff base for 5xx and connection errors. */
  baseDelayMs: number;
  /** Backoff ceiling for one wait. */
  maxDelayMs: number;
  /** Wait for a 429 that carries no `Retry-After` (the Genesys SDKs use 3 s). */
  defaultRetryAfterSec: number;
  /** Time one inbound request may spend on upstream calls, waits included. */
  budgetMs: number;
}

export interface RetryContext {
  operation: string;
  budget: RetryBudget;
  /** Called before each wait; used for metrics and logs. */
  onRetry?: (error: GenesysUpstreamError, waitMs: number, attempt: number) => void;
}

/** Reads the service may repeat although they are POSTs: queries that change nothing. */
const READ_ONLY_POSTS = new Set(['postUsersSearch', 'postAnalyticsConversationsDetailsQuery']);

/**
 * What to retry, how long to wait, when to give up. Subclass and override a protected method
 * to change one decision.
 */
export class RetryPolicy {
  constructor(protected readonly settings: RetrySettings) {}

  /** A budget for one inbound request, or for a call made outside of any request. */
  newBudget(): RetryBudget {
    return RetryBudget.startingNow(this.settings.budgetMs);
  }

  /** Runs `call`, repeating it while the failure is retryable and the budget allows the wait. */
  async execute<T>(call: () => Promise<T>, context: RetryContext): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (failure) {
        const error = normalizeGenesysError(failure, context.operation);
        if (!this.shouldRetry(error, attempt, context.operation)) throw error;
        const waitMs = this.delayMs(error, attempt);
        // Waiting past the budget would only turn a clear 429/5xx into a timeout.
        if (waitMs > context.budget.remainingMs()) throw error;
        context.onRetry?.(error, waitMs, attempt);
        await this.sleep(waitMs);
      }
    }
  }

  /** Whether an operation may be repeated without side effects. */
  isIdempotent(operation: string): boolean {
    return operation.startsWith('get') || operation.startsWith('head') || READ_ONLY_POSTS.has(operation);
  }

  protected shouldRetry(error: GenesysUpstreamError, attempt: number, operation: string): boolean {
    return error.retryable && attempt < this.settings.maxAttempts && this.isIdempotent(operation);
  }

  /** 429: exactly `Retry-After`, never less. Otherwise exponential backoff with full jitter. */
  protected delayMs(error: GenesysUpstreamError, attempt: number): number {
    if (error.status === 429) {
      return (error.retryAfterSec ?? this.settings.defaultRetryAfterSec) * 1000;
    }
    const ceiling = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * ceiling);
  }

  protected random(): number {
    return Math.random();
  }

  protected async sleep(ms: number): Promise<void> {
    await sleep(ms);
  }
}
