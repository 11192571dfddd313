import type { Models } from 'purecloud-platform-client-v2';
import { buildTokenInfo, buildUserMe } from '../builders/identity.builder.js';
import type { RouteDefinition } from '../router.js';

/** `GET /api/v2/users/me` and `GET /api/v2/tokens/me` (no permissions needed). */
export const identityRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v2/users/me',
    auth: 'user',
    handler: (ctx) => ({
      json: buildUserMe(
        ctx.store,
        ctx.principal.user,
        ctx.principal.token,
        ctx.query.set('expand'),
        ctx.now(),
      ) satisfies Models.UserMe,
    }),
  },
  {
    method: 'GET',
    path: '/api/v2/tokens/me',
    auth: 'user',
    handler: (ctx) => {
      // Without preserveIdleTTL=true, this call resets the token's idle timeout.
      if (ctx.query.bool('preserveIdleTTL') !== true) ctx.store.tokens.touch(ctx.principal.token);
      const org = ctx.store.org(ctx.principal.orgId)!.organization;
      return { json: buildTokenInfo(org, ctx.principal.token) satisfies Models.TokenInfo };
    },
  },
];
