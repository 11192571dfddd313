import { createHash } from 'node:crypto';
import type { AgentIdentity } from '../auth/agent-identity.interface.js';

const PREFIX = 'agent-tools:v1';

/** The query that shapes a resource, as a short stable digest: order of keys and list items does not matter. */
export function queryFingerprint(query: Record<string, unknown> = {}): string {
  const normalized = Object.keys(query)
    .filter((key) => query[key] !== undefined)
    .sort()
    .map((key) => {
      const value = query[key];
      return [key, Array.isArray(value) ? [...value].map(String).sort() : value];
    });
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex').slice(0, 24);
}

/**
 * Cache keys. None contains a token or a raw caller-supplied string: each names the
 * organization, the resource and a digest of the query that shapes it.
 */
export const cacheKeys = {
  /** A token's identity, under the token's digest. */
  identity: (tokenDigest: string) => `${PREFIX}:identity:${tokenDigest}`,

  /** Data any agent of the org may be served once that agent has proven access. */
  shared: (organizationId: string, resource: string, id: string, query?: Record<string, unknown>) =>
    `${PREFIX}:org:${organizationId}:${resource}:${id}:${queryFingerprint(query)}`,

  /** Data of one agent only. */
  agent: (identity: AgentIdentity, resource: string, query?: Record<string, unknown>) =>
    `${PREFIX}:org:${identity.organizationId}:user:${identity.userId}:${resource}:${queryFingerprint(query)}`,

  /** One agent's proof that it may read a shared resource. */
  accessProof: (identity: AgentIdentity, resource: string, id: string) =>
    `${PREFIX}:org:${identity.organizationId}:user:${identity.userId}:access:${resource}:${id}`,
};
