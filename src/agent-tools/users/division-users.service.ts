import { Inject, Injectable } from '@nestjs/common';
import type { Models } from 'purecloud-platform-client-v2';
import { GenesysClientFactory } from '../../genesys/genesys-client.factory.js';
import { PaginationService } from '../../genesys/pagination.service.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { AgentDataCache } from '../cache/agent-data.cache.js';
import { toDivisionAgent } from './division-agent.mapper.js';
import type { DivisionAgentsDto } from './division-agents.dto.js';

const PAGE_SIZE = 100;

@Injectable()
export class DivisionUsersService {
  constructor(
    private readonly genesys: GenesysClientFactory,
    private readonly pagination: PaginationService,
    private readonly cache: AgentDataCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  /**
   * Users search answers each caller with the users it may see, so a shared list is served
   * only to a caller whose own one-result probe reports the same total; others get their own.
   */
  list(agent: AuthenticatedAgent, divisionId: string): Promise<DivisionAgentsDto> {
    const genesys = this.genesys.forToken(agent.token);
    const search = (pageNumber: number, pageSize: number) =>
      genesys.users.postUsersSearch({
        query: [{ type: 'EXACT', fields: ['divisionId'], values: [divisionId] }],
        expand: ['routingStatus'],
        pageSize,
        pageNumber,
      });
    return this.cache.shared(agent, {
      resource: 'division-users',
      id: divisionId,
      query: {},
      ttlMs: this.settings.cache.ttlMs.divisionUsers,
      proveAccess: async () => (await search(1, 1)).total ?? 0,
      load: () => this.load(search),
      fits: (list, visibleTotal) => list.totalCount === visibleTotal,
    });
  }

  private async load(
    search: (pageNumber: number, pageSize: number) => Promise<Models.UsersSearchResponse>,
  ): Promise<DivisionAgentsDto> {
    const walk = this.pagination.counted(
      async (pageNumber) => {
        const page = await search(pageNumber, PAGE_SIZE);
        return { items: page.results ?? [], pageCount: page.pageCount ?? 1 };
      },
      { pageSize: PAGE_SIZE },
    );
    const { items } = await this.pagination.collect(walk, { keyOf: (user) => user.id });
    const agents = items.map(toDivisionAgent);
    return { success: true, totalCount: agents.length, agents };
  }
}
