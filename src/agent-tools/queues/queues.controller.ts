import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgentToolsEndpoint } from '../agent-tools-endpoint.decorator.js';
import { Agent } from '../auth/agent.decorator.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { ApiContractErrors } from '../common/api-contract-errors.decorator.js';
import { QueueParamsDto } from '../common/uuid-param.dto.js';
import { QueueMemberListDto } from './queue-member.dto.js';
import { QueueMembersQueryDto } from './queue-members-query.dto.js';
import { QueueMembersService } from './queue-members.service.js';

@ApiTags('queues')
@AgentToolsEndpoint()
@Controller('queues')
export class QueuesController {
  constructor(private readonly members: QueueMembersService) {}

  @Get(':queueId/members')
  @ApiOperation({ summary: 'Every member of one queue, with routing status and presence' })
  @ApiOkResponse({ type: QueueMemberListDto })
  @ApiContractErrors(400, 401, 403, 404, 429, 502, 503, 504)
  list(
    @Agent() agent: AuthenticatedAgent,
    @Param() params: QueueParamsDto,
    @Query() query: QueueMembersQueryDto,
  ): Promise<QueueMemberListDto> {
    return this.members.list(agent, params.queueId, query);
  }
}
