import type { Models } from 'purecloud-platform-client-v2';
import type { EmulatorAiSummary, EmulatorConversation } from '../emulator-data.types.js';
import { conversationUri, wrapupCodeUri } from './refs.builder.js';

const SUMMARY_MEDIA: Record<EmulatorConversation['mediaType'], string> = {
  voice: 'Call',
  callback: 'Call',
  chat: 'Chat',
  email: 'Email',
  message: 'Message',
};

function summaryFields(c: EmulatorConversation, s: EmulatorAiSummary, id: string): Models.ConversationSummary {
  const agent = c.participants.find((p) => p.purpose === 'agent')!;
  return {
    id,
    text: s.text,
    confidence: s.confidence,
    status: s.status,
    mediaType: SUMMARY_MEDIA[c.mediaType],
    language: s.language,
    predictedWrapupCodes: [
      {
        id: s.predictedWrapupCode.id,
        name: s.predictedWrapupCode.name,
        description: `Predicted from the conversation content`,
        confidence: s.confidence,
        selfUri: wrapupCodeUri(s.predictedWrapupCode.id),
      },
    ],
    reason: { text: s.reason, description: 'Why the customer contacted us', confidence: s.confidence },
    followup: { text: s.followup, description: 'What still has to happen', confidence: s.confidence },
    resolution: {
      text: s.resolution,
      description: 'How the contact ended',
      confidence: s.confidence,
      outcome: 'Resolved',
    },
    dateCreated: s.dateCreated,
    participants: [{ id: agent.id, selfUri: `${conversationUri(c.id)}/participants/${agent.id}` }],
  };
}

/** `GET /api/v2/conversations/{id}/summaries` for a conversation that has an AI summary. */
export function buildSummaries(c: EmulatorConversation, s: EmulatorAiSummary): Models.ConversationSummariesGetResponse {
  const agent = c.participants.find((p) => p.purpose === 'agent')!;
  return {
    conversation: { id: c.id, selfUri: conversationUri(c.id) },
    summary: summaryFields(c, s, s.id) satisfies Models.ConversationSummary,
    sessionSummaries: [
      {
        ...summaryFields(c, s, s.id),
        communication: { id: agent.sessionId },
      } satisfies Models.ConversationSessionSummary,
    ],
  } satisfies Models.ConversationSummariesGetResponse;
}
