import type { Models } from 'purecloud-platform-client-v2';
import type { EmulatorQueue, EmulatorQueueMember } from '../emulator-data.types.js';
import type { EmulatorStore, Membership } from '../emulator.store.js';
import { type PageRequest, pageNumberPage } from '../paging.js';
import type { RouteContext } from '../router.js';
import { divisionRef, queueUri, userUri } from './refs.builder.js';
import { buildRoutingStatus, buildUser } from './user.builder.js';

/** The fields `Queue` and `UserQueue` share (UserQueue has no `autoAnswerOnly`, so it is left out of both). */
type QueueBase = Omit<Models.UserQueue, 'joined'>;

const baseCache = new WeakMap<EmulatorQueue, QueueBase>();

const mediaSetting = (alertingTimeoutSeconds: number, durationMs: number) => ({
  enableAutoAnswer: false,
  alertingTimeoutSeconds,
  serviceLevel: { percentage: 0.8, durationMs },
  autoAnswerAlertToneSeconds: 0,
  manualAnswerAlertToneSeconds: 0,
});

function queueBase(store: EmulatorStore, q: EmulatorQueue): QueueBase {
  let cached = baseCache.get(q);
  if (!cached) {
    const counts = store.counts(q.id);
    cached = {
      id: q.id,
      name: q.name,
      division: divisionRef(store, q.divisionId),
      description: q.description,
      dateCreated: q.dateCreated,
      dateModified: q.dateModified,
      modifiedBy: q.modifiedBy,
      createdBy: q.createdBy,
      memberCount: counts.memberCount,
      userMemberCount: counts.userMemberCount,
      joinedMemberCount: counts.joinedMemberCount,
      mediaSettings: {
        call: mediaSetting(8, 20_000),
        callback: { ...mediaSetting(30, 20_000), mode: 'AgentFirst', enableAutoDialAndEnd: false },
        chat: mediaSetting(30, 20_000),
        email: mediaSetting(300, 86_400_000),
        message: mediaSetting(30, 20_000),
      },
      routingRules: [],
      acwSettings: { wrapupPrompt: 'OPTIONAL' },
      skillEvaluationMethod: 'BEST',
      scoringMethod: 'TimestampAndPriority',
      lastAgentRoutingMode: 'Disabled',
      enableTranscription: false,
      enableAudioMonitoring: false,
      enableManualAssignment: false,
      suppressInQueueCallRecording: true,
      selfUri: queueUri(q.id),
    } satisfies QueueBase;
    baseCache.set(q, cached);
  }
  return cached;
}

export function buildQueue(store: EmulatorStore, q: EmulatorQueue): Models.Queue {
  return queueBase(store, q) satisfies Models.Queue;
}

export function buildUserQueue(store: EmulatorStore, q: EmulatorQueue, joined: boolean): Models.UserQueue {
  return { ...queueBase(store, q), joined } satisfies Models.UserQueue;
}

/**
 * A queue member. `routingStatus` sits on the member (expand=routingStatus); presence is only on
 * `user.presence` (expand=presence) - QueueMember has no top-level presence field.
 */
export function buildQueueMember(
  store: EmulatorStore,
  q: EmulatorQueue,
  m: EmulatorQueueMember,
  expand: ReadonlySet<string>,
): Models.QueueMember {
  const user = store.user(q.orgId, m.userId)!;
  const userExpand = expand.has('routingstatus') ? withoutRoutingStatus(expand) : expand;
  const member: Models.QueueMember = {
    id: user.id,
    name: user.name,
    user: buildUser(store, user, userExpand),
    ringNumber: m.ringNumber,
    joined: m.joined,
    memberBy: m.memberBy,
    selfUri: userUri(user.id),
  } satisfies Models.QueueMember;
  if (expand.has('routingstatus')) member.routingStatus = buildRoutingStatus(user);
  return member;
}

const noRoutingStatusCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function withoutRoutingStatus(expand: ReadonlySet<string>): ReadonlySet<string> {
  let s = noRoutingStatusCache.get(expand);
  if (!s) {
    const copy = new Set(expand);
    copy.delete('routingstatus');
    noRoutingStatusCache.set(expand, (s = copy));
  }
  return s;
}

/** One page of a user's queue memberships (`/routing/queues/me`, `/users/{id}/queues`). */
export function buildUserQueueListing(
  ctx: RouteContext,
  memberships: readonly Membership[],
  page: PageRequest,
): Models.UserQueueEntityListing {
  const { slice, block } = pageNumberPage(memberships, page, ctx.path, ctx.query);
  return { entities: slice.map((m) => buildUserQueue(ctx.store, m.queue, m.member.joined)), ...block };
}
