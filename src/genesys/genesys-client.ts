import type {
  AnalyticsApi,
  AuthorizationApi,
  ConversationsApi,
  PresenceApi,
  RoutingApi,
  TokensApi,
  UsersApi,
} from 'purecloud-platform-client-v2';

/**
 * The Genesys Platform API as one agent sees it: the SDK's own API classes, each call sent
 * with that agent's token, retried by the retry policy, and failing with
 * `GenesysUpstreamError` only.
 */
export interface GenesysClient {
  readonly users: UsersApi;
  readonly routing: RoutingApi;
  readonly conversations: ConversationsApi;
  readonly analytics: AnalyticsApi;
  readonly tokens: TokensApi;
  readonly presence: PresenceApi;
  readonly authorization: AuthorizationApi;
}
