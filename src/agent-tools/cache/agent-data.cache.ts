import { Inject, Injectable } from '@nestjs/common';
import { GenesysUpstreamError } from '../../genesys/genesys-upstream.error.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { cacheKeys } from './cache-keys.js';
import { CoalescingCache } from './coalescing-cache.js';

export interface SharedResource<T, P> {
  /** Resource kind, e.g. `queue-members`. */
  resource: string;
  /** The resource's id, e.g. the queue id. */
  id: string;
  /** The query that shapes the answer (filters, limit). */
  query: Record<string, unknown>;
  ttlMs: number;
  /** A cheap call with the caller's own token that fails (403/404) when the caller may not read the resource. */
  proveAccess: () => Promise<P>;
  /** Loads the resource with the caller's token; gets the caller's proof as it resolves. */
  load: (proof: Promise<P>) => Promise<T>;
  /**
   * Whether the shared copy is what this caller would see (e.g. the same total). When not,
   * the caller is served a copy loaded and cached for it alone.
   */
  fits?: (value: T, proof: P) => boolean;
}

/** Errors that speak of one caller's token or rights, never of the resource itself. */
function isCallerSpecific(error: unknown): boolean {
  return error instanceof GenesysUpstreamError && [401, 403, 404].includes(error.status ?? 0);
}

/**
 * The two ways answers are cached: per agent, or shared by the organization behind a proof
 * of access. A shared copy is served only after the caller's own token has shown, with a
 * cheap upstream probe (itself cached per agent), that it may read the resource.
 */
@Injectable()
export class AgentDataCache {
  constructor(
    private readonly cache: CoalescingCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  async forAgent<T>(
    agent: AuthenticatedAgent,
    resource: string,
    query: Record<string, unknown>,
    ttlMs: number,
    load: () => Promise<T>,
  ): Promise<T> {
    const key = cacheKeys.agent(agent.identity, resource, query);
    return (await this.cache.getOrLoad(key, ttlMs, load, { track: true })).value;
  }

  async shared<T, P>(agent: AuthenticatedAgent, spec: SharedResource<T, P>): Promise<T> {
    const { identity } = agent;
    const proof = this.cache
      .getOrLoad(
        cacheKeys.accessProof(identity, spec.resource, spec.id),
        this.settings.cache.ttlMs.accessProof,
        spec.proveAccess,
        {
          fresh: false,
        },
      )
      .then((proven) => proven.value);
    // Both start at once; the shared copy is only handed out once the proof has passed.
    const entry = this.cache.getOrLoad(
      cacheKeys.shared(identity.organizationId, spec.resource, spec.id, spec.query),
      spec.ttlMs,
      () => spec.load(proof),
      { track: true, retryOwnLoadAfter: isCallerSpecific },
    );
    entry.catch(() => undefined);
    const proven = await proof;
    const { value } = await entry;
    if (spec.fits && !spec.fits(value, proven)) {
      return this.forAgent(agent, spec.resource, { ...spec.query, id: spec.id }, spec.ttlMs, () =>
        spec.load(Promise.resolve(proven)),
      );
    }
    return value;
  }
}
