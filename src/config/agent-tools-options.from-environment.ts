import type { AgentToolsModuleOptions } from '../agent-tools/agent-tools-options.interface.js';
import type { Environment } from './environment.js';

export function agentToolsOptionsFromEnvironment(env: Environment): AgentToolsModuleOptions {
  return {
    region: env.GENESYS_REGION,
    apiBaseUrl: env.GENESYS_API_BASE_URL,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    retry: { maxAttempts: env.RETRY_MAX_ATTEMPTS, budgetMs: env.RETRY_BUDGET_MS },
    itemCap: env.ITEM_CAP,
    pageConcurrency: env.PAGE_CONCURRENCY,
    identityTtlMs: env.IDENTITY_CACHE_TTL_MS,
    redisUrl: env.REDIS_URL,
    cache: {
      ttlMs: {
        queueMembers: env.CACHE_TTL_QUEUE_MEMBERS_MS,
        divisionUsers: env.CACHE_TTL_DIVISION_USERS_MS,
        conversationSummary: env.CACHE_TTL_CONVERSATION_SUMMARY_MS,
        agentData: env.CACHE_TTL_AGENT_DATA_MS,
        accessProof: env.CACHE_TTL_ACCESS_PROOF_MS,
      },
      maxEntries: env.CACHE_MAX_ENTRIES,
    },
    throttle: { limitPerMinute: env.RATE_LIMIT_PER_MINUTE, failOpen: env.RATE_LIMIT_FAIL_OPEN },
  };
}
