import type {
  EmulatorConversation,
  EmulatorData,
  EmulatorDivision,
  EmulatorQueue,
  EmulatorUser,
} from './emulator-data.types.js';

export type LatencySetting = { fixedMs: number } | { minMs: number; maxMs: number };

export interface ExtraQueueOption {
  name: string;
  /** Exact number of members (the org grows to at least this many users if needed). */
  members: number;
  divisionId?: string;
}

export interface EmulatorOptions {
  /** 0 = a random free port (default 0). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 42. */
  seed?: number;
  /** Users in the primary org, default 300 (minimum 20). */
  users?: number;
  /** Extra queues with exact member counts, e.g. 1000 members = exactly 10 pages of 100. */
  queues?: ExtraQueueOption[];
  latency?: LatencySetting;
  /** Requests per token per minute; undefined/0 = off. */
  rateLimitPerMinute?: number;
  /** Fault rules active from start-up (same as calling `faults.add` for each). */
  faults?: FaultRule[];
  /** Clock anchor for generated conversations and statuses (default: start-up time). */
  now?: Date;
}

export type FaultKind = 429 | 500 | 502 | 503 | 504 | 'reset' | 'hang';

export interface FaultRule {
  /** Upper-case HTTP method; any when absent. */
  method?: string;
  /**
   * Path without query string. A string is a glob: `*` = one path segment, `**` = anything,
   * e.g. `/api/v2/routing/queues/*\/members`. A RegExp is tested against the path.
   */
  path: string | RegExp;
  kind: FaultKind;
  /** How many matching requests get the fault (default 1, `Infinity` allowed). */
  times?: number;
  /** `Retry-After` seconds for 429 (default 1). */
  retryAfterSec?: number;
  /** Only requests whose token belongs to this user. */
  userId?: string;
}

export interface RequestLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Parsed query: a key sent once maps to its raw value (`'a,b'` stays one string), a repeated key to an array. */
  query: Record<string, string | string[]>;
  /** The token's user, when the token was valid (never the token itself). */
  userId?: string;
  orgId?: string;
  /** HTTP status; 0 when no response was sent (reset, hang). */
  status: number;
  durationMs: number;
  /** ISO-8601 time the request arrived. */
  timestamp: string;
  correlationId: string;
  /** The injected fault, when one was applied. */
  fault?: FaultKind;
}

export interface RequestLogFilter {
  /** Glob (same syntax as fault paths) or RegExp on the path. */
  pathPattern?: string | RegExp;
  userId?: string;
  method?: string;
}

/** A fixture user: the seeded record plus a non-expiring token for it. */
export type FixtureUser = EmulatorUser & { token: string };

export interface EmulatorFixtures {
  /** A normal agent: member of several queues (joined and not joined), conversations with and without AI summary. */
  agent: FixtureUser;
  /** Another agent in the same division and queues as `agent`. */
  secondAgent: FixtureUser;
  /** Has analytics:conversationDetail:view (sees every conversation of the org) and routing:queue:edit. */
  supervisor: FixtureUser;
  /** Lacks every routing:queue:* permission (403 on queue endpoints, /routing/queues/me still works). */
  noQueuePermission: FixtureUser;
  /** routing:queue:view in every division but the restricted one: 403 on `restrictedQueue`. */
  divisionRestricted: FixtureUser;
  /** More than 200 conversations in the 24 h before `now`. */
  busyAgent: FixtureUser;
  /** Holds no permission at all: 403 on every endpoint that needs one (summaries, analytics, search...). */
  noPermissions: FixtureUser;
  /** An agent of the other org. */
  otherOrgAgent: FixtureUser;
  /** About 10 members; every primary fixture user except `otherOrgAgent` is a member. */
  smallQueue: EmulatorQueue;
  /** floor(users / 2) members (5,000 at 10,000 users). */
  bigQueue: EmulatorQueue;
  /** In a division `divisionRestricted` has no routing:queue:view grant for. */
  restrictedQueue: EmulatorQueue;
  /** A queue of the other org (404 to primary-org tokens). */
  otherOrgQueue: EmulatorQueue;
  /** Ended conversation of `agent` with an AI summary. */
  withSummary: EmulatorConversation;
  /** Ended conversation of `agent` without an AI summary (summaries: 404). */
  withoutSummary: EmulatorConversation;
  /** Active conversation of `agent` (no endTime). */
  active: EmulatorConversation;
  /** A conversation of the other org (404 to primary-org tokens). */
  otherOrg: EmulatorConversation;
  /** A division of the primary org with several users (use `.id`). */
  division: EmulatorDivision;
  /** A token of `agent` that has already expired (401 credentials.expired). */
  expiredToken: string;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  data: EmulatorData;
  fixtures: EmulatorFixtures;
  /** Mints a token for a user (default expiry 24 h; 0 or negative = already expired). */
  tokenFor(userId: string, opts?: { expiresInSec?: number }): string;
  faults: { add(rule: FaultRule): void; clear(): void; list(): FaultRule[] };
  setLatency(latency: LatencySetting | undefined): void;
  setRateLimit(perMinute: number | undefined): void;
  requests: { list(filter?: RequestLogFilter): RequestLogEntry[]; reset(): void };
  /** Stops listening and ends every open connection, hung requests included. */
  close(): Promise<void>;
}
