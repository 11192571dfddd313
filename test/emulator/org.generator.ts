import { Prng } from './prng.js';
import type {
  DivisionGrant,
  EmulatorAiSummary,
  EmulatorConversation,
  EmulatorData,
  EmulatorDivision,
  EmulatorMediaType,
  EmulatorOrgData,
  EmulatorOrganization,
  EmulatorParticipant,
  EmulatorPresenceDefinition,
  EmulatorQueue,
  EmulatorQueueMember,
  EmulatorUser,
  EmulatorWrapupCode,
  RoutingStatusValue,
  SystemPresence,
} from './emulator-data.types.js';
import type { ExtraQueueOption } from './emulator.types.js';

/** Ids of the well-known records; tokens are added by the store. */
export interface FixtureIds {
  agent: string;
  secondAgent: string;
  supervisor: string;
  noQueuePermission: string;
  divisionRestricted: string;
  busyAgent: string;
  noPermissions: string;
  otherOrgAgent: string;
  smallQueue: string;
  bigQueue: string;
  restrictedQueue: string;
  otherOrgQueue: string;
  withSummary: string;
  withoutSummary: string;
  active: string;
  otherOrg: string;
  division: string;
}

export interface GenerateOptions {
  seed: number;
  users: number;
  extraQueues: readonly ExtraQueueOption[];
  now: Date;
}

export interface GeneratedOrgs {
  data: EmulatorData;
  fixtureIds: FixtureIds;
}

export const MIN_USERS = 20;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Permission sets of the seeded roles. */
const AGENT_PERMISSIONS: Record<string, DivisionGrant> = {
  'routing:queue:view': '*',
  'directory:user:view': '*',
  'conversation:communication:view': '*',
  'conversation:summary:view': '*',
  'analytics:agentConversationDetail:view': '*',
};
const SUPERVISOR_PERMISSIONS: Record<string, DivisionGrant> = {
  ...AGENT_PERMISSIONS,
  'analytics:conversationDetail:view': '*',
  'routing:queue:edit': '*',
  'routing:queueMember:manage': '*',
};

const FIRST_NAMES = [
  'Ava',
  'Liam',
  'Olivia',
  'Noah',
  'Emma',
  'Elijah',
  'Sophia',
  'Lucas',
  'Mia',
  'Mateo',
  'Amelia',
  'Levi',
  'Harper',
  'Ezra',
  'Evelyn',
  'Asher',
  'Aria',
  'Leo',
  'Chloe',
  'Kai',
  'Nora',
  'Omar',
  'Zoe',
  'Ravi',
  'Priya',
  'Hiro',
  'Yuki',
  'Ines',
  'Diego',
  'Lena',
  'Marta',
  'Tomas',
  'Fatima',
  'Amir',
  'Sara',
  'Jonas',
  'Elena',
  'Pablo',
  'Ingrid',
  'Kofi',
  'Ama',
  'Chen',
  'Mei',
  'Arjun',
  'Leila',
  'Nikolai',
  'Sofia',
  'Finn',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Nguyen',
  'Hill',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Carter',
  'Mitchell',
  'Roberts',
  'Patel',
  'Kim',
  'Silva',
  'Costa',
  'Novak',
  'Berg',
  'Haas',
  'Okafor',
  'Mensah',
  'Tanaka',
  'Sato',
  'Rossi',
  'Dubois',
  'Schmidt',
];
const QUEUE_AREAS = [
  'Sales',
  'Support',
  'Billing',
  'Claims',
  'Returns',
  'Onboarding',
  'Renewals',
  'Technical',
  'Retention',
  'Orders',
  'Accounts',
  'Shipping',
  'Warranty',
  'Partners',
  'VIP',
];
const QUEUE_SUFFIXES = [
  'Voice',
  'Chat',
  'Email',
  'Messaging',
  'Callback',
  'Priority',
  'Overflow',
  'Spanish',
  'French',
  'After Hours',
  'Tier 1',
  'Tier 3',
  'EMEA',
  'APAC',
];
const TITLES = ['Customer Service Agent', 'Senior Agent', 'Sales Representative', 'Support Specialist', 'Team Lead'];
const SKILLS = ['Billing', 'Technical', 'Sales', 'Retention', 'Claims', 'Shipping', 'VIP'];
const LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Japanese'];
const PROFILE_SKILLS = ['Negotiation', 'Troubleshooting', 'Product Expert', 'Mentoring', 'De-escalation'];
const WRAPUP_CODES = [
  'Resolved',
  'Follow-up Required',
  'Escalated',
  'Billing Question',
  'Technical Issue',
  'Order Status',
  'Cancellation',
  'No Answer',
];
const OFF_QUEUE_PRESENCES: readonly (readonly [SystemPresence, number])[] = [
  ['Available', 30],
  ['Busy', 15],
  ['Away', 15],
  ['Break', 10],
  ['Meal', 8],
  ['Meeting', 8],
  ['Training', 4],
  ['Offline', 10],
];
const ALL_PRESENCES: SystemPresence[] = [
  'Available',
  'Away',
  'Busy',
  'Offline',
  'Idle',
  'On Queue',
  'Meal',
  'Training',
  'Meeting',
  'Break',
];
const SUMMARY_TEMPLATES: readonly { text: string; reason: string; resolution: string; followup: string }[] = [
  {
    text: 'Customer called about a duplicate charge on the latest invoice. The agent verified the account, confirmed the duplicate and issued a refund.',
    reason: 'Duplicate charge on invoice',
    resolution: 'Refund issued for the duplicate charge',
    followup: 'Confirm the refund appears within 5 business days',
  },
  {
    text: 'Customer could not log in after a password reset. The agent unlocked the account and walked the customer through setting a new password.',
    reason: 'Account locked after password reset',
    resolution: 'Account unlocked and password changed',
    followup: 'None',
  },
  {
    text: 'Customer asked for the status of a delayed order. The agent found the shipment held at the depot and arranged redelivery.',
    reason: 'Delayed order',
    resolution: 'Redelivery scheduled',
    followup: 'Check delivery confirmation tomorrow',
  },
  {
    text: 'Customer wanted to cancel the subscription because of price. The agent offered a discounted plan, which the customer accepted.',
    reason: 'Cancellation request due to price',
    resolution: 'Customer retained on a discounted plan',
    followup: 'Send plan change confirmation e-mail',
  },
];

interface OrgSpec {
  key: 'primary' | 'other';
  name: string;
  domain: string;
  userCount: number;
  divisionNames: string[];
  restrictedDivisionName?: string;
  extraQueues: readonly ExtraQueueOption[];
}

type Role =
  | 'agent'
  | 'secondAgent'
  | 'supervisor'
  | 'noQueuePermission'
  | 'divisionRestricted'
  | 'busyAgent'
  | 'noPermissions'
  | 'otherOrgAgent'
  | 'generic';

const iso = (ms: number) => new Date(ms).toISOString();

class OrgBuilder {
  readonly org: EmulatorOrganization;
  readonly divisions: EmulatorDivision[] = [];
  readonly presenceDefinitions: EmulatorPresenceDefinition[];
  readonly wrapupCodes: EmulatorWrapupCode[];
  readonly users: EmulatorUser[] = [];
  readonly queues: EmulatorQueue[] = [];
  readonly conversations: EmulatorConversation[] = [];
  private readonly usedNames = new Set<string>();
  private readonly skillIds = new Map<string, string>();
  private readonly languageIds = new Map<string, string>();
  private readonly userById = new Map<string, EmulatorUser>();
  private readonly membershipsByUser = new Map<string, { queue: EmulatorQueue; member: EmulatorQueueMember }[]>();

  constructor(
    readonly spec: OrgSpec,
    private readonly rng: Prng,
    private readonly nowMs: number,
  ) {
    const meta = rng.fork('meta');
    const homeId = meta.uuid();
    this.org = {
      id: meta.uuid(),
      name: spec.name,
      domain: spec.domain,
      thirdPartyOrgName: spec.domain.split('.')[0],
      defaultLanguage: 'en-us',
      defaultCountryCode: 'US',
      version: 12,
      homeDivisionId: homeId,
    };
    this.divisions.push({
      id: homeId,
      orgId: this.org.id,
      name: 'Home',
      description: 'Home division',
      homeDivision: true,
    });
    for (const name of spec.divisionNames) {
      this.divisions.push({
        id: meta.uuid(),
        orgId: this.org.id,
        name,
        description: `${name} division`,
        homeDivision: false,
      });
    }
    this.presenceDefinitions = ALL_PRESENCES.map((systemPresence) => ({ id: meta.uuid(), systemPresence }));
    this.wrapupCodes = WRAPUP_CODES.map((name) => ({ id: meta.uuid(), name }));
    for (const s of SKILLS) this.skillIds.set(s, meta.uuid());
    for (const l of LANGUAGES) this.languageIds.set(l, meta.uuid());
  }

  division(name: string): EmulatorDivision {
    const d = this.divisions.find((x) => x.name === name);
    if (!d) throw new Error(`no division ${name}`);
    return d;
  }

  /** Resolves an extra queue's `divisionId` option given as a division id or name. */
  resolveDivision(idOrName: string | undefined): EmulatorDivision {
    if (!idOrName) return this.division('Home');
    const d = this.divisions.find((x) => x.id === idOrName || x.name.toLowerCase() === idOrName.toLowerCase());
    if (!d) throw new Error(`extra queue division '${idOrName}' is neither an id nor a name of a primary-org division`);
    return d;
  }

  private uniqueName(rng: Prng): { first: string; last: string; name: string } {
    for (let attempt = 0; ; attempt++) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      let name = `${first} ${last}`;
      if (attempt > 8) name = `${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`;
      if (attempt > 16) name = `${first} ${last} ${attempt}`;
      if (!this.usedNames.has(name)) {
        this.usedNames.add(name);
        return { first, last, name };
      }
    }
  }

  addUser(
    rng: Prng,
    role: Role,
    divisionId: string,
    overrides: Partial<Pick<EmulatorUser, 'routingStatus' | 'presence'>> = {},
  ): EmulatorUser {
    const id = rng.uuid();
    const { first, last, name } = this.uniqueName(rng);
    const n = this.users.length + 1;
    const emailLocal = `${first}.${last}${n}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    const email = `${emailLocal}@${this.spec.domain}`;
    const permissions = this.permissionsFor(role, rng);
    const status: RoutingStatusValue =
      overrides.routingStatus?.status ??
      rng.weighted<RoutingStatusValue>([
        ['OFF_QUEUE', 35],
        ['IDLE', 30],
        ['INTERACTING', 25],
        ['NOT_RESPONDING', 5],
        ['COMMUNICATING', 5],
      ]);
    const systemPresence: SystemPresence =
      overrides.presence?.systemPresence ?? (status === 'OFF_QUEUE' ? rng.weighted(OFF_QUEUE_PRESENCES) : 'On Queue');
    const presenceDefinitionId = this.presenceDefinitions.find((p) => p.systemPresence === systemPresence)!.id;
    const statusStart = this.nowMs - rng.int(1, 480) * MINUTE - rng.int(0, 59_999);
    const phoneNumbers: EmulatorUser['phoneNumbers'] = [
      {
        number: `+1317555${String(rng.int(0, 9999)).padStart(4, '0')}`,
        type: 'WORK',
        ...(rng.bool(0.3) ? { extension: String(rng.int(1000, 9999)) } : {}),
      },
    ];
    if (rng.bool(0.5))
      phoneNumbers.push({ number: `+1463555${String(rng.int(0, 9999)).padStart(4, '0')}`, type: 'MOBILE' });
    const skills = rng
      .shuffle(SKILLS)
      .slice(0, rng.int(1, 3))
      .map((s) => ({ id: this.skillIds.get(s)!, name: s, proficiency: rng.int(1, 5) }));
    const languages = ['English', ...rng.shuffle(LANGUAGES.slice(1)).slice(0, rng.int(0, 1))].map((l) => ({
      id: this.languageIds.get(l)!,
      name: l,
      proficiency: l === 'English' ? 5 : rng.int(2, 5),
    }));
    const user: EmulatorUser = {
      id,
      orgId: this.org.id,
      name,
      email,
      username: email,
      title: role === 'supervisor' ? 'Contact Center Supervisor' : rng.pick(TITLES),
      department: rng.pick(['Customer Care', 'Sales', 'Operations', 'Technical Support']),
      divisionId,
      state: 'active',
      phoneNumbers,
      permissions,
      routingStatus: {
        status,
        startTime: iso(
          overrides.routingStatus?.startTime ? Date.parse(overrides.routingStatus.startTime) : statusStart,
        ),
      },
      presence: {
        systemPresence,
        presenceDefinitionId,
        modifiedDate: overrides.presence?.modifiedDate ?? iso(statusStart),
      },
      skills,
      languages,
      profileSkills: rng.shuffle(PROFILE_SKILLS).slice(0, rng.int(0, 2)),
      jabberId: `${id.replace(/-/g, '').slice(0, 24)}@${this.spec.domain.split('.')[0]}.orgspan.com`,
      employeeId: `E${String(10000 + n)}`,
      dateHire: iso(this.nowMs - rng.int(30, 3000) * DAY).slice(0, 10),
      dateLastLogin: iso(this.nowMs - rng.int(1, 72) * HOUR),
      version: rng.int(1, 40),
    };
    this.users.push(user);
    this.userById.set(id, user);
    return user;
  }

  private permissionsFor(role: Role, rng: Prng): Record<string, DivisionGrant> {
    switch (role) {
      case 'supervisor':
        return { ...SUPERVISOR_PERMISSIONS };
      case 'noQueuePermission': {
        const p: Record<string, DivisionGrant> = { ...AGENT_PERMISSIONS };
        delete p['routing:queue:view'];
        return p;
      }
      case 'divisionRestricted': {
        const restricted = this.spec.restrictedDivisionName;
        return {
          ...AGENT_PERMISSIONS,
          'routing:queue:view': this.divisions.filter((d) => d.name !== restricted).map((d) => d.id),
        };
      }
      case 'noPermissions':
        return {};
      case 'generic':
        return rng.bool(0.1) ? { ...SUPERVISOR_PERMISSIONS } : { ...AGENT_PERMISSIONS };
      default:
        return { ...AGENT_PERMISSIONS };
    }
  }

  addQueue(rng: Prng, name: string, divisionId: string): EmulatorQueue {
    const created = this.nowMs - rng.int(60, 900) * DAY;
    const creator = this.users.length > 0 ? rng.pick(this.users).id : rng.uuid();
    const queue: EmulatorQueue = {
      id: rng.uuid(),
      orgId: this.org.id,
      name,
      divisionId,
      description: `${name} queue`,
      dateCreated: iso(created),
      dateModified: iso(created + rng.int(1, 50) * DAY),
      createdBy: creator,
      modifiedBy: creator,
      members: [],
    };
    this.queues.push(queue);
    return queue;
  }

  addMember(
    queue: EmulatorQueue,
    userId: string,
    member: Partial<Omit<EmulatorQueueMember, 'userId'>>,
    rng: Prng,
  ): void {
    if (queue.members.some((m) => m.userId === userId)) return;
    const m: EmulatorQueueMember = {
      userId,
      joined: member.joined ?? rng.bool(0.7),
      ringNumber:
        member.ringNumber ??
        rng.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const),
      memberBy: member.memberBy ?? (rng.bool(0.15) ? 'group' : 'user'),
    };
    queue.members.push(m);
    let list = this.membershipsByUser.get(userId);
    if (!list) this.membershipsByUser.set(userId, (list = []));
    list.push({ queue, member: m });
  }

  sortMembers(): void {
    for (const q of this.queues) {
      q.members.sort((a, b) => {
        const an = this.userById.get(a.userId)!.name;
        const bn = this.userById.get(b.userId)!.name;
        return an < bn ? -1 : an > bn ? 1 : a.userId < b.userId ? -1 : 1;
      });
    }
  }

  queuesOf(userId: string): EmulatorQueue[] {
    return (this.membershipsByUser.get(userId) ?? []).map((m) => m.queue);
  }

  addConversation(
    rng: Prng,
    agent: EmulatorUser,
    queue: EmulatorQueue,
    startMs: number,
    opts: { active?: boolean; summary?: boolean; mediaType?: EmulatorMediaType } = {},
  ): EmulatorConversation {
    const mediaType: EmulatorMediaType =
      opts.mediaType ??
      rng.weighted<EmulatorMediaType>([
        ['voice', 50],
        ['message', 20],
        ['chat', 15],
        ['email', 10],
        ['callback', 5],
      ]);
    const direction: 'inbound' | 'outbound' =
      mediaType === 'callback' ? 'outbound' : rng.bool(mediaType === 'voice' ? 0.85 : 0.95) ? 'inbound' : 'outbound';
    const customerFirst = rng.pick(FIRST_NAMES);
    const customerLast = rng.pick(LAST_NAMES);
    const customerName = `${customerFirst} ${customerLast}`;
    const phone = `+1${rng.int(200, 989)}555${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const customerAddress =
      mediaType === 'email'
        ? `${customerFirst}.${customerLast}@example.com`.toLowerCase()
        : mediaType === 'chat'
          ? customerName
          : `tel:${phone}`;
    const waitMs = rng.int(5, 120) * 1000;
    const alertMs = rng.int(2, 15) * 1000;
    const talkMs = rng.int(60, mediaType === 'email' ? 900 : 1200) * 1000;
    const acwSec = rng.int(10, 120);
    if (!opts.active) {
      // An ended conversation (wrap-up included) must be over before `now`.
      const total = waitMs + alertMs + talkMs + acwSec * 1000;
      if (startMs + total > this.nowMs - 5000) startMs = this.nowMs - 5000 - total;
    }
    const acdEnd = startMs + waitMs;
    const agentConnected = acdEnd + alertMs;
    const endMs = opts.active ? undefined : agentConnected + talkMs;
    const wrapupCode = rng.pick(this.wrapupCodes);
    const customer: EmulatorParticipant = {
      id: rng.uuid(),
      purpose: 'customer',
      name: customerName,
      startTime: iso(startMs),
      connectedTime: iso(startMs),
      ...(endMs !== undefined ? { endTime: iso(endMs) } : {}),
      address: customerAddress,
      sessionId: rng.uuid(),
    };
    const acd: EmulatorParticipant = {
      id: rng.uuid(),
      purpose: 'acd',
      name: queue.name,
      queueId: queue.id,
      startTime: iso(startMs),
      connectedTime: iso(startMs),
      endTime: iso(acdEnd),
      sessionId: rng.uuid(),
    };
    const agentLeg: EmulatorParticipant = {
      id: rng.uuid(),
      purpose: 'agent',
      name: agent.name,
      userId: agent.id,
      queueId: queue.id,
      startTime: iso(acdEnd),
      connectedTime: iso(agentConnected),
      ...(endMs !== undefined
        ? {
            endTime: iso(endMs),
            wrapup: {
              code: wrapupCode.id,
              name: wrapupCode.name,
              ...(rng.bool(0.5) ? { notes: `Handled: ${wrapupCode.name.toLowerCase()}` } : {}),
              durationSeconds: acwSec,
              endTime: iso(endMs + acwSec * 1000),
            },
          }
        : {}),
      sessionId: rng.uuid(),
    };
    const conversation: EmulatorConversation = {
      id: rng.uuid(),
      orgId: this.org.id,
      mediaType,
      direction,
      divisionId: queue.divisionId,
      queueId: queue.id,
      agentUserId: agent.id,
      startTime: iso(startMs),
      ...(endMs !== undefined ? { endTime: iso(endMs) } : {}),
      participants: [customer, acd, agentLeg],
    };
    const withSummary = opts.summary ?? (endMs !== undefined && rng.bool(0.6));
    if (withSummary && endMs !== undefined) conversation.summary = this.makeSummary(rng, endMs, wrapupCode);
    this.conversations.push(conversation);
    return conversation;
  }

  private makeSummary(rng: Prng, endMs: number, wrapupCode: EmulatorWrapupCode): EmulatorAiSummary {
    const t = rng.pick(SUMMARY_TEMPLATES);
    return {
      id: rng.uuid(),
      text: t.text,
      confidence: Math.round((0.7 + rng.next() * 0.29) * 100) / 100,
      status: 'Completed',
      language: 'en-US',
      reason: t.reason,
      resolution: t.resolution,
      followup: t.followup,
      predictedWrapupCode: wrapupCode,
      dateCreated: iso(endMs + rng.int(5, 60) * 1000),
    };
  }

  result(): EmulatorOrgData {
    this.sortMembers();
    this.conversations.sort((a, b) =>
      a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : a.id < b.id ? -1 : 1,
    );
    return {
      organization: this.org,
      divisions: this.divisions,
      presenceDefinitions: this.presenceDefinitions,
      wrapupCodes: this.wrapupCodes,
      users: this.users,
      queues: this.queues,
      conversations: this.conversations,
    };
  }
}

/** Regular queue names, unique, deterministic. */
function queueNames(rng: Prng, count: number, taken: Set<string>): string[] {
  const all: string[] = [];
  for (const a of QUEUE_AREAS) for (const s of QUEUE_SUFFIXES) all.push(`${a} ${s}`);
  const names = rng.shuffle(all).filter((n) => !taken.has(n));
  const out = names.slice(0, count);
  for (let i = out.length; i < count; i++) out.push(`Queue ${i + 1}`);
  return out;
}

function addRandomConversations(
  b: OrgBuilder,
  rng: Prng,
  user: EmulatorUser,
  count: number,
  spanMs: number,
  nowMs: number,
): void {
  const queues = b.queuesOf(user.id);
  if (queues.length === 0) return;
  for (let i = 0; i < count; i++) {
    const start = nowMs - rng.int(30 * MINUTE, spanMs);
    b.addConversation(rng, user, rng.pick(queues), start);
  }
}

function generatePrimary(root: Prng, users: number, extraQueues: readonly ExtraQueueOption[], nowMs: number) {
  const b = new OrgBuilder(
    {
      key: 'primary',
      name: 'Emulated Contact Center',
      domain: 'emulated-cc.example.com',
      userCount: users,
      divisionNames: ['Sales', 'Support', 'Back Office', 'Restricted Operations'],
      restrictedDivisionName: 'Restricted Operations',
      extraQueues,
    },
    root.fork('primary'),
    nowMs,
  );
  const fx = root.fork('primary-fixtures');
  const gen = root.fork('primary-generic');
  const home = b.division('Home').id;
  const support = b.division('Support');
  const restricted = b.division('Restricted Operations');
  const at = (minAgo: number) => iso(nowMs - minAgo * MINUTE);

  // Fixture users first, from their own stream: their ids do not depend on the org size.
  const agent = b.addUser(fx, 'agent', home, {
    routingStatus: { status: 'IDLE', startTime: at(12) },
    presence: { systemPresence: 'On Queue', presenceDefinitionId: '', modifiedDate: at(12) },
  });
  const secondAgent = b.addUser(fx, 'secondAgent', home, {
    routingStatus: { status: 'OFF_QUEUE', startTime: at(40) },
    presence: { systemPresence: 'Available', presenceDefinitionId: '', modifiedDate: at(40) },
  });
  const supervisor = b.addUser(fx, 'supervisor', home, {
    routingStatus: { status: 'OFF_QUEUE', startTime: at(95) },
    presence: { systemPresence: 'Busy', presenceDefinitionId: '', modifiedDate: at(95) },
  });
  const noQueuePermission = b.addUser(fx, 'noQueuePermission', home);
  const divisionRestricted = b.addUser(fx, 'divisionRestricted', home);
  const busyAgent = b.addUser(fx, 'busyAgent', home, {
    routingStatus: { status: 'INTERACTING', startTime: at(3) },
    presence: { systemPresence: 'On Queue', presenceDefinitionId: '', modifiedDate: at(300) },
  });
  const noPermissions = b.addUser(fx, 'noPermissions', home);
  const fixtureUsers = [
    agent,
    secondAgent,
    supervisor,
    noQueuePermission,
    divisionRestricted,
    busyAgent,
    noPermissions,
  ];

  const divisionWeights = [
    [b.division('Home').id, 30],
    [b.division('Sales').id, 25],
    [support.id, 25],
    [b.division('Back Office').id, 15],
    [restricted.id, 5],
  ] as const;
  const supervisors: EmulatorUser[] = [];
  const generic: EmulatorUser[] = [];
  for (let i = fixtureUsers.length; i < users; i++) {
    const u = b.addUser(gen, 'generic', gen.weighted(divisionWeights));
    generic.push(u);
    if (u.permissions['analytics:conversationDetail:view']) supervisors.push(u);
  }
  for (const u of generic) {
    const sameDivision = supervisors.filter((s) => s.divisionId === u.divisionId && s.id !== u.id);
    if (sameDivision.length > 0 && !u.permissions['analytics:conversationDetail:view'])
      u.managerId = gen.pick(sameDivision).id;
  }
  for (const u of [agent, secondAgent, busyAgent, noQueuePermission, divisionRestricted, noPermissions])
    u.managerId = supervisor.id;

  // Queues.
  const smallQueue = b.addQueue(fx, 'Tier 2 Escalations', home);
  const bigQueue = b.addQueue(fx, 'General Support', support.id);
  const restrictedQueue = b.addQueue(fx, 'Executive Escalations', restricted.id);
  const regularDivisions = b.divisions.filter((d) => d.id !== restricted.id).map((d) => d.id);
  const taken = new Set([smallQueue.name, bigQueue.name, restrictedQueue.name, ...extraQueues.map((q) => q.name)]);
  const regularCount = Math.max(6, Math.min(200, Math.round(users / 25)));
  const regular = queueNames(gen, regularCount, taken).map((name) => b.addQueue(gen, name, gen.pick(regularDivisions)));
  const extra = extraQueues.map((q) => b.addQueue(gen, q.name, b.resolveDivision(q.divisionId).id));

  // Fixture memberships (spelled out so tests can rely on them).
  const m = (q: EmulatorQueue, u: EmulatorUser, joined: boolean, memberBy: 'user' | 'group' = 'user', ringNumber = 1) =>
    b.addMember(q, u.id, { joined, memberBy, ringNumber }, fx);
  m(smallQueue, agent, true);
  m(smallQueue, secondAgent, true);
  m(smallQueue, supervisor, false, 'user', 2);
  m(smallQueue, noQueuePermission, true);
  m(smallQueue, divisionRestricted, true, 'group');
  m(smallQueue, busyAgent, true);
  m(smallQueue, noPermissions, false, 'group', 3);
  m(bigQueue, agent, true);
  m(bigQueue, secondAgent, true, 'user', 2);
  m(bigQueue, busyAgent, true);
  m(regular[0], agent, true);
  m(regular[1], agent, false);
  m(restrictedQueue, agent, false, 'user', 2);
  m(regular[0], secondAgent, false);
  m(regular[2], busyAgent, true);
  m(regular[0], supervisor, true);
  m(regular[1], noQueuePermission, true);
  m(regular[3], divisionRestricted, false);

  // Generic memberships.
  const shuffled = gen.shuffle(generic);
  for (const u of shuffled.slice(0, 3)) b.addMember(smallQueue, u.id, {}, gen);
  const bigTarget = Math.floor(users / 2);
  for (const u of shuffled) {
    if (bigQueue.members.length >= bigTarget) break;
    b.addMember(bigQueue, u.id, {}, gen);
  }
  const restrictedPool = generic.filter((u) => u.divisionId === restricted.id);
  for (const u of (restrictedPool.length >= 4 ? restrictedPool : generic).slice(0, 6))
    b.addMember(restrictedQueue, u.id, {}, gen);
  const maxRegular = Math.min(60, Math.max(5, Math.floor(users / 5)));
  for (const q of regular) {
    const size = gen.int(3, maxRegular);
    const start = gen.int(0, Math.max(0, generic.length - size));
    for (const u of generic.slice(start, start + size)) b.addMember(q, u.id, {}, gen);
  }
  const everyone = b.users;
  for (let i = 0; i < extra.length; i++) {
    const want = extraQueues[i].members;
    const pool = gen.shuffle(everyone);
    for (const u of pool.slice(0, want)) b.addMember(extra[i], u.id, {}, gen);
  }

  // Conversations: fixture ones from the fixture stream, the rest from a third stream.
  const cx = root.fork('primary-conversations');
  const withSummary = b.addConversation(fx, agent, smallQueue, nowMs - 2 * HOUR, { summary: true, mediaType: 'voice' });
  const withoutSummary = b.addConversation(fx, agent, bigQueue, nowMs - 3 * HOUR, {
    summary: false,
    mediaType: 'message',
  });
  const active = b.addConversation(fx, agent, smallQueue, nowMs - 4 * MINUTE, { active: true, mediaType: 'voice' });
  for (let i = 0; i < 12; i++)
    b.addConversation(
      fx,
      agent,
      fx.pick(b.queuesOf(agent.id).filter((q) => q !== restrictedQueue)),
      nowMs - fx.int(20 * MINUTE, 23 * HOUR),
    );
  for (let i = 0; i < 18; i++)
    b.addConversation(fx, agent, fx.pick([smallQueue, bigQueue, regular[0]]), nowMs - fx.int(DAY + HOUR, 7 * DAY));
  for (let i = 0; i < 8; i++)
    b.addConversation(fx, secondAgent, fx.pick([smallQueue, bigQueue]), nowMs - fx.int(30 * MINUTE, 7 * DAY));
  // busyAgent: 230 conversations, one every ~6 minutes over the last 23 hours.
  for (let i = 0; i < 230; i++) {
    b.addConversation(
      fx,
      busyAgent,
      fx.pick([smallQueue, bigQueue, regular[2]]),
      nowMs - (10 * MINUTE + i * 6 * MINUTE) - fx.int(0, 50_000),
      {
        mediaType: fx.pick(['voice', 'message', 'chat'] as const),
      },
    );
  }
  for (const u of [supervisor, noQueuePermission, divisionRestricted, noPermissions])
    addRandomConversations(b, fx, u, 2, 7 * DAY, nowMs);
  for (const u of generic)
    addRandomConversations(
      b,
      cx,
      u,
      cx.weighted([
        [0, 40],
        [1, 35],
        [2, 20],
        [3, 5],
      ] as const),
      7 * DAY,
      nowMs,
    );

  const fixtures = {
    agent: agent.id,
    secondAgent: secondAgent.id,
    supervisor: supervisor.id,
    noQueuePermission: noQueuePermission.id,
    divisionRestricted: divisionRestricted.id,
    busyAgent: busyAgent.id,
    noPermissions: noPermissions.id,
    smallQueue: smallQueue.id,
    bigQueue: bigQueue.id,
    restrictedQueue: restrictedQueue.id,
    withSummary: withSummary.id,
    withoutSummary: withoutSummary.id,
    active: active.id,
    division: support.id,
  };
  return { org: b.result(), fixtures };
}

function generateOther(root: Prng, nowMs: number) {
  const b = new OrgBuilder(
    {
      key: 'other',
      name: 'Other Tenant Inc',
      domain: 'other-tenant.example.com',
      userCount: 20,
      divisionNames: ['Operations'],
      extraQueues: [],
    },
    root.fork('other'),
    nowMs,
  );
  const rng = root.fork('other-data');
  const home = b.division('Home').id;
  const agent = b.addUser(rng, 'otherOrgAgent', home, {
    routingStatus: { status: 'IDLE', startTime: iso(nowMs - 20 * MINUTE) },
    presence: { systemPresence: 'On Queue', presenceDefinitionId: '', modifiedDate: iso(nowMs - 20 * MINUTE) },
  });
  const users = [agent];
  for (let i = 1; i < 20; i++) users.push(b.addUser(rng, 'generic', rng.pick(b.divisions).id));
  const otherOrgQueue = b.addQueue(rng, 'Other Tenant Support', home);
  const q2 = b.addQueue(rng, 'Other Tenant Sales', b.division('Operations').id);
  b.addMember(otherOrgQueue, agent.id, { joined: true, memberBy: 'user' }, rng);
  for (const u of users.slice(1, 12)) b.addMember(otherOrgQueue, u.id, {}, rng);
  for (const u of users.slice(8)) b.addMember(q2, u.id, {}, rng);
  const otherOrg = b.addConversation(rng, agent, otherOrgQueue, nowMs - 90 * MINUTE, {
    summary: true,
    mediaType: 'voice',
  });
  for (let i = 0; i < 4; i++) b.addConversation(rng, agent, otherOrgQueue, nowMs - rng.int(HOUR, 3 * DAY));
  for (const u of users.slice(1)) addRandomConversations(b, rng, u, rng.int(0, 2), 7 * DAY, nowMs);
  return {
    org: b.result(),
    fixtures: { otherOrgAgent: agent.id, otherOrgQueue: otherOrgQueue.id, otherOrg: otherOrg.id },
  };
}

/** Builds both orgs from a seed. Same inputs, same output, byte for byte. */
export function generateOrgs(options: GenerateOptions): GeneratedOrgs {
  const root = new Prng(options.seed);
  const maxExtra = options.extraQueues.reduce((max, q) => Math.max(max, q.members), 0);
  const users = Math.max(MIN_USERS, Math.floor(options.users), maxExtra);
  const nowMs = options.now.getTime();
  const primary = generatePrimary(root, users, options.extraQueues, nowMs);
  const other = generateOther(root, nowMs);
  return {
    data: { primary: primary.org, other: other.org },
    fixtureIds: { ...primary.fixtures, ...other.fixtures },
  };
}
