import { Inject, Injectable } from '@nestjs/common';
import { GenesysClientFactory } from '../../genesys/genesys-client.factory.js';
import { PaginationService } from '../../genesys/pagination.service.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { AgentDataCache } from '../cache/agent-data.cache.js';
import type { QueueMemberDto, QueueMemberListDto } from './queue-member.dto.js';
import { toQueueMember } from './queue-member.mapper.js';
import type { QueueMembersQueryDto } from './queue-members-query.dto.js';

/** Genesys serves at most 100 queue members a page. */
const PAGE_SIZE = 100;

@Injectable()
export class QueueMembersService {
  constructor(
    private readonly genesys: GenesysClientFactory,
    private readonly pagination: PaginationService,
    private readonly cache: AgentDataCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  /**
   * A queue's member list is the same for every agent allowed to read the queue, so it is
   * shared across the organization; the proof of access is the agent's own read of the
   * queue, whose `memberCount` also bounds the page count of a cold walk.
   */
  list(agent: AuthenticatedAgent, queueId: string, query: QueueMembersQueryDto): Promise<QueueMemberListDto> {
    const genesys = this.genesys.forToken(agent.token);
    return this.cache.shared(agent, {
      resource: 'queue-members',
      id: queueId,
      query: { ...query },
      ttlMs: this.settings.cache.ttlMs.queueMembers,
      proveAccess: async () => ({ memberCount: (await genesys.routing.getRoutingQueue(queueId)).memberCount ?? 0 }),
      load: (proof) =>
        this.load(
          agent,
          queueId,
          query,
          proof.then((p) => Math.ceil(p.memberCount / PAGE_SIZE)),
        ),
    });
  }

  private async load(
    agent: AuthenticatedAgent,
    queueId: string,
    query: QueueMembersQueryDto,
    pageCountHint: Promise<number>,
  ): Promise<QueueMemberListDto> {
    const routing = this.genesys.forToken(agent.token).routing;
    const walk = this.pagination.uncounted(
      async (pageNumber) => {
        const page = await routing.getRoutingQueueMembers(queueId, {
          pageNumber,
          pageSize: PAGE_SIZE,
          expand: ['routingStatus', 'presence'],
          joined: query.joined,
          routingStatus: query.routingStatus,
          presence: query.presence,
          name: query.name,
        });
        const items = page.entities ?? [];
        return { items, hasNext: Boolean(page.nextUri) && items.length >= PAGE_SIZE };
      },
      { pageSize: PAGE_SIZE, pageCountHint, itemCap: query.limit },
    );
    const { items, truncated } = await this.pagination.collect(walk, {
      itemCap: query.limit,
      keyOf: (member) => member.id,
    });
    // Genesys applies the filters; applying them again keeps the answer right whatever it did.
    const entities = items.map(toQueueMember).filter((member) => matches(member, query));
    return { queueId, entities, total: entities.length, truncated };
  }
}

function matches(member: QueueMemberDto, query: QueueMembersQueryDto): boolean {
  if (query.joined !== undefined && member.joined !== query.joined) return false;
  if (query.routingStatus && !query.routingStatus.includes(member.routingStatus ?? '')) return false;
  if (query.presence && !query.presence.includes(member.presence ?? '')) return false;
  if (query.name && !member.name.toLowerCase().includes(query.name.toLowerCase())) return false;
  return true;
}
