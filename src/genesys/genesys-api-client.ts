import platformClient from 'purecloud-platform-client-v2';
import type { ApiClientClass } from 'purecloud-platform-client-v2';

export interface GenesysApiClientSettings {
  /** Full API base URL, e.g. `https://api.mypurecloud.ie` or `http://127.0.0.1:8090`. */
  apiBaseUrl: string;
  /** Timeout of one upstream HTTP call. */
  timeoutMs: number;
}

/**
 * The one SDK client of the process. It never holds a token: the caller's token travels on
 * each call (see GenesysClientFactory).
 */
export function createGenesysApiClient(settings: GenesysApiClientSettings): ApiClientClass {
  // Importing the SDK built a singleton that watches ~/.genesyscloudjavascript/config; a
  // change there would reset the gateway of every client. Nothing here uses that file.
  platformClient.ApiClient.config.live_reload_config = false;

  const client = new platformClient.ApiClientClass();
  client.config.live_reload_config = false;
  const url = new URL(settings.apiBaseUrl);
  client.setGateway({
    host: url.hostname,
    protocol: url.protocol.replace(':', ''),
    port: url.port === '' ? undefined : Number(url.port),
    path_params_api: url.pathname === '/' ? undefined : url.pathname,
  });
  // The SDK logs at level "none", yet deep-copies the headers and bodies of every call for
  // the log line before dropping it; nothing is logged either way without that work.
  Object.assign(client.config.logger, { log: () => undefined });
  // Without extended responses a failure carries no status and no Retry-After.
  client.setReturnExtendedResponses(true);
  // The SDK builds its HTTP client lazily with the timeout of that moment; set it on the instance.
  client.getHttpClient().setTimeout(settings.timeoutMs);
  return client;
}
