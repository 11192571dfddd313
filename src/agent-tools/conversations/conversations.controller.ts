import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgentToolsEndpoint } from '../agent-tools-endpoint.decorator.js';
import { Agent } from '../auth/agent.decorator.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { ApiContractErrors } from '../common/api-contract-errors.decorator.js';
import { ConversationParamsDto } from '../common/uuid-param.dto.js';
import { AgentConversationListDto } from './agent-conversation.dto.js';
import { AgentConversationsService } from './agent-conversations.service.js';
import { resolveInterval } from './conversation-interval.js';
import { ConversationSummaryDto } from './conversation-summary.dto.js';
import { ConversationSummaryService } from './conversation-summary.service.js';
import { ConversationsQueryDto } from './conversations-query.dto.js';

@ApiTags('conversations')
@AgentToolsEndpoint()
@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly summaries: ConversationSummaryService,
    private readonly conversations: AgentConversationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The calling agent's own conversations in an interval, newest first" })
  @ApiOkResponse({ type: AgentConversationListDto })
  @ApiContractErrors(400, 401, 403, 429, 502, 503, 504)
  list(@Agent() agent: AuthenticatedAgent, @Query() query: ConversationsQueryDto): Promise<AgentConversationListDto> {
    const interval = resolveInterval(query.from, query.to);
    return this.conversations.list(agent, interval, `${query.from ?? ''}/${query.to ?? ''}`, query.limit);
  }

  @Get(':conversationId/summary')
  @ApiOperation({ summary: 'One conversation summarised: participants, media, queue, wrap-ups, AI summary' })
  @ApiOkResponse({ type: ConversationSummaryDto })
  @ApiContractErrors(400, 401, 403, 404, 429, 502, 503, 504)
  summary(@Agent() agent: AuthenticatedAgent, @Param() params: ConversationParamsDto): Promise<ConversationSummaryDto> {
    return this.summaries.summarize(agent, params.conversationId);
  }
}
