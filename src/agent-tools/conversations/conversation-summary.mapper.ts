import type { Models } from 'purecloud-platform-client-v2';
import { durationMs } from './conversation-duration.js';
import type { AiSummaryDto, ConversationParticipantDto, ConversationSummaryDto } from './conversation-summary.dto.js';

/** Participant media arrays, named with the analytics `mediaType` vocabulary used across the contract. */
const MEDIA_ARRAYS = {
  calls: 'voice',
  callbacks: 'callback',
  chats: 'chat',
  cobrowsesessions: 'cobrowse',
  emails: 'email',
  messages: 'message',
  internalMessages: 'internalmessage',
  screenMonitorings: 'screenmonitoring',
  screenshares: 'screenshare',
  videos: 'video',
} as const satisfies Partial<Record<keyof Models.Participant, string>>;

type MediaArray = keyof typeof MEDIA_ARRAYS;
type MediaItem = { direction?: string };

export function toConversationSummary(
  conversation: Models.Conversation,
  summaries: Models.ConversationSummariesGetResponse | undefined,
): ConversationSummaryDto {
  const participants = conversation.participants ?? [];
  const start = conversation.startTime ?? '';
  const end = conversation.endTime;
  return {
    id: conversation.id ?? '',
    startTime: start,
    endTime: end,
    durationMs: durationMs(start, end),
    state: end ? 'ended' : 'active',
    direction: directionOf(participants),
    mediaTypes: mediaTypesOf(participants),
    queue: queueOf(participants),
    participants: participants.map(toParticipant),
    aiSummary: toAiSummary(summaries),
  };
}

function toParticipant(participant: Models.Participant): ConversationParticipantDto {
  const wrapup = participant.wrapup;
  return {
    purpose: participant.purpose ?? 'unknown',
    name: participant.name,
    userId: participant.userId,
    queueId: participant.queueId,
    connectedTime: participant.connectedTime,
    endTime: participant.endTime,
    wrapup: wrapup?.code ? { code: wrapup.code, name: wrapup.name, notes: wrapup.notes } : undefined,
  };
}

function mediaItems(participant: Models.Participant): Array<[MediaArray, MediaItem[]]> {
  return (Object.keys(MEDIA_ARRAYS) as MediaArray[])
    .map((key): [MediaArray, MediaItem[]] => [key, (participant[key] as MediaItem[] | undefined) ?? []])
    .filter(([, items]) => items.length > 0);
}

function mediaTypesOf(participants: Models.Participant[]): string[] {
  return [...new Set(participants.flatMap((p) => mediaItems(p).map(([key]) => MEDIA_ARRAYS[key])))];
}

/** The direction seen by the customer's leg, else by the first leg that has one. */
function directionOf(participants: Models.Participant[]): string | undefined {
  const ordered = [
    ...participants.filter((p) => p.purpose === 'customer' || p.purpose === 'external'),
    ...participants,
  ];
  for (const participant of ordered) {
    for (const [, items] of mediaItems(participant)) {
      const direction = items.find((item) => item.direction)?.direction;
      if (direction) return direction;
    }
  }
  return undefined;
}

function queueOf(participants: Models.Participant[]): ConversationSummaryDto['queue'] {
  const acd = participants.find((p) => p.purpose === 'acd' && p.queueId);
  const withQueue = acd ?? participants.find((p) => p.queueId);
  if (!withQueue?.queueId) return undefined;
  return { id: withQueue.queueId, name: acd?.queueName ?? acd?.name ?? withQueue.queueName };
}

function toAiSummary(summaries: Models.ConversationSummariesGetResponse | undefined): AiSummaryDto | undefined {
  const summary = summaries?.summary ?? summaries?.sessionSummaries?.[0];
  const text = summary?.editedSummary?.text ?? summary?.text;
  if (!summary || !text) return undefined;
  return {
    text,
    status: summary.status ?? 'Completed',
    confidence: summary.confidence,
    reason: summary.reason?.text,
    resolution: summary.resolution?.text,
    followup: summary.followup?.text,
  };
}
