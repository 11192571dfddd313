import type { Models } from 'purecloud-platform-client-v2';
import { buildPresence, buildRoutingStatus } from '../builders/user.builder.js';
import { badRequest, notFound } from '../errors.js';
import type { RouteDefinition } from '../router.js';

/** Presence bulk accepts at most 50 ids. */
export const PRESENCE_BULK_MAX_IDS = 50;

/** Routing status and presence lookups (no permissions needed). */
export const presenceRoutes: RouteDefinition[] = [
  {
    // Documented quirk: an unknown user is not a 404 but OFF_QUEUE.
    method: 'GET',
    path: '/api/v2/users/:userId/routingstatus',
    auth: 'user',
    handler: (ctx) => {
      const user = ctx.store.user(ctx.principal.orgId, ctx.params.userId);
      const status: Models.RoutingStatus = user
        ? buildRoutingStatus(user)
        : { userId: ctx.params.userId, status: 'OFF_QUEUE' };
      return { json: status };
    },
  },
  {
    method: 'GET',
    path: '/api/v2/users/:userId/presences/purecloud',
    auth: 'user',
    handler: (ctx) => {
      const user = ctx.store.user(ctx.principal.orgId, ctx.params.userId);
      if (!user) throw notFound();
      return { json: buildPresence(user) satisfies Models.UserPresence };
    },
  },
  {
    // A bare JSON array; unknown and foreign ids are left out.
    method: 'GET',
    path: '/api/v2/users/presences/purecloud/bulk',
    auth: 'user',
    handler: (ctx) => {
      const ids = ctx.query.list('id');
      if (ids.length > PRESENCE_BULK_MAX_IDS) throw badRequest(`At most ${PRESENCE_BULK_MAX_IDS} ids are allowed.`);
      const out: Models.UcUserPresence[] = [];
      for (const id of ids) {
        const user = ctx.store.user(ctx.principal.orgId, id);
        if (!user) continue;
        const p = buildPresence(user);
        out.push({
          userId: user.id,
          source: p.source,
          presenceDefinition: p.presenceDefinition,
          modifiedDate: p.modifiedDate,
          selfUri: p.selfUri,
        } satisfies Models.UcUserPresence);
      }
      return { json: out };
    },
  },
];
