import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request asked of the cache and got from it; drives `X-Cache` and `Cache-Control`. */
export interface CacheContext {
  /** The caller sent `Cache-Control: no-cache`: do not serve a cached copy. */
  fresh: boolean;
  lookups: number;
  hits: number;
  /** Shortest lifetime of the entries the answer was built from. */
  maxAgeMs?: number;
}

export const cacheContext = new AsyncLocalStorage<CacheContext>();
