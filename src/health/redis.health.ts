import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools/agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools/agent-tools-options.interface.js';

const PING_TIMEOUT_MS = 500;

/**
 * Whether the configured Redis answers. Redis down does not stop the service (the cache is
 * bypassed and the limiter fails open or closed as configured), so it reports `degraded`,
 * which keeps the instance in rotation, rather than `down`.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private client?: Redis;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  async check() {
    const session = this.indicators.check('redis');
    if (this.settings.redisUrl === undefined) return session.up({ configured: false });
    try {
      await Promise.race([
        this.redis().ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), PING_TIMEOUT_MS).unref()),
      ]);
      return session.up({ configured: true });
    } catch (error) {
      return session.degraded({ configured: true, detail: `${(error as Error).message}; serving without the cache` });
    }
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }

  private redis(): Redis {
    this.client ??= new Redis(this.settings.redisUrl!, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: PING_TIMEOUT_MS,
      retryStrategy: (times: number) => Math.min(times * 200, 2_000),
    });
    this.client.on('error', () => undefined);
    return this.client;
  }
}
