import { Counter, Histogram, Registry } from 'prom-client';

export type CacheOutcome = 'hit' | 'miss' | 'coalesced';

/**
 * The service's Prometheus metrics, in a registry of their own so that a host can expose
 * them beside (or merged into) its own. Recording is cheap and never throws.
 */
export class AgentToolsMetrics {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'agent_tools_http_requests_total',
    help: 'HTTP requests answered, by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly requestSeconds = new Histogram({
    name: 'agent_tools_http_request_duration_seconds',
    help: 'HTTP request latency, by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly upstreamCalls = new Counter({
    name: 'agent_tools_upstream_calls_total',
    help: 'Genesys API calls, by SDK operation and status (0: no answer)',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  private readonly upstreamSeconds = new Histogram({
    name: 'agent_tools_upstream_call_duration_seconds',
    help: 'Genesys API call latency, by SDK operation',
    labelNames: ['operation'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly retries = new Counter({
    name: 'agent_tools_upstream_retries_total',
    help: 'Genesys calls retried, by SDK operation and the status that caused the retry',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  private readonly retryWaitSeconds = new Counter({
    name: 'agent_tools_upstream_retry_wait_seconds_total',
    help: 'Time spent waiting before retries',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  private readonly cacheLookups = new Counter({
    name: 'agent_tools_cache_lookups_total',
    help: 'Cache lookups: hit, miss, or coalesced onto a load already in flight',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly throttled = new Counter({
    name: 'agent_tools_throttled_requests_total',
    help: 'Requests refused by the per-agent rate limit',
    registers: [this.registry],
  });

  private readonly pages = new Histogram({
    name: 'agent_tools_upstream_pages_per_list',
    help: 'Genesys pages fetched to build one list',
    buckets: [1, 2, 5, 10, 25, 50, 100],
    registers: [this.registry],
  });

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
  }

  observeUpstreamCall(operation: string, status: number, seconds: number): void {
    this.upstreamCalls.inc({ operation, status: String(status) });
    this.upstreamSeconds.observe({ operation }, seconds);
  }

  observeRetry(operation: string, status: number, waitMs: number): void {
    this.retries.inc({ operation, status: String(status) });
    this.retryWaitSeconds.inc({ operation }, waitMs / 1000);
  }

  observeCacheLookup(outcome: CacheOutcome): void {
    this.cacheLookups.inc({ outcome });
  }

  observeThrottled(): void {
    this.throttled.inc();
  }

  observePagesFetched(pages: number): void {
    this.pages.observe(pages);
  }
}
