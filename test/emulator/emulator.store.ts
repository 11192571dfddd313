import type {
  DivisionGrant,
  EmulatorConversation,
  EmulatorData,
  EmulatorDivision,
  EmulatorOrgData,
  EmulatorPresenceDefinition,
  EmulatorQueue,
  EmulatorQueueMember,
  EmulatorUser,
} from './emulator-data.types.js';
import { TokenStore } from './tokens.js';

export interface Membership {
  queue: EmulatorQueue;
  member: EmulatorQueueMember;
}

/** Per-queue counts the Queue model reports, computed once. */
export interface QueueCounts {
  memberCount: number;
  userMemberCount: number;
  joinedMemberCount: number;
}

/** Conversation with its times as epoch ms, for cheap interval and ordering checks. */
export interface IndexedConversation {
  conversation: EmulatorConversation;
  startMs: number;
  endMs?: number;
}

/**
 * The seeded data plus the indices every route needs, built once at start-up so that a request
 * costs a map lookup and a slice. Data is read-only after start-up.
 */
export class EmulatorStore {
  readonly tokens = new TokenStore();
  private readonly orgs = new Map<string, EmulatorOrgData>();
  private readonly users = new Map<string, EmulatorUser>();
  private readonly divisions = new Map<string, EmulatorDivision>();
  private readonly presenceDefinitions = new Map<string, EmulatorPresenceDefinition>();
  private readonly queues = new Map<string, EmulatorQueue>();
  private readonly queueCounts = new Map<string, QueueCounts>();
  private readonly membershipsByUser = new Map<string, Membership[]>();
  private readonly conversations = new Map<string, IndexedConversation>();
  private readonly conversationsByOrg = new Map<string, IndexedConversation[]>();
  private readonly conversationsByUser = new Map<string, IndexedConversation[]>();
  private readonly usersByOrgSorted = new Map<string, EmulatorUser[]>();
  private readonly queuesByOrgSorted = new Map<string, EmulatorQueue[]>();

  constructor(
    readonly data: EmulatorData,
    /** The emulated "now" at start-up (conversation anchor). */
    readonly nowAnchor: Date,
  ) {
    for (const org of [data.primary, data.other]) this.indexOrg(org);
  }

  private indexOrg(org: EmulatorOrgData): void {
    const orgId = org.organization.id;
    this.orgs.set(orgId, org);
    for (const d of org.divisions) this.divisions.set(d.id, d);
    for (const p of org.presenceDefinitions) this.presenceDefinitions.set(p.id, p);
    for (const u of org.users) this.users.set(u.id, u);
    this.usersByOrgSorted.set(orgId, org.users.slice().sort(byNameThenId));
    this.queuesByOrgSorted.set(orgId, org.queues.slice().sort(byNameThenId));
    for (const q of org.queues) {
      this.queues.set(q.id, q);
      let userMemberCount = 0;
      let joinedMemberCount = 0;
      for (const m of q.members) {
        if (m.memberBy === 'user') userMemberCount++;
        if (m.joined) joinedMemberCount++;
        let list = this.membershipsByUser.get(m.userId);
        if (!list) this.membershipsByUser.set(m.userId, (list = []));
        list.push({ queue: q, member: m });
      }
      this.queueCounts.set(q.id, { memberCount: q.members.length, userMemberCount, joinedMemberCount });
    }
    for (const list of this.membershipsByUser.values()) list.sort((a, b) => byNameThenId(a.queue, b.queue));
    const orgConversations: IndexedConversation[] = [];
    for (const c of org.conversations) {
      const ic: IndexedConversation = {
        conversation: c,
        startMs: Date.parse(c.startTime),
        ...(c.endTime ? { endMs: Date.parse(c.endTime) } : {}),
      };
      this.conversations.set(c.id, ic);
      orgConversations.push(ic);
      for (const p of c.participants) {
        if (!p.userId) continue;
        let list = this.conversationsByUser.get(p.userId);
        if (!list) this.conversationsByUser.set(p.userId, (list = []));
        if (list[list.length - 1] !== ic) list.push(ic);
      }
    }
    this.conversationsByOrg.set(orgId, orgConversations);
  }

  org(orgId: string): EmulatorOrgData | undefined {
    return this.orgs.get(orgId);
  }

  /** A user of that org, or undefined (other orgs' users do not exist for the caller). */
  user(orgId: string, userId: string): EmulatorUser | undefined {
    const u = this.users.get(userId);
    return u && u.orgId === orgId ? u : undefined;
  }

  /** Any org's user (token minting, request log). */
  anyUser(userId: string): EmulatorUser | undefined {
    return this.users.get(userId);
  }

  usersSorted(orgId: string): EmulatorUser[] {
    return this.usersByOrgSorted.get(orgId) ?? [];
  }

  division(divisionId: string): EmulatorDivision | undefined {
    return this.divisions.get(divisionId);
  }

  presenceDefinition(id: string): EmulatorPresenceDefinition | undefined {
    return this.presenceDefinitions.get(id);
  }

  queue(orgId: string, queueId: string): EmulatorQueue | undefined {
    const q = this.queues.get(queueId);
    return q && q.orgId === orgId ? q : undefined;
  }

  queuesSorted(orgId: string): EmulatorQueue[] {
    return this.queuesByOrgSorted.get(orgId) ?? [];
  }

  counts(queueId: string): QueueCounts {
    return this.queueCounts.get(queueId) ?? { memberCount: 0, userMemberCount: 0, joinedMemberCount: 0 };
  }

  /** The user's queue memberships sorted by queue name. */
  memberships(userId: string): Membership[] {
    return this.membershipsByUser.get(userId) ?? [];
  }

  conversation(orgId: string, conversationId: string): IndexedConversation | undefined {
    const c = this.conversations.get(conversationId);
    return c && c.conversation.orgId === orgId ? c : undefined;
  }

  /** Sorted by start ascending. */
  orgConversations(orgId: string): IndexedConversation[] {
    return this.conversationsByOrg.get(orgId) ?? [];
  }

  /** Conversations with the user as a participant, sorted by start ascending. */
  userConversations(userId: string): IndexedConversation[] {
    return this.conversationsByUser.get(userId) ?? [];
  }
}

function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether the user holds the permission in at least one division. */
export function hasPermission(user: EmulatorUser, permission: string): boolean {
  const grant = user.permissions[permission];
  return grant !== undefined && (grant === '*' || grant.length > 0);
}

/** Whether the user holds the permission in that division. */
export function hasPermissionIn(user: EmulatorUser, permission: string, divisionId: string): boolean {
  const grant: DivisionGrant | undefined = user.permissions[permission];
  return grant !== undefined && (grant === '*' || grant.includes(divisionId));
}
