import type { Models } from 'purecloud-platform-client-v2';
import { buildConversation } from '../builders/conversation.builder.js';
import { buildSummaries } from '../builders/summary.builder.js';
import { notFound } from '../errors.js';
import type { RouteDefinition } from '../router.js';

export const conversationsRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v2/conversations/:conversationId',
    auth: 'user',
    permissions: { anyOf: ['conversation:communication:view'] },
    handler: (ctx) => {
      const ic = ctx.store.conversation(ctx.principal.orgId, ctx.params.conversationId);
      if (!ic) throw notFound();
      return { json: buildConversation(ctx.store, ic.conversation) satisfies Models.Conversation };
    },
  },
  {
    // Permission list is ALL (missing.permissions). Decision on the UNVERIFIED case: a conversation
    // without an AI summary (including an active one) is a 404 not.found, not an empty object.
    method: 'GET',
    path: '/api/v2/conversations/:conversationId/summaries',
    auth: 'user',
    permissions: { allOf: ['conversation:summary:view'] },
    handler: (ctx) => {
      const ic = ctx.store.conversation(ctx.principal.orgId, ctx.params.conversationId);
      if (!ic || !ic.conversation.summary) throw notFound();
      return {
        json: buildSummaries(
          ic.conversation,
          ic.conversation.summary,
        ) satisfies Models.ConversationSummariesGetResponse,
      };
    },
  },
];
