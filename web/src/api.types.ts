/** The response shapes of docs/api-contract.md that the widget reads. */

export interface List<T> {
  entities: T[];
  total: number;
  truncated: boolean;
}

export interface AgentProfile {
  id: string;
  name: string;
  email?: string;
  routingStatus?: string;
  presence?: string;
}

export interface MyQueue {
  id: string;
  name: string;
  joined: boolean;
}

export interface QueueMember {
  id: string;
  name: string;
  email?: string;
  routingStatus?: string;
  presence?: string;
  joined: boolean;
}

export interface QueueMembers extends List<QueueMember> {
  queueId: string;
}

export interface Wrapup {
  code: string;
  name?: string;
  notes?: string;
}

export interface ConversationParticipant {
  purpose: string;
  name?: string;
  userId?: string;
  wrapup?: Wrapup;
}

export interface ConversationSummary {
  id: string;
  startTime: string;
  endTime?: string;
  durationMs?: number;
  state: 'active' | 'ended';
  direction?: string;
  mediaTypes: string[];
  queue?: { id: string; name?: string };
  participants: ConversationParticipant[];
  aiSummary?: { text: string; status: string; reason?: string; resolution?: string; followup?: string };
}

export interface AgentConversation {
  id: string;
  startTime: string;
  endTime?: string;
  durationMs?: number;
  direction?: string;
  mediaTypes: string[];
  queueIds: string[];
  wrapupCodes: string[];
}

/** The contract's error body. */
export interface ErrorBody {
  statusCode: number;
  message: string;
  correlationId?: string;
}
