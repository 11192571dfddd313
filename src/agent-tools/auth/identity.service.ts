import { Inject, Injectable } from '@nestjs/common';
import { GenesysClientFactory } from '../../genesys/genesys-client.factory.js';
import { GenesysUpstreamError } from '../../genesys/genesys-upstream.error.js';
import { tokenDigest } from '../../genesys/token-digest.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import { cacheKeys } from '../cache/cache-keys.js';
import { CoalescingCache } from '../cache/coalescing-cache.js';
import type { AgentIdentity } from './agent-identity.interface.js';

/**
 * Resolves a token to the agent it belongs to, once per token and TTL: the result is cached
 * under the token's SHA-256, and concurrent first requests share one upstream call.
 */
@Injectable()
export class IdentityService {
  constructor(
    private readonly genesys: GenesysClientFactory,
    private readonly cache: CoalescingCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  async resolve(token: string): Promise<AgentIdentity> {
    const key = cacheKeys.identity(tokenDigest(token));
    const { value } = await this.cache.getOrLoad(key, this.settings.identityTtlMs, () => this.fetchIdentity(token));
    return value;
  }

  protected async fetchIdentity(token: string): Promise<AgentIdentity> {
    const me = await this.genesys.forToken(token).users.getUsersMe({ expand: ['organization'] });
    if (!me.id || !me.organization?.id) {
      throw new GenesysUpstreamError({
        kind: 'malformed',
        operation: 'getUsersMe',
        status: 200,
        message: 'Genesys returned a user without id or organization',
      });
    }
    return {
      userId: me.id,
      name: me.name ?? '',
      organizationId: me.organization.id,
      divisionId: me.division?.id,
      email: me.email,
    };
  }
}
