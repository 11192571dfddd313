import type { Models } from 'purecloud-platform-client-v2';
import { ANALYTICS_PERMISSIONS, ownConversationsOnly, runConversationQuery } from '../analytics-query.js';
import { buildAnalyticsConversation } from '../builders/analytics.builder.js';
import type { IndexedConversation } from '../emulator.store.js';
import { missingAnyPermissions, notFound } from '../errors.js';
import type { Principal, RouteDefinition } from '../router.js';

/** A caller limited to their own conversations gets a 403 (naming the broader permission) for anyone else's. */
function assertCanSee(principal: Principal, ic: IndexedConversation): void {
  if (
    ownConversationsOnly(principal.user) &&
    !ic.conversation.participants.some((p) => p.userId === principal.user.id)
  ) {
    throw missingAnyPermissions(['analytics:conversationDetail:view']);
  }
}

export const analyticsRoutes: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/api/v2/analytics/conversations/details/query',
    auth: 'user',
    body: 'json',
    permissions: { anyOf: ANALYTICS_PERMISSIONS },
    handler: (ctx) => ({
      json: runConversationQuery(
        ctx.store,
        ctx.principal.user,
        ctx.body,
      ) satisfies Models.AnalyticsConversationQueryResponse,
    }),
  },
  {
    method: 'GET',
    path: '/api/v2/analytics/conversations/:conversationId/details',
    auth: 'user',
    permissions: { anyOf: ANALYTICS_PERMISSIONS },
    handler: (ctx) => {
      const ic = ctx.store.conversation(ctx.principal.orgId, ctx.params.conversationId);
      if (!ic) throw notFound();
      assertCanSee(ctx.principal, ic);
      return { json: buildAnalyticsConversation(ic) satisfies Models.AnalyticsConversationWithoutAttributes };
    },
  },
  {
    // Multi-get: unknown or foreign ids are left out.
    method: 'GET',
    path: '/api/v2/analytics/conversations/details',
    auth: 'user',
    permissions: { anyOf: ANALYTICS_PERMISSIONS },
    handler: (ctx) => {
      const own = ownConversationsOnly(ctx.principal.user);
      const found = ctx.query
        .list('id')
        .map((id) => ctx.store.conversation(ctx.principal.orgId, id))
        .filter(
          (ic): ic is IndexedConversation =>
            ic !== undefined && (!own || ic.conversation.participants.some((p) => p.userId === ctx.principal.user.id)),
        );
      return {
        json: {
          conversations: found.map(buildAnalyticsConversation),
        } satisfies Models.AnalyticsConversationWithoutAttributesMultiGetResponse,
      };
    },
  },
];
