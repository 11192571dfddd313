import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgentToolsEndpoint } from '../agent-tools-endpoint.decorator.js';
import { Agent } from '../auth/agent.decorator.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { ApiContractErrors } from '../common/api-contract-errors.decorator.js';
import { DivisionAgentsDto } from './division-agents.dto.js';
import { DivisionUsersQueryDto } from './division-users-query.dto.js';
import { DivisionUsersService } from './division-users.service.js';

@ApiTags('users')
@AgentToolsEndpoint()
@Controller('queue-members')
export class DivisionUsersController {
  constructor(private readonly users: DivisionUsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every user of one division (the original plugin tutorial route and envelope)' })
  @ApiOkResponse({ type: DivisionAgentsDto })
  @ApiContractErrors(400, 401, 403, 429, 502, 503, 504)
  list(@Agent() agent: AuthenticatedAgent, @Query() query: DivisionUsersQueryDto): Promise<DivisionAgentsDto> {
    return this.users.list(agent, query.divisionId);
  }
}
