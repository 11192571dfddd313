import { Inject, Injectable } from '@nestjs/common';
import { GenesysClientFactory } from '../../genesys/genesys-client.factory.js';
import { PaginationService } from '../../genesys/pagination.service.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { AgentDataCache } from '../cache/agent-data.cache.js';
import type { AgentConversationListDto } from './agent-conversation.dto.js';
import { toAgentConversation } from './agent-conversation.mapper.js';
import type { Interval } from './conversation-interval.js';

const PAGE_SIZE = 100;

@Injectable()
export class AgentConversationsService {
  constructor(
    private readonly genesys: GenesysClientFactory,
    private readonly pagination: PaginationService,
    private readonly cache: AgentDataCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  /**
   * The agent's own conversations that started in the interval, newest first. `intervalKey`
   * names the interval as the caller gave it, so that the default (the last 24 hours) can
   * be cached although its bounds move.
   */
  list(
    agent: AuthenticatedAgent,
    interval: Interval,
    intervalKey: string,
    limit: number | undefined,
  ): Promise<AgentConversationListDto> {
    const ttlMs = this.settings.cache.ttlMs.agentData;
    return this.cache.forAgent(agent, 'conversations', { interval: intervalKey, limit }, ttlMs, () =>
      this.load(agent, interval, limit),
    );
  }

  private async load(
    agent: AuthenticatedAgent,
    interval: Interval,
    limit: number | undefined,
  ): Promise<AgentConversationListDto> {
    const analytics = this.genesys.forToken(agent.token).analytics;
    const walk = this.pagination.counted(
      async (pageNumber) => {
        const page = await analytics.postAnalyticsConversationsDetailsQuery({
          interval: `${interval.from.toISOString()}/${interval.to.toISOString()}`,
          order: 'desc',
          orderBy: 'conversationStart',
          paging: { pageSize: PAGE_SIZE, pageNumber },
          segmentFilters: [
            {
              type: 'and',
              predicates: [
                { type: 'dimension', dimension: 'userId', operator: 'matches', value: agent.identity.userId },
              ],
            },
          ],
        });
        return { items: page.conversations ?? [], pageCount: Math.ceil((page.totalHits ?? 0) / PAGE_SIZE) };
      },
      { pageSize: PAGE_SIZE, itemCap: limit },
    );
    const { items, truncated } = await this.pagination.collect(walk, {
      itemCap: limit,
      keyOf: (conversation) => conversation.conversationId,
    });
    const from = interval.from.getTime();
    const to = interval.to.getTime();
    const entities = items
      .map(toAgentConversation)
      // Analytics matches whole days around the interval; the contract promises the interval itself.
      .filter((c) => Date.parse(c.startTime) >= from && Date.parse(c.startTime) < to)
      .sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime));
    return { entities, total: entities.length, truncated };
  }
}
