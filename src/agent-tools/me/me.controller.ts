import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Agent } from '../auth/agent.decorator.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { AgentToolsEndpoint } from '../agent-tools-endpoint.decorator.js';
import { ApiContractErrors } from '../common/api-contract-errors.decorator.js';
import { AgentProfileDto } from './agent-profile.dto.js';
import { MyQueueListDto } from './my-queue.dto.js';
import { MyQueuesQueryDto } from './my-queues-query.dto.js';
import { MeService } from './me.service.js';

@ApiTags('me')
@AgentToolsEndpoint()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({ summary: 'The calling agent, with routing status and presence' })
  @ApiOkResponse({ type: AgentProfileDto })
  @ApiContractErrors(401, 403, 429, 502, 503, 504)
  profile(@Agent() agent: AuthenticatedAgent): Promise<AgentProfileDto> {
    return this.me.profile(agent);
  }

  @Get('queues')
  @ApiOperation({ summary: 'Queues the calling agent belongs to' })
  @ApiOkResponse({ type: MyQueueListDto })
  @ApiContractErrors(400, 401, 403, 429, 502, 503, 504)
  queues(@Agent() agent: AuthenticatedAgent, @Query() query: MyQueuesQueryDto): Promise<MyQueueListDto> {
    return this.me.queues(agent, query.joined);
  }
}
