/**
 * Test-only helpers: the real Genesys SDK pointed at an emulator, the way the service uses it
 * (one client, the caller's token per call through `customHeaders.Authorization`).
 */
import platformClient from 'purecloud-platform-client-v2';

export interface SdkApis {
  client: InstanceType<typeof platformClient.ApiClientClass>;
  users: InstanceType<typeof platformClient.UsersApi>;
  routing: InstanceType<typeof platformClient.RoutingApi>;
  conversations: InstanceType<typeof platformClient.ConversationsApi>;
  analytics: InstanceType<typeof platformClient.AnalyticsApi>;
  tokens: InstanceType<typeof platformClient.TokensApi>;
}

/** A fresh SDK client on the emulator's port; `extended` = setReturnExtendedResponses(true). */
export function sdkFor(
  emulator: { port: number },
  opts: { extended?: boolean; timeoutMs?: number; accessToken?: string } = {},
): SdkApis {
  const client = new platformClient.ApiClientClass();
  client.config.live_reload_config = false;
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: emulator.port });
  if (opts.extended) client.setReturnExtendedResponses(true);
  if (opts.timeoutMs !== undefined) client.getHttpClient().setTimeout(opts.timeoutMs);
  if (opts.accessToken) client.setAccessToken(opts.accessToken);
  return {
    client,
    users: new platformClient.UsersApi(client),
    routing: new platformClient.RoutingApi(client),
    conversations: new platformClient.ConversationsApi(client),
    analytics: new platformClient.AnalyticsApi(client),
    tokens: new platformClient.TokensApi(client),
  };
}

/** Per-call token, as the service passes it. */
export const bearer = (token: string) => ({ customHeaders: { Authorization: `Bearer ${token}` } });

/** What an SDK call resolves/rejects with when extended responses are on. */
export interface Extended<T> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

export async function extended<T>(call: Promise<T>): Promise<Extended<T>> {
  return (await call) as unknown as Extended<T>;
}

/** The rejection value of a call that must fail. */
export async function rejection<E = Extended<Record<string, unknown>>>(call: Promise<unknown>): Promise<E> {
  try {
    await call;
  } catch (err) {
    return err as E;
  }
  throw new Error('expected the call to fail');
}

/** Raw GET for what the SDK never sends (repeated keys, no Authorization...). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test helper: assertions index into arbitrary response JSON
export async function rawGet(url: string, token?: string): Promise<{ status: number; headers: Headers; json: any }> {
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, json };
}

/** Recursively true when a JSON value contains a null anywhere (the API omits absent fields). */
export function containsNull(v: unknown): boolean {
  if (v === null) return true;
  if (Array.isArray(v)) return v.some(containsNull);
  if (typeof v === 'object') return Object.values(v as object).some(containsNull);
  return false;
}
