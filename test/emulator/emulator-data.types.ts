/**
 * The seeded orgs as plain records. These are the emulator's source of truth: responses are
 * built from them on request, and tests read them to compute expected answers.
 * All timestamps are ISO-8601 UTC strings with milliseconds.
 */

/** Divisions a permission is granted in: `'*'` = every division of the user's org. */
export type DivisionGrant = '*' | readonly string[];

export type RoutingStatusValue = 'OFF_QUEUE' | 'IDLE' | 'INTERACTING' | 'NOT_RESPONDING' | 'COMMUNICATING';

/** Title-case system presences, as REST presence payloads carry them. */
export type SystemPresence =
  'Available' | 'Away' | 'Busy' | 'Offline' | 'Idle' | 'On Queue' | 'Meal' | 'Training' | 'Meeting' | 'Break';

/** Analytics media types (session `mediaType`). */
export type EmulatorMediaType = 'voice' | 'chat' | 'email' | 'message' | 'callback';

export interface EmulatorOrganization {
  id: string;
  name: string;
  domain: string;
  thirdPartyOrgName: string;
  defaultLanguage: string;
  defaultCountryCode: string;
  version: number;
  homeDivisionId: string;
}

export interface EmulatorDivision {
  id: string;
  orgId: string;
  name: string;
  description: string;
  homeDivision: boolean;
}

export interface EmulatorPresenceDefinition {
  id: string;
  systemPresence: SystemPresence;
}

export interface EmulatorPhoneNumber {
  /** E.164, e.g. `+13175550123` */
  number: string;
  type: 'WORK' | 'MOBILE';
  extension?: string;
}

export interface EmulatorSkill {
  id: string;
  name: string;
  proficiency: number;
}

export interface EmulatorUser {
  id: string;
  orgId: string;
  name: string;
  email: string;
  username: string;
  title: string;
  department: string;
  divisionId: string;
  state: 'active';
  phoneNumbers: EmulatorPhoneNumber[];
  /** permission name -> divisions it is granted in. A permission absent here is not held. */
  permissions: Record<string, DivisionGrant>;
  routingStatus: { status: RoutingStatusValue; startTime: string };
  presence: { systemPresence: SystemPresence; presenceDefinitionId: string; modifiedDate: string; message?: string };
  skills: EmulatorSkill[];
  languages: EmulatorSkill[];
  profileSkills: string[];
  managerId?: string;
  jabberId: string;
  employeeId: string;
  dateHire: string;
  dateLastLogin: string;
  version: number;
}

export interface EmulatorQueueMember {
  userId: string;
  joined: boolean;
  /** Bullseye ring, 1..6 */
  ringNumber: number;
  memberBy: 'user' | 'group';
}

export interface EmulatorQueue {
  id: string;
  orgId: string;
  name: string;
  divisionId: string;
  description: string;
  dateCreated: string;
  dateModified: string;
  createdBy: string;
  modifiedBy: string;
  /** Sorted by the member's user name (ascending), the order the members endpoint serves. */
  members: EmulatorQueueMember[];
}

export interface EmulatorWrapupCode {
  id: string;
  name: string;
}

export interface EmulatorWrapup {
  code: string;
  name: string;
  notes?: string;
  durationSeconds: number;
  endTime: string;
}

export interface EmulatorParticipant {
  id: string;
  purpose: 'customer' | 'acd' | 'agent';
  name: string;
  userId?: string;
  queueId?: string;
  startTime: string;
  /** Absent while the participant is still connected. */
  endTime?: string;
  connectedTime?: string;
  /** Caller/customer address (`tel:+1...`, e-mail address, ...) */
  address?: string;
  /** Id of this participant's media item (call/chat/...), also the analytics `sessionId`. */
  sessionId: string;
  wrapup?: EmulatorWrapup;
}

export interface EmulatorAiSummary {
  id: string;
  text: string;
  confidence: number;
  status: 'Completed';
  language: string;
  reason: string;
  resolution: string;
  followup: string;
  predictedWrapupCode: EmulatorWrapupCode;
  dateCreated: string;
}

export interface EmulatorConversation {
  id: string;
  orgId: string;
  mediaType: EmulatorMediaType;
  direction: 'inbound' | 'outbound';
  /** Division of the conversation (the queue's division). */
  divisionId: string;
  queueId: string;
  /** The agent who handled it. */
  agentUserId: string;
  startTime: string;
  /** Absent while active. */
  endTime?: string;
  externalTag?: string;
  /** customer, acd, agent - in that order */
  participants: EmulatorParticipant[];
  /** AI summary, or absent (the summaries endpoint answers 404 then). */
  summary?: EmulatorAiSummary;
}

export interface EmulatorOrgData {
  organization: EmulatorOrganization;
  divisions: EmulatorDivision[];
  presenceDefinitions: EmulatorPresenceDefinition[];
  wrapupCodes: EmulatorWrapupCode[];
  users: EmulatorUser[];
  queues: EmulatorQueue[];
  /** Sorted by startTime ascending. */
  conversations: EmulatorConversation[];
}

export interface EmulatorData {
  /** The org the demo and most tests use. */
  primary: EmulatorOrgData;
  /** A second org whose resources the primary org's tokens must never see. */
  other: EmulatorOrgData;
}
