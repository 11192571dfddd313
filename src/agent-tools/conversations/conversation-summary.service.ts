import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Models } from 'purecloud-platform-client-v2';
import { GenesysClientFactory } from '../../genesys/genesys-client.factory.js';
import { GenesysUpstreamError } from '../../genesys/genesys-upstream.error.js';
import { AGENT_TOOLS_SETTINGS } from '../agent-tools.constants.js';
import type { AgentToolsSettings } from '../agent-tools-options.interface.js';
import type { AuthenticatedAgent } from '../auth/authenticated-agent.js';
import { AgentDataCache } from '../cache/agent-data.cache.js';
import type { ConversationSummaryDto } from './conversation-summary.dto.js';
import { toConversationSummary } from './conversation-summary.mapper.js';

@Injectable()
export class ConversationSummaryService {
  private readonly logger = new Logger(ConversationSummaryService.name);

  constructor(
    private readonly genesys: GenesysClientFactory,
    private readonly cache: AgentDataCache,
    @Inject(AGENT_TOOLS_SETTINGS) private readonly settings: AgentToolsSettings,
  ) {}

  /** Cached per agent: reading a conversation is decided per user, and the read itself is the only proof. */
  summarize(agent: AuthenticatedAgent, conversationId: string): Promise<ConversationSummaryDto> {
    return this.cache.forAgent(
      agent,
      'conversation-summary',
      { conversationId },
      this.settings.cache.ttlMs.conversationSummary,
      () => this.load(agent, conversationId),
    );
  }

  private async load(agent: AuthenticatedAgent, conversationId: string): Promise<ConversationSummaryDto> {
    const conversations = this.genesys.forToken(agent.token).conversations;
    const [conversation, summaries] = await Promise.all([
      conversations.getConversation(conversationId),
      this.aiSummaries(conversations.getConversationSummaries(conversationId)),
    ]);
    return toConversationSummary(conversation, summaries);
  }

  /** The AI summary is optional: none, no permission or an upstream failure only leaves it out. */
  private async aiSummaries(
    pending: Promise<Models.ConversationSummariesGetResponse>,
  ): Promise<Models.ConversationSummariesGetResponse | undefined> {
    try {
      return await pending;
    } catch (error) {
      const expected = error instanceof GenesysUpstreamError && (error.status === 403 || error.status === 404);
      if (!expected) this.logger.warn(`AI summary left out: ${(error as Error).message}`);
      return undefined;
    }
  }
}
