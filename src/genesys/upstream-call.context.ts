import { AsyncLocalStorage } from 'node:async_hooks';
import type { RetryBudget } from './retry-budget.js';

/** What the current inbound request lends to every Genesys call it makes. */
export interface UpstreamCallContext {
  budget: RetryBudget;
}

/** Set by the retry interceptor for the duration of one request. */
export const upstreamCallContext = new AsyncLocalStorage<UpstreamCallContext>();
