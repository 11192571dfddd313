import { CACHE_MANAGER, type Cache } from '@nestjs/cache-manager';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AgentToolsMetrics } from '../../metrics/agent-tools.metrics.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import { cacheContext } from './cache-context.js';

export interface CachedValue<T> {
  value: T;
  /** Served from the cache rather than loaded for this caller. */
  hit: boolean;
}

export interface LoadOptions {
  /** Skip the cached copy; the fresh value is stored. Defaults to the request's `Cache-Control: no-cache`. */
  fresh?: boolean;
  /** Count this lookup in the response's `X-Cache` and `Cache-Control` (the answer's own data). */
  track?: boolean;
  /**
   * A caller that joined another caller's load, and saw it fail with an error for which this
   * returns true, runs its own load instead (a 403 for one agent says nothing about another).
   */
  retryOwnLoadAfter?: (error: unknown) => boolean;
}

const TIMED_OUT = Symbol('timed out');
/** After a failed store call, requests skip the store this long before one tries it again. */
const STORE_RETRY_AFTER_MS = 1_000;

/**
 * Cache-aside over cache-manager with in-flight coalescing: concurrent loads of one key run
 * once and share the result. A failed load is never stored. The store is optional to
 * correctness: each call to it is bounded by a timeout, and a failing or slow store only
 * costs hits.
 */
@Injectable()
export class CoalescingCache {
  private readonly logger = new Logger(CoalescingCache.name);
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private storeHealthy = true;
  private storeRetryAt = 0;

  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
    @Optional() private readonly metrics?: AgentToolsMetrics,
  ) {}

  async getOrLoad<T>(
    key: string,
    ttlMs: number,
    load: () => Promise<T>,
    options: LoadOptions = {},
  ): Promise<CachedValue<T>> {
    const context = cacheContext.getStore();
    const fresh = options.fresh ?? context?.fresh ?? false;
    const result = await this.lookup(key, ttlMs, load, fresh, options);
    if (options.track && context) {
      context.lookups++;
      if (result.hit) context.hits++;
      context.maxAgeMs = Math.min(context.maxAgeMs ?? ttlMs, ttlMs);
    }
    return result;
  }

  private async lookup<T>(
    key: string,
    ttlMs: number,
    load: () => Promise<T>,
    fresh: boolean,
    options: LoadOptions,
  ): Promise<CachedValue<T>> {
    if (ttlMs > 0 && !fresh) {
      const cached = await this.read<T>(key);
      if (cached !== undefined) {
        this.metrics?.observeCacheLookup('hit');
        return { value: cached, hit: true };
      }
    }
    const pending = this.inFlight.get(key) as Promise<T> | undefined;
    this.metrics?.observeCacheLookup(pending ? 'coalesced' : 'miss');
    if (pending) {
      try {
        return { value: await pending, hit: false };
      } catch (error) {
        if (!options.retryOwnLoadAfter?.(error)) throw error;
        return { value: await load(), hit: false };
      }
    }
    const loading = load();
    this.inFlight.set(key, loading);
    try {
      const value = await loading;
      if (ttlMs > 0) await this.write(key, value, ttlMs);
      return { value, hit: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async read<T>(key: string): Promise<T | undefined> {
    const value = await this.bounded(() => this.cache.get<T>(key), 'read');
    return value === TIMED_OUT || value === null ? undefined : value;
  }

  private async write(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.bounded(() => this.cache.set(key, value, ttlMs), 'write');
  }

  private async bounded<R>(operation: () => Promise<R>, what: string): Promise<R | undefined | typeof TIMED_OUT> {
    // While the store is failing, requests go without it rather than each waiting out a timeout.
    if (!this.storeHealthy && Date.now() < this.storeRetryAt) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      // The in-memory store answers at once; only a remote store needs a bound.
      const result =
        this.settings.redisUrl === undefined
          ? await operation()
          : await Promise.race([
              operation(),
              new Promise<typeof TIMED_OUT>((resolve) => {
                timer = setTimeout(resolve, this.settings.cache.operationTimeoutMs, TIMED_OUT);
              }),
            ]);
      this.markStore(result !== TIMED_OUT, `cache ${what} timed out`);
      return result;
    } catch (error) {
      this.markStore(false, `cache ${what} failed: ${(error as Error).message}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private markStore(ok: boolean, problem: string): void {
    if (!ok) this.storeRetryAt = Date.now() + STORE_RETRY_AFTER_MS;
    if (ok !== this.storeHealthy) {
      if (ok) this.logger.log('Cache store is answering again');
      else this.logger.warn(`Cache store degraded, serving without it: ${problem}`);
    }
    this.storeHealthy = ok;
  }
}
