import type { Models } from 'purecloud-platform-client-v2';
import { canSeeQueue, QUEUE_VIEW } from '../access.js';
import { buildUserQueueListing } from '../builders/queue.builder.js';
import { buildUser } from '../builders/user.builder.js';
import { badRequest, notFound } from '../errors.js';
import { pageNumberPage, readPageRequest } from '../paging.js';
import type { RouteDefinition } from '../router.js';
import { decodeQ64, normalizeSearch, runUserSearch } from '../user-search.js';

/** Page size maximum for page-number listings (commonly cited as 500; UNVERIFIED) - larger is a 400. */
export const LIST_MAX_PAGE_SIZE = 500;

export const usersRoutes: RouteDefinition[] = [
  {
    // No division filtering and no permission (none listed in the docs).
    method: 'GET',
    path: '/api/v2/users',
    auth: 'user',
    handler: (ctx) => {
      const page = readPageRequest(ctx.query, LIST_MAX_PAGE_SIZE);
      const state = ctx.query.oneOf('state', ['active', 'inactive', 'deleted', 'any']) ?? 'active';
      const sortOrder = ctx.query.oneOf('sortOrder', ['ascending', 'descending', 'asc', 'desc']) ?? 'ascending';
      const ids = ctx.query.list('id');
      const jabberIds = ctx.query.list('jabberId');
      if (ids.length > 0 && jabberIds.length > 0) throw badRequest('id and jabberId cannot be used together.');
      let users = ctx.store.usersSorted(ctx.principal.orgId);
      if (state === 'inactive' || state === 'deleted') users = [];
      if (ids.length > 0) {
        const wanted = new Set(ids);
        users = users.filter((u) => wanted.has(u.id));
      }
      if (jabberIds.length > 0) {
        const wanted = new Set(jabberIds);
        users = users.filter((u) => wanted.has(u.jabberId));
      }
      if (sortOrder.startsWith('desc')) users = users.slice().reverse();
      const expand = ctx.query.set('expand');
      const { slice, block } = pageNumberPage(users, page, ctx.path, ctx.query);
      return {
        json: {
          entities: slice.map((u) => buildUser(ctx.store, u, expand)),
          ...block,
        } satisfies Models.UserEntityListing,
      };
    },
  },
  {
    method: 'POST',
    path: '/api/v2/users/search',
    auth: 'user',
    body: 'json',
    permissions: { anyOf: ['directory:user:view'] },
    handler: (ctx) => ({
      json: runUserSearch(
        ctx.store,
        ctx.principal.user,
        normalizeSearch(ctx.body),
      ) satisfies Models.UsersSearchResponse,
    }),
  },
  {
    method: 'GET',
    path: '/api/v2/users/search',
    auth: 'user',
    permissions: { anyOf: ['directory:user:view'] },
    handler: (ctx) => {
      const q64 = ctx.query.first('q64');
      if (q64 === undefined) throw badRequest('The q64 query parameter is required.');
      return {
        json: runUserSearch(
          ctx.store,
          ctx.principal.user,
          decodeQ64(q64),
          ctx.query.list('expand'),
        ) satisfies Models.UsersSearchResponse,
      };
    },
  },
  {
    method: 'GET',
    path: '/api/v2/users/:userId',
    auth: 'user',
    handler: (ctx) => {
      const user = ctx.store.user(ctx.principal.orgId, ctx.params.userId);
      const state = ctx.query.oneOf('state', ['active', 'deleted']) ?? 'active';
      if (!user || state === 'deleted') throw notFound();
      return { json: buildUser(ctx.store, user, ctx.query.set('expand')) satisfies Models.User };
    },
  },
  {
    // Queues the user is a member of (joined=true by default), limited to divisions the caller may view.
    method: 'GET',
    path: '/api/v2/users/:userId/queues',
    auth: 'user',
    permissions: { anyOf: [QUEUE_VIEW] },
    handler: (ctx) => {
      const user = ctx.store.user(ctx.principal.orgId, ctx.params.userId);
      if (!user) throw notFound();
      const page = readPageRequest(ctx.query, LIST_MAX_PAGE_SIZE);
      const joined = ctx.query.bool('joined') ?? true;
      const divisions = ctx.query.list('divisionId');
      const caller = ctx.principal.user;
      const memberships = ctx.store
        .memberships(user.id)
        .filter(
          (m) =>
            m.member.joined === joined &&
            (divisions.length === 0 || divisions.includes(m.queue.divisionId)) &&
            canSeeQueue(caller, m.queue),
        );
      return { json: buildUserQueueListing(ctx, memberships, page) };
    },
  },
];
