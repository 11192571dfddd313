import { createKeyv } from '@cacheable/memory';
import type { CacheModuleOptions } from '@nestjs/cache-manager';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import { loadOptionalPackage } from '../common/load-optional-package.js';

type KeyvRedisPackage = typeof import('@keyv/redis');

/** The cache-manager stores: a bounded LRU in memory, or Redis when a Redis URL is configured. */
export async function createCacheOptions(settings: AgentToolsSettings): Promise<CacheModuleOptions> {
  if (settings.redisUrl === undefined) {
    // No cloning on read or write: cached answers are never mutated, only serialised. One map
    // rather than the default 16 shards, which only cost a hash of the key on every call.
    const store = createKeyv({
      lruSize: settings.cache.maxEntries,
      checkInterval: 60_000,
      useClone: false,
      storeHashSize: 1,
    });
    return { stores: [store] };
  }
  const redis = await loadOptionalPackage<KeyvRedisPackage>('@keyv/redis', 'A Redis cache (redisUrl / REDIS_URL)');
  const store = redis.createKeyv(
    {
      url: settings.redisUrl,
      // Keep reconnecting in the background; callers are bounded by the cache's own timeout.
      socket: { reconnectStrategy: (retries: number) => Math.min(retries * 100, 2_000), connectTimeout: 1_000 },
    },
    {
      namespace: 'agent-tools',
      connectionTimeout: settings.cache.operationTimeoutMs,
      throwOnConnectError: false,
      throwOnErrors: false,
    },
  );
  store.on('error', () => undefined);
  return { stores: [store] };
}
