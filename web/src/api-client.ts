import type {
  AgentConversation,
  AgentProfile,
  ConversationSummary,
  ErrorBody,
  List,
  MyQueue,
  QueueMembers,
} from './api.types.js';

/** A non-2xx answer of the service, with what the contract says about it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly correlationId?: string,
    /** From `Retry-After` on a 429. */
    readonly retryAfterSec?: number,
  ) {
    super(message);
  }
}

/** `fresh`: ask the service to skip its cache (`Cache-Control: no-cache`), as a refresh does. */
export interface RequestOptions {
  fresh?: boolean;
}

/** The agent tools routes, called with the signed-in agent's token. */
export class AgentToolsClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: () => string,
  ) {}

  me(): Promise<AgentProfile> {
    return this.get('/me');
  }

  myQueues(): Promise<List<MyQueue>> {
    return this.get('/me/queues');
  }

  queueMembers(queueId: string, options?: RequestOptions): Promise<QueueMembers> {
    return this.get(`/queues/${encodeURIComponent(queueId)}/members`, options);
  }

  conversationSummary(conversationId: string): Promise<ConversationSummary> {
    return this.get(`/conversations/${encodeURIComponent(conversationId)}/summary`);
  }

  conversations(from: Date, limit: number): Promise<List<AgentConversation>> {
    return this.get(`/conversations?${new URLSearchParams({ from: from.toISOString(), limit: String(limit) })}`);
  }

  private async get<T>(path: string, { fresh = false }: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${this.token()}` };
    if (fresh) headers['Cache-Control'] = 'no-cache';
    // Answers vary by Authorization, so the browser cache may keep them; a refresh bypasses it.
    const response = await fetch(`${this.baseUrl}${path}`, { headers, cache: fresh ? 'no-store' : 'default' });
    if (response.ok) return (await response.json()) as T;
    throw await toApiError(response);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ErrorBody> | undefined;
  const correlationId = body?.correlationId ?? response.headers.get('X-Correlation-Id') ?? undefined;
  const message = body?.message ?? `The service answered ${response.status} ${response.statusText}.`;
  return new ApiError(response.status, message, correlationId, retryAfterSeconds(response.headers.get('Retry-After')));
}

/** `Retry-After` is seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
