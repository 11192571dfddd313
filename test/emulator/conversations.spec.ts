import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { bearer, containsNull, rejection, sdkFor, type SdkApis } from './sdk-test-client.js';

const NOW = new Date('2025-06-02T12:00:00.000Z');
const HOUR = 3_600_000;
const interval = (fromMs: number, toMs: number) => `${new Date(fromMs).toISOString()}/${new Date(toMs).toISOString()}`;
const last24h = interval(NOW.getTime() - 24 * HOUR, NOW.getTime() + HOUR);
const lastWeek = interval(NOW.getTime() - 8 * 24 * HOUR, NOW.getTime() + HOUR);

describe('emulator conversations and analytics through the real SDK', () => {
  let emu: RunningEmulator;
  let sdk: SdkApis;

  beforeAll(async () => {
    emu = await startEmulator({ users: 120, now: NOW });
    sdk = sdkFor(emu);
  });
  afterAll(() => emu.close());

  it('GET /conversations/{id} of an ended conversation: participants with purposes, wrap-up and media, endTime set', async () => {
    const src = emu.fixtures.withSummary;
    const c = await sdk.conversations.getConversation(src.id, bearer(emu.fixtures.agent.token));
    expect(c.id).toBe(src.id);
    expect(c.startTime).toBe(src.startTime);
    expect(c.endTime).toBe(src.endTime);
    expect(c).not.toHaveProperty('state');
    expect(c.participants.map((p) => p.purpose)).toEqual(['customer', 'acd', 'agent']);
    const agentLeg = c.participants.find((p) => p.purpose === 'agent')!;
    expect(agentLeg.userId).toBe(emu.fixtures.agent.id);
    expect(agentLeg.queueId).toBe(src.queueId);
    expect(agentLeg.wrapup?.code).toBe(src.participants[2].wrapup!.code);
    expect(agentLeg.calls?.[0].state).toBe('disconnected');
    expect(c.participants.find((p) => p.purpose === 'acd')!.queueName).toBe(emu.fixtures.smallQueue.name);
    expect(c.divisions?.[0].division?.id).toBe(src.divisionId);
    expect(containsNull(c)).toBe(false);
  });

  it('GET /conversations/{id} of the active conversation has no endTime and connected media', async () => {
    const c = await sdk.conversations.getConversation(emu.fixtures.active.id, bearer(emu.fixtures.agent.token));
    expect(c).not.toHaveProperty('endTime');
    const agentLeg = c.participants.find((p) => p.purpose === 'agent')!;
    expect(agentLeg).not.toHaveProperty('endTime');
    expect(agentLeg).not.toHaveProperty('wrapup');
    expect(agentLeg.calls?.[0].state).toBe('connected');
  });

  it('GET /conversations/{id} of another org is 404; without conversation:communication:view 403', async () => {
    const other = await rejection<Models.ErrorBody>(
      sdk.conversations.getConversation(emu.fixtures.otherOrg.id, bearer(emu.fixtures.agent.token)),
    );
    expect(other.code).toBe('not.found');
    const noPerm = await rejection<Models.ErrorBody>(
      sdk.conversations.getConversation(emu.fixtures.withSummary.id, bearer(emu.fixtures.noPermissions.token)),
    );
    expect(noPerm.status).toBe(403);
    expect(noPerm.message).toContain('conversation:communication:view');
  });

  it('GET /conversations/{id}/summaries returns the AI summary of a conversation that has one', async () => {
    const src = emu.fixtures.withSummary;
    const res = await sdk.conversations.getConversationSummaries(src.id, bearer(emu.fixtures.agent.token));
    expect(res.conversation).toEqual({ id: src.id, selfUri: `/api/v2/conversations/${src.id}` });
    expect(res.summary?.text).toBe(src.summary!.text);
    expect(res.summary?.status).toBe('Completed');
    expect(res.summary?.mediaType).toBe('Call');
    expect(res.summary?.reason?.text).toBe(src.summary!.reason);
    expect(res.summary?.resolution?.text).toBe(src.summary!.resolution);
    expect(res.summary?.followup?.text).toBe(src.summary!.followup);
    expect(res.sessionSummaries?.[0].communication?.id).toBe(src.participants[2].sessionId);
  });

  it('summaries: no AI summary (ended or active) is 404 not.found; missing conversation:summary:view is 403 missing.permissions; other org 404', async () => {
    const tok = bearer(emu.fixtures.agent.token);
    for (const id of [emu.fixtures.withoutSummary.id, emu.fixtures.active.id, emu.fixtures.otherOrg.id]) {
      const err = await rejection<Models.ErrorBody>(sdk.conversations.getConversationSummaries(id, tok));
      expect(err.status).toBe(404);
      expect(err.code).toBe('not.found');
    }
    const forbidden = await rejection<Models.ErrorBody>(
      sdk.conversations.getConversationSummaries(emu.fixtures.withSummary.id, bearer(emu.fixtures.noPermissions.token)),
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.code).toBe('missing.permissions');
    expect(forbidden.messageParams?.permissions).toContain('conversation:summary:view');
  });

  it('analytics query: busyAgent has more than 200 conversations in 24 h; paging walks all of them newest first with totalHits', async () => {
    const busy = emu.fixtures.busyAgent;
    const expected = emu.data.primary.conversations
      .filter((c) => c.agentUserId === busy.id && Date.parse(c.startTime) >= NOW.getTime() - 24 * HOUR)
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(200);
    const seen: Models.AnalyticsConversationWithoutAttributes[] = [];
    for (let pageNumber = 1; ; pageNumber++) {
      const res = await sdk.analytics.postAnalyticsConversationsDetailsQuery(
        {
          interval: last24h,
          order: 'desc',
          orderBy: 'conversationStart',
          paging: { pageSize: 100, pageNumber },
          segmentFilters: [{ type: 'and', predicates: [{ dimension: 'userId', value: busy.id }] }],
        },
        bearer(busy.token),
      );
      expect(res.totalHits).toBe(expected.length);
      if (!res.conversations) break;
      seen.push(...res.conversations);
      if (res.conversations.length < 100) break;
    }
    expect(seen.map((c) => c.conversationId).sort()).toEqual([...expected].sort());
    const starts = seen.map((c) => c.conversationStart!);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('analytics query with no hits omits conversations and reports totalHits 0', async () => {
    const res = await sdk.analytics.postAnalyticsConversationsDetailsQuery(
      { interval: interval(NOW.getTime() - 400 * 24 * HOUR, NOW.getTime() - 399 * 24 * HOUR) },
      bearer(emu.fixtures.supervisor.token),
    );
    expect(res).toEqual({ totalHits: 0 });
  });

  it('analytics segment filters on queueId and mediaType (and/or) match the data', async () => {
    const sup = emu.fixtures.supervisor;
    const small = emu.fixtures.smallQueue;
    const inWeek = emu.data.primary.conversations.filter(
      (c) => Date.parse(c.startTime) >= NOW.getTime() - 8 * 24 * HOUR,
    );
    const run = (segmentFilters: Models.SegmentDetailQueryFilter[]) =>
      sdk.analytics.postAnalyticsConversationsDetailsQuery(
        { interval: lastWeek, paging: { pageSize: 1, pageNumber: 1 }, segmentFilters },
        bearer(sup.token),
      );
    const both = await run([
      {
        type: 'and',
        predicates: [
          { dimension: 'queueId', value: small.id },
          { dimension: 'mediaType', value: 'voice' },
        ],
      },
    ]);
    expect(both.totalHits).toBe(inWeek.filter((c) => c.queueId === small.id && c.mediaType === 'voice').length);
    const either = await run([
      {
        type: 'or',
        predicates: [
          { dimension: 'mediaType', value: 'email' },
          { dimension: 'mediaType', value: 'chat' },
        ],
      },
    ]);
    expect(either.totalHits).toBe(inWeek.filter((c) => c.mediaType === 'email' || c.mediaType === 'chat').length);
    const agentInQueue = await run([
      {
        type: 'and',
        predicates: [
          { dimension: 'userId', value: emu.fixtures.agent.id },
          { dimension: 'queueId', value: small.id },
        ],
      },
    ]);
    expect(agentInQueue.totalHits).toBe(
      inWeek.filter((c) => c.agentUserId === emu.fixtures.agent.id && c.queueId === small.id).length,
    );
  });

  it('analytics conversation filters on divisionId and conversationEnd notExists find the active conversation', async () => {
    const res = await sdk.analytics.postAnalyticsConversationsDetailsQuery(
      {
        interval: last24h,
        conversationFilters: [
          {
            type: 'and',
            predicates: [
              { dimension: 'conversationEnd', operator: 'notExists' },
              { dimension: 'divisionId', value: emu.fixtures.active.divisionId },
            ],
          },
        ],
      },
      bearer(emu.fixtures.supervisor.token),
    );
    expect(res.conversations?.map((c) => c.conversationId)).toEqual([emu.fixtures.active.id]);
    expect(res.conversations?.[0]).not.toHaveProperty('conversationEnd');
  });

  it('an agent with only analytics:agentConversationDetail:view sees only own conversations; a supervisor sees everyone', async () => {
    const agent = emu.fixtures.agent;
    const mine = await sdk.analytics.postAnalyticsConversationsDetailsQuery(
      { interval: lastWeek, paging: { pageSize: 100, pageNumber: 1 } },
      bearer(agent.token),
    );
    expect(mine.totalHits).toBe(
      emu.data.primary.conversations.filter(
        (c) => c.agentUserId === agent.id && Date.parse(c.startTime) >= NOW.getTime() - 8 * 24 * HOUR,
      ).length,
    );
    expect(mine.conversations!.every((c) => c.participants!.some((p) => p.userId === agent.id))).toBe(true);
    const all = await sdk.analytics.postAnalyticsConversationsDetailsQuery(
      { interval: lastWeek, paging: { pageSize: 1, pageNumber: 1 } },
      bearer(emu.fixtures.supervisor.token),
    );
    expect(all.totalHits).toBe(emu.data.primary.conversations.length);
  });

  it('analytics results carry participants, sessions, metrics and segments nested as in the model', async () => {
    const res = await sdk.analytics.getAnalyticsConversationDetails(
      emu.fixtures.withSummary.id,
      bearer(emu.fixtures.agent.token),
    );
    expect(res.conversationId).toBe(emu.fixtures.withSummary.id);
    expect(res.originatingDirection).toBe(emu.fixtures.withSummary.direction);
    expect(res.divisionIds).toEqual([emu.fixtures.withSummary.divisionId]);
    const agentP = res.participants!.find((p) => p.purpose === 'agent')!;
    expect(agentP.userId).toBe(emu.fixtures.agent.id);
    const s = agentP.sessions![0];
    expect(s.mediaType).toBe('voice');
    expect(s.metrics!.map((m) => m.name)).toContain('tHandle');
    expect(s.segments!.map((x) => x.segmentType)).toEqual(['alert', 'interact', 'wrapup']);
    expect(s.segments![2].wrapUpCode).toBe(emu.fixtures.withSummary.participants[2].wrapup!.code);
    expect(containsNull(res)).toBe(false);
  });

  it('analytics details: other org 404, someone else conversation 403 for an agent-only caller, no permission 403', async () => {
    const other = await rejection<Models.ErrorBody>(
      sdk.analytics.getAnalyticsConversationDetails(emu.fixtures.otherOrg.id, bearer(emu.fixtures.supervisor.token)),
    );
    expect(other.status).toBe(404);
    const notMine = await rejection<Models.ErrorBody>(
      sdk.analytics.getAnalyticsConversationDetails(
        emu.fixtures.withSummary.id,
        bearer(emu.fixtures.secondAgent.token),
      ),
    );
    expect(notMine.status).toBe(403);
    const noPerm = await rejection<Models.ErrorBody>(
      sdk.analytics.postAnalyticsConversationsDetailsQuery(
        { interval: last24h },
        bearer(emu.fixtures.noPermissions.token),
      ),
    );
    expect(noPerm.code).toBe('missing.any.permissions');
    expect(noPerm.message).toContain('analytics:conversationDetail:view');
    expect(noPerm.message).toContain('analytics:agentConversationDetail:view');
  });

  it('analytics bad input: missing interval 400, bad interval 400 invalid.date, pageSize over 100 400, unknown dimension 400', async () => {
    const tok = bearer(emu.fixtures.supervisor.token);
    const q = (body: unknown) =>
      rejection<Models.ErrorBody>(
        sdk.analytics.postAnalyticsConversationsDetailsQuery(body as Models.ConversationQuery, tok),
      );
    expect((await q({})).status).toBe(400);
    expect((await q({ interval: 'yesterday' })).code).toBe('invalid.date');
    expect((await q({ interval: last24h, paging: { pageSize: 101, pageNumber: 1 } })).status).toBe(400);
    expect(
      (
        await q({
          interval: last24h,
          segmentFilters: [{ type: 'and', predicates: [{ dimension: 'favouriteColour', value: 'x' }] }],
        })
      ).status,
    ).toBe(400);
  });

  it('analytics multi-get returns the requested conversations of the caller org only', async () => {
    const ids = [emu.fixtures.withSummary.id, emu.fixtures.withoutSummary.id, emu.fixtures.otherOrg.id];
    const res = await sdk.analytics.getAnalyticsConversationsDetails({
      id: ids,
      ...bearer(emu.fixtures.supervisor.token),
    });
    expect(res.conversations!.map((c) => c.conversationId).sort()).toEqual(ids.slice(0, 2).sort());
  });
});
