import { Inject, Injectable } from '@nestjs/common';
import { GenesysClientFactory } from '../../genesys/genesys-client.factory.js';
import { PaginationService } from '../../genesys/pagination.service.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { AgentDataCache } from '../cache/agent-data.cache.js';
import type { AgentProfileDto } from './agent-profile.dto.js';
import { toAgentProfile } from './agent-profile.mapper.js';
import type { MyQueueListDto } from './my-queue.dto.js';
import { toMyQueue } from './my-queue.mapper.js';

const PAGE_SIZE = 100;

@Injectable()
export class MeService {
  constructor(
    private readonly genesys: GenesysClientFactory,
    private readonly pagination: PaginationService,
    private readonly cache: AgentDataCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  profile(agent: AuthenticatedAgent): Promise<AgentProfileDto> {
    return this.cache.forAgent(agent, 'me', {}, this.settings.cache.ttlMs.agentData, async () => {
      const me = await this.genesys
        .forToken(agent.token)
        .users.getUsersMe({ expand: ['organization', 'presence', 'routingStatus'] });
      return toAgentProfile(me);
    });
  }

  queues(agent: AuthenticatedAgent, joined: boolean | undefined): Promise<MyQueueListDto> {
    return this.cache.forAgent(agent, 'my-queues', { joined }, this.settings.cache.ttlMs.agentData, () =>
      this.loadQueues(agent, joined),
    );
  }

  private async loadQueues(agent: AuthenticatedAgent, joined: boolean | undefined): Promise<MyQueueListDto> {
    const routing = this.genesys.forToken(agent.token).routing;
    const walk = this.pagination.counted(
      async (pageNumber) => {
        const page = await routing.getRoutingQueuesMe({ pageNumber, pageSize: PAGE_SIZE, joined });
        return { items: page.entities ?? [], pageCount: page.pageCount ?? 1 };
      },
      { pageSize: PAGE_SIZE },
    );
    const { items, truncated } = await this.pagination.collect(walk, { keyOf: (queue) => queue.id });
    const entities = items.map(toMyQueue).filter((queue) => joined === undefined || queue.joined === joined);
    return { entities, total: entities.length, truncated };
  }
}
