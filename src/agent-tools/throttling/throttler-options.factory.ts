import type { ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import { loadOptionalPackage } from '../common/load-optional-package.js';

type RedisStoragePackage = typeof import('@nest-lab/throttler-storage-redis');

/** One limit per agent per minute, counted in Redis when configured so every instance shares it. */
export async function createThrottlerOptions(settings: AgentToolsSettings): Promise<ThrottlerModuleOptions> {
  const limit = settings.throttle.limitPerMinute;
  return {
    throttlers: [{ name: 'default', ttl: 60_000, limit: Math.max(1, limit) }],
    skipIf: () => limit === 0,
    storage: settings.redisUrl === undefined ? undefined : await createRedisStorage(settings),
  };
}

async function createRedisStorage(settings: AgentToolsSettings): Promise<ThrottlerStorage> {
  const { ThrottlerStorageRedisService } = await loadOptionalPackage<RedisStoragePackage>(
    '@nest-lab/throttler-storage-redis',
    'A shared rate limit (redisUrl / REDIS_URL)',
  );
  // Fail fast while Redis is away (no offline queue, one try, bounded commands); the guard
  // then applies the configured fail-open or fail-closed mode.
  const storage = new ThrottlerStorageRedisService(settings.redisUrl!, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: settings.cache.operationTimeoutMs,
    connectTimeout: 1_000,
    retryStrategy: (times: number) => Math.min(times * 100, 2_000),
    lazyConnect: false,
  });
  // Connection errors surface as failed increments; the event itself needs no handler.
  storage.redis.on('error', () => undefined);
  return storage;
}
