import type { Models } from 'purecloud-platform-client-v2';
import { durationMs } from './conversation-duration.js';
import type { AgentConversationDto } from './agent-conversation.dto.js';

export function toAgentConversation(conversation: Models.AnalyticsConversationWithoutAttributes): AgentConversationDto {
  const sessions = (conversation.participants ?? []).flatMap((p) => p.sessions ?? []);
  const segments = sessions.flatMap((s) => s.segments ?? []);
  const start = conversation.conversationStart ?? '';
  const end = conversation.conversationEnd;
  return {
    id: conversation.conversationId ?? '',
    startTime: start,
    endTime: end,
    durationMs: durationMs(start, end),
    direction: conversation.originatingDirection,
    mediaTypes: unique(sessions.map((s) => s.mediaType)),
    queueIds: unique(segments.map((s) => s.queueId)),
    wrapupCodes: unique(segments.map((s) => s.wrapUpCode)),
  };
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}
