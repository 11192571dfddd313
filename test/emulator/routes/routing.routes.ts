import type { Models } from 'purecloud-platform-client-v2';
import { assertCanSeeQueue, canSeeQueue, QUEUE_MEMBER_PERMISSIONS, QUEUE_VIEW } from '../access.js';
import { buildQueue, buildQueueMember, buildUserQueueListing } from '../builders/queue.builder.js';
import type { EmulatorQueue, EmulatorUser } from '../emulator-data.types.js';
import { notFound } from '../errors.js';
import { noTotalsPage, pageNumberPage, readPageRequest } from '../paging.js';
import type { RouteDefinition, UserRouteContext } from '../router.js';
import { LIST_MAX_PAGE_SIZE } from './users.routes.js';

/** Queue members page size maximum: documented as 100; larger is a 400 (the doc leaves 400-vs-clamp UNVERIFIED). */
export const MEMBERS_MAX_PAGE_SIZE = 100;

/** `Sup*`, `*port`, `*upp*` (leading/trailing asterisks); without asterisks an exact, case-insensitive match. */
function nameMatcher(pattern: string): (name: string) => boolean {
  const p = pattern.toLowerCase();
  const lead = p.startsWith('*');
  const trail = p.endsWith('*') && p.length > 1;
  const core = p.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (lead && trail) return (n) => n.toLowerCase().includes(core);
  if (lead) return (n) => n.toLowerCase().endsWith(core);
  if (trail) return (n) => n.toLowerCase().startsWith(core);
  return (n) => n.toLowerCase() === core;
}

/** Presence filter values compared without case, spaces or underscores: `On Queue` = `ON_QUEUE` = `OnQueue`. */
const presenceKey = (s: string) => s.replace(/[\s_]/g, '').toLowerCase();

function memberFilter(q: EmulatorQueue, ctx: UserRouteContext) {
  const joined = ctx.query.bool('joined');
  const name = ctx.query.first('name')?.toLowerCase();
  const statuses = new Set(ctx.query.list('routingStatus').map((s) => s.toUpperCase()));
  const presences = new Set(ctx.query.list('presence').map(presenceKey));
  const memberBy = ctx.query.oneOf('memberBy', ['user', 'group']);
  const skills = ctx.query.list('skills').map((s) => s.toLowerCase());
  const languages = ctx.query.list('languages').map((s) => s.toLowerCase());
  const profileSkills = ctx.query.list('profileSkills').map((s) => s.toLowerCase());
  const containsAny = (have: readonly string[], want: readonly string[]) =>
    want.length === 0 || want.some((w) => have.some((h) => h.toLowerCase().includes(w)));
  const noFilter =
    joined === undefined &&
    !name &&
    statuses.size === 0 &&
    presences.size === 0 &&
    !memberBy &&
    skills.length + languages.length + profileSkills.length === 0;
  if (noFilter) return q.members;
  return q.members.filter((m) => {
    if (joined !== undefined && m.joined !== joined) return false;
    if (memberBy && m.memberBy !== memberBy) return false;
    const u: EmulatorUser = ctx.store.user(q.orgId, m.userId)!;
    if (name && !u.name.toLowerCase().includes(name)) return false;
    if (statuses.size > 0 && !statuses.has(u.routingStatus.status)) return false;
    if (presences.size > 0 && !presences.has(presenceKey(u.presence.systemPresence))) return false;
    if (
      !containsAny(
        u.skills.map((s) => s.name),
        skills,
      )
    )
      return false;
    if (
      !containsAny(
        u.languages.map((s) => s.name),
        languages,
      )
    )
      return false;
    return containsAny(u.profileSkills, profileSkills);
  });
}

export const routingRoutes: RouteDefinition[] = [
  {
    // Queues of the caller's org in divisions the caller holds routing:queue:view for, sorted by name.
    method: 'GET',
    path: '/api/v2/routing/queues',
    auth: 'user',
    permissions: { anyOf: [QUEUE_VIEW] },
    handler: (ctx) => {
      const page = readPageRequest(ctx.query, LIST_MAX_PAGE_SIZE);
      const sortOrder = ctx.query.oneOf('sortOrder', ['asc', 'desc', 'ascending', 'descending']) ?? 'asc';
      const name = ctx.query.first('name');
      const ids = ctx.query.list('id');
      const divisions = ctx.query.list('divisionId');
      const hasPeer = ctx.query.bool('hasPeer');
      const peerIds = ctx.query.list('peerId');
      const match = name ? nameMatcher(name) : undefined;
      const caller = ctx.principal.user;
      let queues = ctx.store.queuesSorted(ctx.principal.orgId).filter(
        (q) =>
          canSeeQueue(caller, q) &&
          (!match || match(q.name)) &&
          (ids.length === 0 || ids.includes(q.id)) &&
          (divisions.length === 0 || divisions.includes(q.divisionId)) &&
          // No seeded queue has a peer.
          hasPeer !== true &&
          peerIds.length === 0,
      );
      if (sortOrder.startsWith('desc')) queues = queues.slice().reverse();
      const { slice, block } = pageNumberPage(queues, page, ctx.path, ctx.query);
      return {
        json: { entities: slice.map((q) => buildQueue(ctx.store, q)), ...block } satisfies Models.QueueEntityListing,
      };
    },
  },
  {
    // The caller's own queues; no permission needed. `joined` filters when given (both when omitted).
    method: 'GET',
    path: '/api/v2/routing/queues/me',
    auth: 'user',
    handler: (ctx) => {
      const page = readPageRequest(ctx.query, LIST_MAX_PAGE_SIZE);
      const joined = ctx.query.bool('joined');
      const sortOrder = ctx.query.oneOf('sortOrder', ['asc', 'desc', 'ascending', 'descending']) ?? 'asc';
      let memberships = ctx.store
        .memberships(ctx.principal.user.id)
        .filter((m) => joined === undefined || m.member.joined === joined);
      if (sortOrder.startsWith('desc')) memberships = memberships.slice().reverse();
      return { json: buildUserQueueListing(ctx, memberships, page) };
    },
  },
  {
    method: 'GET',
    path: '/api/v2/routing/queues/:queueId',
    auth: 'user',
    permissions: { anyOf: [QUEUE_VIEW] },
    handler: (ctx) => {
      const q = ctx.store.queue(ctx.principal.orgId, ctx.params.queueId);
      if (!q) throw notFound();
      assertCanSeeQueue(ctx.principal.user, q);
      return { json: buildQueue(ctx.store, q) satisfies Models.Queue };
    },
  },
  {
    // No total/pageCount/lastUri; nextUri absent on the last page.
    method: 'GET',
    path: '/api/v2/routing/queues/:queueId/members',
    auth: 'user',
    permissions: { anyOf: QUEUE_MEMBER_PERMISSIONS },
    handler: (ctx) => {
      const q = ctx.store.queue(ctx.principal.orgId, ctx.params.queueId);
      if (!q) throw notFound();
      assertCanSeeQueue(ctx.principal.user, q, QUEUE_MEMBER_PERMISSIONS);
      const page = readPageRequest(ctx.query, MEMBERS_MAX_PAGE_SIZE);
      const sortOrder = ctx.query.oneOf('sortOrder', ['asc', 'desc', 'ascending', 'descending']) ?? 'asc';
      let members = memberFilter(q, ctx);
      if (sortOrder.startsWith('desc')) members = members.slice().reverse();
      const expand = ctx.query.set('expand');
      const { slice, block } = noTotalsPage(members, page, ctx.path, ctx.query);
      return {
        json: {
          entities: slice.map((m) => buildQueueMember(ctx.store, q, m, expand)),
          ...block,
        } satisfies Models.QueueMemberEntityListing,
      };
    },
  },
];
