import { Inject, Injectable, Optional } from '@nestjs/common';
import platformClient from 'purecloud-platform-client-v2';
import type { ApiClientClass } from 'purecloud-platform-client-v2';
import type { GenesysClient } from './genesys-client.js';
import { AgentToolsMetrics } from '../metrics/agent-tools.metrics.js';
import { normalizeGenesysError } from './genesys-error.normalizer.js';
import { GENESYS_API_CLIENT } from './genesys.constants.js';
import { RetryPolicy } from './retry.policy.js';
import { tokenDigest } from './token-digest.js';
import { upstreamCallContext } from './upstream-call.context.js';
import { UpstreamGate } from './upstream-gate.js';

interface Caller {
  readonly authorization: string;
  /** The token's digest: the key of its upstream rate-limit gate. */
  readonly gateKey: string;
}

type SdkMethod = (...args: unknown[]) => Promise<unknown>;
type SdkOptions = { customHeaders?: Record<string, string> } & Record<string, unknown>;

/**
 * Hands out Genesys API access for one caller's token. A singleton: the SDK client and API
 * objects are built once, the token rides on each call as a per-call `Authorization` header
 * (the SDK applies custom headers after its own auth), so no token is ever stored on a
 * shared object and nothing is constructed per request.
 */
@Injectable()
export class GenesysClientFactory {
  private readonly apis: GenesysClient;
  private readonly gate = new UpstreamGate();

  constructor(
    @Inject(GENESYS_API_CLIENT) client: ApiClientClass,
    private readonly retryPolicy: RetryPolicy,
    @Optional() private readonly metrics?: AgentToolsMetrics,
  ) {
    this.apis = {
      users: new platformClient.UsersApi(client),
      routing: new platformClient.RoutingApi(client),
      conversations: new platformClient.ConversationsApi(client),
      analytics: new platformClient.AnalyticsApi(client),
      tokens: new platformClient.TokensApi(client),
      presence: new platformClient.PresenceApi(client),
      authorization: new platformClient.AuthorizationApi(client),
    };
  }

  /** Genesys access with `token` on every call. */
  forToken(token: string): GenesysClient {
    let gateKey: string | undefined;
    const caller: Caller = {
      authorization: `Bearer ${token}`,
      get gateKey() {
        return (gateKey ??= tokenDigest(token));
      },
    };
    const apis = this.apis;
    const authorize = <T extends object>(api: T) => this.authorize(api, caller);
    // Each API is wrapped when first used: most requests touch one, many (cache hits) none.
    return {
      get users() {
        return authorize(apis.users);
      },
      get routing() {
        return authorize(apis.routing);
      },
      get conversations() {
        return authorize(apis.conversations);
      },
      get analytics() {
        return authorize(apis.analytics);
      },
      get tokens() {
        return authorize(apis.tokens);
      },
      get presence() {
        return authorize(apis.presence);
      },
      get authorization() {
        return authorize(apis.authorization);
      },
    };
  }

  private authorize<T extends object>(api: T, caller: Caller): T {
    return new Proxy(api, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        const method = value as SdkMethod;
        return (...args: unknown[]) => this.call(target, method, property, args, caller);
      },
    });
  }

  private call(api: object, method: SdkMethod, operation: string, args: unknown[], caller: Caller): Promise<unknown> {
    // Every SDK operation takes `opts` as its last declared parameter.
    const callArgs = Array.from({ length: Math.max(method.length, args.length) }, (_, i) => args[i]);
    const optsIndex = method.length - 1;
    const opts = (callArgs[optsIndex] ?? {}) as SdkOptions;
    callArgs[optsIndex] = { ...opts, customHeaders: { ...opts.customHeaders, Authorization: caller.authorization } };

    const budget = upstreamCallContext.getStore()?.budget ?? this.retryPolicy.newBudget();
    const attempt = async () => {
      await this.gate.pass(caller.gateKey, budget, operation);
      const started = performance.now();
      try {
        const response = await method.apply(api, callArgs);
        this.metrics?.observeUpstreamCall(operation, statusOf(response), (performance.now() - started) / 1000);
        return unwrapExtendedResponse(response);
      } catch (failure) {
        const error = normalizeGenesysError(failure, operation);
        this.metrics?.observeUpstreamCall(operation, error.status ?? 0, (performance.now() - started) / 1000);
        if (error.status === 429) this.gate.close(caller.gateKey, error.retryAfterSec ?? 1);
        throw error;
      }
    };
    return this.retryPolicy.execute(attempt, {
      operation,
      budget,
      onRetry: (error, waitMs) => this.metrics?.observeRetry(operation, error.status ?? 0, waitMs),
    });
  }
}

function statusOf(response: unknown): number {
  return typeof response === 'object' &&
    response !== null &&
    'status' in response &&
    typeof response.status === 'number'
    ? response.status
    : 200;
}

/** The shared client returns extended responses; callers get the body, as the SDK types say. */
function unwrapExtendedResponse(response: unknown): unknown {
  if (typeof response === 'object' && response !== null && 'body' in response && 'status' in response) {
    return response.body;
  }
  return response;
}
