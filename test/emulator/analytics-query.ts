import type { Models } from 'purecloud-platform-client-v2';
import { buildAnalyticsConversation } from './builders/analytics.builder.js';
import type { EmulatorUser } from './emulator-data.types.js';
import { hasPermission, type EmulatorStore, type IndexedConversation } from './emulator.store.js';
import { badRequest, invalidDate, invalidValue } from './errors.js';
import { checkPage } from './paging.js';

/** Analytics page size maximum (commonly 100; UNVERIFIED) - larger is a 400. */
export const ANALYTICS_MAX_PAGE_SIZE = 100;
export const ANALYTICS_PERMISSIONS = [
  'analytics:conversationDetail:view',
  'analytics:agentConversationDetail:view',
] as const;

type Predicate = Models.SegmentDetailQueryPredicate | Models.ConversationDetailQueryPredicate;
type Filter = { type: string; predicates?: Predicate[]; clauses?: { type: string; predicates: Predicate[] }[] };

/** What one segment "sees": its own, its session's and its participant's dimensions. */
type DimensionLookup = (dimension: string) => readonly string[] | undefined;

const SEGMENT_DIMENSIONS = new Set([
  'userid',
  'queueid',
  'purpose',
  'mediatype',
  'direction',
  'wrapupcode',
  'wrapupnote',
  'segmenttype',
  'disconnecttype',
  'participantname',
  'participantid',
  'sessionid',
  'ani',
  'dnis',
  'messagetype',
  'provider',
  'segmentend',
  'conversationid',
]);
const CONVERSATION_DIMENSIONS = new Set([
  'conversationid',
  'divisionid',
  'originatingdirection',
  'conversationend',
  'conversationstart',
  'externaltag',
  'conversationinitiator',
  'customerparticipation',
]);

/**
 * Is the caller limited to conversations they took part in? Only holders of
 * analytics:agentConversationDetail:view without analytics:conversationDetail:view (UNVERIFIED).
 */
export function ownConversationsOnly(user: EmulatorUser): boolean {
  return !hasPermission(user, 'analytics:conversationDetail:view');
}

function parseInterval(interval: unknown): [number, number] {
  if (typeof interval !== 'string' || interval.length === 0)
    throw badRequest('interval is required, e.g. 2024-05-01T00:00:00.000Z/2024-05-02T00:00:00.000Z.');
  const parts = interval.split('/');
  const start = parts.length === 2 ? Date.parse(parts[0]) : NaN;
  const end = parts.length === 2 ? Date.parse(parts[1]) : NaN;
  if (Number.isNaN(start) || Number.isNaN(end))
    throw invalidDate(`Invalid interval '${interval}': expected <ISO-8601>/<ISO-8601>.`);
  if (end <= start) throw invalidDate(`Invalid interval '${interval}': the end must be after the start.`);
  return [start, end];
}

function validateFilters(raw: unknown, name: string, dims: Set<string>): Filter[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest(`${name} must be an array.`);
  const check = (p: unknown) => {
    if (typeof p !== 'object' || p === null) throw badRequest(`${name}: a predicate must be an object.`);
    const pred = p as Predicate;
    const type = pred.type ?? 'dimension';
    if (type !== 'dimension')
      throw badRequest(`${name}: the emulator supports dimension predicates only (got type '${type}').`);
    if (typeof pred.dimension !== 'string' || !dims.has(pred.dimension.toLowerCase())) {
      throw invalidValue('dimension', `'${String(pred.dimension)}' is not a ${name} dimension the emulator supports`);
    }
    const op = pred.operator ?? 'matches';
    if (op !== 'matches' && op !== 'exists' && op !== 'notExists')
      throw invalidValue('operator', `'${op}' is not one of matches, exists, notExists`);
    if (op === 'matches' && typeof pred.value !== 'string')
      throw badRequest(`${name}: a matches predicate on '${pred.dimension}' needs a string value.`);
  };
  for (const f of raw as Filter[]) {
    if (typeof f !== 'object' || f === null || (f.type !== 'and' && f.type !== 'or'))
      throw badRequest(`${name}: each filter needs type 'and' or 'or'.`);
    for (const p of f.predicates ?? []) check(p);
    for (const c of f.clauses ?? []) {
      if (c.type !== 'and' && c.type !== 'or') throw badRequest(`${name}: each clause needs type 'and' or 'or'.`);
      for (const p of c.predicates ?? []) check(p);
    }
  }
  return raw as Filter[];
}

function predicateHolds(p: Predicate, lookup: DimensionLookup): boolean {
  const values = lookup(p.dimension!.toLowerCase()) ?? [];
  const op = p.operator ?? 'matches';
  if (op === 'exists') return values.length > 0;
  if (op === 'notExists') return values.length === 0;
  return values.includes(p.value!);
}

function filterHolds(f: Filter, lookup: DimensionLookup): boolean {
  const results: boolean[] = [];
  for (const p of f.predicates ?? []) results.push(predicateHolds(p, lookup));
  for (const c of f.clauses ?? []) {
    const r = (c.predicates ?? []).map((p) => predicateHolds(p, lookup));
    results.push(c.type === 'and' ? r.every(Boolean) : r.some(Boolean));
  }
  if (results.length === 0) return true;
  return f.type === 'and' ? results.every(Boolean) : results.some(Boolean);
}

/** A segment filter matches when one segment satisfies it (all its dimensions seen together). */
function segmentFiltersHold(conv: Models.AnalyticsConversationWithoutAttributes, filters: Filter[]): boolean {
  if (filters.length === 0) return true;
  const lookups: DimensionLookup[] = [];
  for (const p of conv.participants ?? []) {
    for (const s of p.sessions ?? []) {
      for (const seg of s.segments ?? []) {
        lookups.push((d) => {
          switch (d) {
            case 'userid':
              return p.userId ? [p.userId] : [];
            case 'purpose':
              return p.purpose ? [p.purpose] : [];
            case 'participantname':
              return p.participantName ? [p.participantName] : [];
            case 'participantid':
              return p.participantId ? [p.participantId] : [];
            case 'mediatype':
              return s.mediaType ? [s.mediaType] : [];
            case 'direction':
              return s.direction ? [s.direction] : [];
            case 'sessionid':
              return s.sessionId ? [s.sessionId] : [];
            case 'ani':
              return s.ani ? [s.ani] : [];
            case 'dnis':
              return s.dnis ? [s.dnis] : [];
            case 'messagetype':
              return s.messageType ? [s.messageType] : [];
            case 'provider':
              return s.provider ? [s.provider] : [];
            case 'queueid':
              return seg.queueId ? [seg.queueId] : [];
            case 'wrapupcode':
              return seg.wrapUpCode ? [seg.wrapUpCode] : [];
            case 'wrapupnote':
              return seg.wrapUpNote ? [seg.wrapUpNote] : [];
            case 'segmenttype':
              return seg.segmentType ? [seg.segmentType] : [];
            case 'disconnecttype':
              return seg.disconnectType ? [seg.disconnectType] : [];
            case 'segmentend':
              return seg.segmentEnd ? [seg.segmentEnd] : [];
            case 'conversationid':
              return conv.conversationId ? [conv.conversationId] : [];
            default:
              return undefined;
          }
        });
      }
    }
  }
  return filters.every((f) => lookups.some((l) => filterHolds(f, l)));
}

function conversationFiltersHold(conv: Models.AnalyticsConversationWithoutAttributes, filters: Filter[]): boolean {
  if (filters.length === 0) return true;
  const lookup: DimensionLookup = (d) => {
    switch (d) {
      case 'conversationid':
        return [conv.conversationId!];
      case 'divisionid':
        return conv.divisionIds ?? [];
      case 'originatingdirection':
        return conv.originatingDirection ? [conv.originatingDirection] : [];
      case 'conversationend':
        return conv.conversationEnd ? [conv.conversationEnd] : [];
      case 'conversationstart':
        return conv.conversationStart ? [conv.conversationStart] : [];
      case 'externaltag':
        return conv.externalTag ? [conv.externalTag] : [];
      case 'conversationinitiator':
        return conv.conversationInitiator ? [conv.conversationInitiator] : [];
      case 'customerparticipation':
        return conv.customerParticipation !== undefined ? [String(conv.customerParticipation)] : [];
      default:
        return undefined;
    }
  };
  return filters.every((f) => filterHolds(f, lookup));
}

/** The userId values of a query's segment filters when every filter pins one user (index shortcut). */
function pinnedUserId(filters: Filter[]): string | undefined {
  for (const f of filters) {
    if (f.type !== 'and') continue;
    const p = (f.predicates ?? []).find(
      (x) => x.dimension?.toLowerCase() === 'userid' && (x.operator ?? 'matches') === 'matches',
    );
    if (p?.value) return p.value;
  }
  return undefined;
}

/**
 * `POST /api/v2/analytics/conversations/details/query`. Decisions: a conversation is in the
 * interval when its start is in [start, end); `conversations` is omitted when the page is empty;
 * `totalHits` counts every match.
 */
export function runConversationQuery(
  store: EmulatorStore,
  caller: EmulatorUser,
  body: unknown,
): Models.AnalyticsConversationQueryResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('The query must be a JSON object.');
  const q = body as Models.ConversationQuery;
  const [start, end] = parseInterval(q.interval);
  const order = q.order ?? 'asc';
  if (!['asc', 'desc', 'unordered'].includes(order))
    throw invalidValue('order', `'${order}' is not one of asc, desc, unordered`);
  const orderBy = q.orderBy ?? 'conversationStart';
  if (!['conversationStart', 'conversationEnd', 'segmentStart', 'segmentEnd'].includes(orderBy)) {
    throw invalidValue(
      'orderBy',
      `'${orderBy}' is not one of conversationStart, conversationEnd, segmentStart, segmentEnd`,
    );
  }
  if (q.paging !== undefined && (typeof q.paging !== 'object' || q.paging === null))
    throw badRequest('paging must be an object.');
  if (q.paging && (typeof q.paging.pageSize !== 'number' || typeof q.paging.pageNumber !== 'number')) {
    throw badRequest('paging needs both pageSize and pageNumber.');
  }
  const page = checkPage(q.paging?.pageSize ?? 25, q.paging?.pageNumber ?? 1, ANALYTICS_MAX_PAGE_SIZE);
  const segmentFilters = validateFilters(q.segmentFilters, 'segmentFilters', SEGMENT_DIMENSIONS);
  const conversationFilters = validateFilters(q.conversationFilters, 'conversationFilters', CONVERSATION_DIMENSIONS);

  const pinned = pinnedUserId(segmentFilters);
  const own = ownConversationsOnly(caller);
  let candidates: IndexedConversation[];
  if (own) candidates = store.userConversations(caller.id);
  else if (pinned) candidates = store.userConversations(pinned);
  else candidates = store.orgConversations(caller.orgId);

  const hits: IndexedConversation[] = [];
  for (const ic of candidates) {
    if (ic.startMs < start || ic.startMs >= end || ic.conversation.orgId !== caller.orgId) continue;
    const model = buildAnalyticsConversation(ic);
    if (conversationFiltersHold(model, conversationFilters) && segmentFiltersHold(model, segmentFilters)) hits.push(ic);
  }
  if (orderBy === 'conversationEnd' || orderBy === 'segmentEnd') {
    // Active conversations (no end yet) sort after ended ones.
    hits.sort((a, b) => (a.endMs ?? Infinity) - (b.endMs ?? Infinity) || a.startMs - b.startMs);
  }
  if (order === 'desc') hits.reverse();
  const from = (page.pageNumber - 1) * page.pageSize;
  const slice = hits.slice(from, from + page.pageSize);
  return {
    ...(slice.length > 0 ? { conversations: slice.map(buildAnalyticsConversation) } : {}),
    totalHits: hits.length,
  } satisfies Models.AnalyticsConversationQueryResponse;
}
