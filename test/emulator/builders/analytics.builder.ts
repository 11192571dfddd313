import type { Models } from 'purecloud-platform-client-v2';
import type { EmulatorConversation, EmulatorParticipant } from '../emulator-data.types.js';
import type { IndexedConversation } from '../emulator.store.js';

const DNIS = 'tel:+18005550100';
const cache = new WeakMap<EmulatorConversation, Models.AnalyticsConversationWithoutAttributes>();

const ms = (iso: string) => Date.parse(iso);

function metric(name: string, value: number, emitDate: string): Models.AnalyticsSessionMetric {
  return { name, value, emitDate } satisfies Models.AnalyticsSessionMetric;
}

function sessionSegments(c: EmulatorConversation, p: EmulatorParticipant): Models.AnalyticsConversationSegment[] {
  const out: Models.AnalyticsConversationSegment[] = [];
  if (p.purpose === 'customer') {
    out.push({
      segmentStart: p.startTime,
      ...(p.endTime ? { segmentEnd: p.endTime, disconnectType: 'peer' } : {}),
      segmentType: 'interact',
      queueId: c.queueId,
      conference: false,
    } satisfies Models.AnalyticsConversationSegment);
  } else if (p.purpose === 'acd') {
    out.push({
      segmentStart: p.startTime,
      segmentEnd: p.endTime,
      segmentType: 'interact',
      queueId: c.queueId,
      disconnectType: 'transfer',
      conference: false,
    } satisfies Models.AnalyticsConversationSegment);
  } else {
    out.push({
      segmentStart: p.startTime,
      ...(p.connectedTime ? { segmentEnd: p.connectedTime } : {}),
      segmentType: 'alert',
      queueId: c.queueId,
      conference: false,
    } satisfies Models.AnalyticsConversationSegment);
    if (p.connectedTime) {
      out.push({
        segmentStart: p.connectedTime,
        ...(p.endTime ? { segmentEnd: p.endTime, disconnectType: 'client' } : {}),
        segmentType: 'interact',
        queueId: c.queueId,
        conference: false,
      } satisfies Models.AnalyticsConversationSegment);
    }
    if (p.endTime && p.wrapup) {
      out.push({
        segmentStart: p.endTime,
        segmentEnd: p.wrapup.endTime,
        segmentType: 'wrapup',
        queueId: c.queueId,
        wrapUpCode: p.wrapup.code,
        ...(p.wrapup.notes ? { wrapUpNote: p.wrapup.notes } : {}),
        conference: false,
      } satisfies Models.AnalyticsConversationSegment);
    }
  }
  return out;
}

function sessionMetrics(c: EmulatorConversation, p: EmulatorParticipant): Models.AnalyticsSessionMetric[] {
  if (p.purpose === 'acd') {
    const out = [metric('nOffered', 1, p.startTime)];
    if (p.endTime) out.push(metric('tAcd', ms(p.endTime) - ms(p.startTime), p.endTime));
    return out;
  }
  if (p.purpose === 'agent') {
    const out: Models.AnalyticsSessionMetric[] = [];
    if (p.connectedTime) {
      out.push(metric('tAlert', ms(p.connectedTime) - ms(p.startTime), p.connectedTime));
      out.push(metric('tAnswered', ms(p.connectedTime) - ms(c.startTime), p.connectedTime));
      out.push(metric('nConnected', 1, p.connectedTime));
    }
    if (p.endTime && p.connectedTime) {
      const talk = ms(p.endTime) - ms(p.connectedTime);
      if (c.mediaType === 'voice' || c.mediaType === 'callback')
        out.push(metric('tTalk', talk, p.endTime), metric('tTalkComplete', talk, p.endTime));
      if (p.wrapup) {
        out.push(metric('tAcw', p.wrapup.durationSeconds * 1000, p.wrapup.endTime));
        out.push(metric('tHandle', talk + p.wrapup.durationSeconds * 1000, p.wrapup.endTime));
      }
    }
    return out;
  }
  return [];
}

function session(c: EmulatorConversation, p: EmulatorParticipant): Models.AnalyticsSession {
  const customer = c.participants[0];
  const address = customer.address ?? '';
  const agent = c.participants.find((x) => x.purpose === 'agent');
  const s: Models.AnalyticsSession = {
    sessionId: p.sessionId,
    mediaType: c.mediaType,
    direction: c.direction,
    ...(c.mediaType === 'voice' || c.mediaType === 'callback' ? { ani: address, dnis: DNIS, sessionDnis: DNIS } : {}),
    ...(c.mediaType === 'email' ? { addressFrom: address, addressTo: 'support@emulated-cc.example.com' } : {}),
    ...(c.mediaType === 'message'
      ? { messageType: 'sms', addressFrom: address.replace(/^tel:/, ''), addressTo: '+18005550100' }
      : {}),
    ...(c.mediaType === 'callback'
      ? { callbackNumbers: [address.replace(/^tel:/, '')], callbackUserName: customer.name }
      : {}),
    ...(p.purpose === 'agent' ? { remote: customer.name } : {}),
    ...(p.purpose === 'acd'
      ? {
          requestedRoutings: ['Standard'],
          usedRouting: 'Standard',
          ...(agent?.userId ? { selectedAgentId: agent.userId } : {}),
        }
      : {}),
    provider: c.mediaType === 'voice' ? 'Edge' : 'PureCloud',
    metrics: sessionMetrics(c, p),
    segments: sessionSegments(c, p),
  } satisfies Models.AnalyticsSession;
  return s;
}

/** One `AnalyticsConversationWithoutAttributes` (query result element and details endpoint). */
export function buildAnalyticsConversation(ic: IndexedConversation): Models.AnalyticsConversationWithoutAttributes {
  const c = ic.conversation;
  let cached = cache.get(c);
  if (!cached) {
    cached = {
      conversationId: c.id,
      conversationStart: c.startTime,
      ...(c.endTime ? { conversationEnd: c.endTime } : {}),
      conversationInitiator: c.direction === 'inbound' ? 'external' : 'agent',
      customerParticipation: true,
      divisionIds: [c.divisionId],
      ...(c.externalTag ? { externalTag: c.externalTag } : {}),
      ...(c.mediaType === 'voice' && c.endTime
        ? { mediaStatsMinConversationMos: 4.38, mediaStatsMinConversationRFactor: 92.1 }
        : {}),
      originatingDirection: c.direction,
      participants: c.participants.map(
        (p) =>
          ({
            participantId: p.id,
            participantName: p.name,
            purpose: p.purpose,
            ...(p.userId ? { userId: p.userId } : {}),
            sessions: [session(c, p)],
          }) satisfies Models.AnalyticsParticipantWithoutAttributes,
      ),
    } satisfies Models.AnalyticsConversationWithoutAttributes;
    cache.set(c, cached);
  }
  return cached;
}
