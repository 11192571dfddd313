/** What a host (or the standalone service) configures. Every field has a default. */
export interface AgentToolsModuleOptions {
  /** Genesys region host, such as `mypurecloud.ie` (default `mypurecloud.com`). */
  region?: string;
  /** Full API base URL; overrides `region` (an API gateway, or the emulator). */
  apiBaseUrl?: string;
  /** Timeout of one upstream HTTP call, ms (default 10,000). */
  upstreamTimeoutMs?: number;
  retry?: {
    /** Attempts per upstream call, the first included (default 4). */
    maxAttempts?: number;
    /** Time one request may spend on upstream calls and retry waits, ms (default 15,000). */
    budgetMs?: number;
    /** Backoff base for 5xx and connection errors, ms (default 200). */
    baseDelayMs?: number;
    /** Longest single backoff wait, ms (default 2,000). */
    maxDelayMs?: number;
  };
  /** Most items one list returns (default 10,000). */
  itemCap?: number;
  /** Pages fetched in parallel for one list (default 8). */
  pageConcurrency?: number;
  /** How long a resolved token identity is reused, ms (default 60,000). */
  identityTtlMs?: number;
  /** Redis for the cache and the rate limiter, shared by every instance; in memory when absent. */
  redisUrl?: string;
  cache?: {
    /** Cache lifetimes per kind of data, ms; 0 turns that cache off. */
    ttlMs?: Partial<CacheTtls>;
    /** Bound on each Redis cache call, ms (default 250); past it the cache is bypassed. */
    operationTimeoutMs?: number;
    /** Most entries of the in-memory store (default 50,000). */
    maxEntries?: number;
  };
  throttle?: {
    /** Per-agent request limit on (default true). */
    enabled?: boolean;
    /** Requests one agent may make per minute (default 600); 0 turns the limit off. */
    limitPerMinute?: number;
    /** When the limiter's storage fails: let requests through (true, default) or answer 503. */
    failOpen?: boolean;
  };
}

export interface CacheTtls {
  /** Shared queue member lists (default 15,000). */
  queueMembers: number;
  /** Shared division user lists (default 30,000). */
  divisionUsers: number;
  /** Per-agent conversation summaries (default 30,000). */
  conversationSummary: number;
  /** Per-agent data: profile, own queues, own conversations (default 10,000). */
  agentData: number;
  /** An agent's proven access to a shared resource (default 60,000). */
  accessProof: number;
}

/** The options with every default applied and every value checked. */
export interface AgentToolsSettings {
  apiBaseUrl: string;
  upstreamTimeoutMs: number;
  retry: {
    maxAttempts: number;
    budgetMs: number;
    baseDelayMs: number;
    maxDelayMs: number;
    defaultRetryAfterSec: number;
  };
  itemCap: number;
  pageConcurrency: number;
  identityTtlMs: number;
  redisUrl?: string;
  cache: { ttlMs: CacheTtls; operationTimeoutMs: number; maxEntries: number };
  throttle: { limitPerMinute: number; failOpen: boolean };
}
