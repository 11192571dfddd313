import { apiBaseUrlForRegion, GENESYS_REGION_HOSTS, type GenesysRegionHost } from '../genesys/genesys-regions.js';
import type { AgentToolsModuleOptions, AgentToolsSettings, CacheTtls } from './agent-tools-options.interface.js';

/** Applies defaults and checks every option; a bad one throws an error naming it. */
export function resolveAgentToolsSettings(options: AgentToolsModuleOptions): AgentToolsSettings {
  return {
    apiBaseUrl: resolveApiBaseUrl(options),
    upstreamTimeoutMs: integer('upstreamTimeoutMs', options.upstreamTimeoutMs, 10_000, 1, 300_000),
    retry: {
      maxAttempts: integer('retry.maxAttempts', options.retry?.maxAttempts, 4, 1, 20),
      budgetMs: integer('retry.budgetMs', options.retry?.budgetMs, 15_000, 0, 600_000),
      baseDelayMs: integer('retry.baseDelayMs', options.retry?.baseDelayMs, 200, 0, 60_000),
      maxDelayMs: integer('retry.maxDelayMs', options.retry?.maxDelayMs, 2_000, 0, 300_000),
      defaultRetryAfterSec: 3,
    },
    itemCap: integer('itemCap', options.itemCap, 10_000, 1, 1_000_000),
    pageConcurrency: integer('pageConcurrency', options.pageConcurrency, 8, 1, 64),
    identityTtlMs: integer('identityTtlMs', options.identityTtlMs, 60_000, 0, 3_600_000),
    redisUrl: resolveRedisUrl(options.redisUrl),
    cache: {
      ttlMs: {
        queueMembers: ttl('queueMembers', options, 15_000),
        divisionUsers: ttl('divisionUsers', options, 30_000),
        conversationSummary: ttl('conversationSummary', options, 30_000),
        agentData: ttl('agentData', options, 10_000),
        accessProof: ttl('accessProof', options, 60_000),
      },
      operationTimeoutMs: integer('cache.operationTimeoutMs', options.cache?.operationTimeoutMs, 250, 1, 60_000),
      maxEntries: integer('cache.maxEntries', options.cache?.maxEntries, 50_000, 1, 10_000_000),
    },
    throttle: {
      limitPerMinute:
        options.throttle?.enabled === false
          ? 0
          : integer('throttle.limitPerMinute', options.throttle?.limitPerMinute, 600, 0, 1_000_000),
      failOpen: options.throttle?.failOpen ?? true,
    },
  };
}

function ttl(name: keyof CacheTtls, options: AgentToolsModuleOptions, fallback: number): number {
  return integer(`cache.ttlMs.${name}`, options.cache?.ttlMs?.[name], fallback, 0, 86_400_000);
}

function resolveRedisUrl(redisUrl: string | undefined): string | undefined {
  if (redisUrl === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    throw invalid('redisUrl', 'must be a redis:// or rediss:// URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw invalid('redisUrl', 'must use redis or rediss');
  return redisUrl;
}

function resolveApiBaseUrl(options: AgentToolsModuleOptions): string {
  if (options.apiBaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.apiBaseUrl);
    } catch {
      throw invalid('apiBaseUrl', 'must be an absolute http(s) URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('apiBaseUrl', 'must use http or https');
    return url.href.replace(/\/$/, '');
  }
  const region = options.region ?? 'mypurecloud.com';
  if (!(GENESYS_REGION_HOSTS as readonly string[]).includes(region)) {
    throw invalid('region', `must be one of ${GENESYS_REGION_HOSTS.join(', ')}`);
  }
  return apiBaseUrlForRegion(region as GenesysRegionHost);
}

function integer(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(name, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

function invalid(name: string, rule: string): Error {
  return new Error(`Invalid AgentToolsModule option "${name}": ${rule}`);
}
