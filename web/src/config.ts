/** `config.json`, written by the service from its environment. */
export interface WidgetConfig {
  oauthClientId: string;
  /** `https://login.<region>`, or the emulator in the demo. */
  loginBaseUrl: string;
  /** The Genesys Cloud region the service calls, e.g. `mypurecloud.com`. */
  region: string;
  /** The agent tools routes on this origin, e.g. `/agent-tools`. */
  apiBaseUrl: string;
}

/** What Genesys Cloud puts in the app URL template (`gcHostOrigin`, `gcTargetEnv`, `gcConversationId`). */
export interface LaunchContext {
  hostOrigin?: string;
  targetEnv?: string;
  conversationId?: string;
}

export async function loadConfig(): Promise<WidgetConfig> {
  const response = await fetch('config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return (await response.json()) as WidgetConfig;
}

export function launchContext(search: string): LaunchContext {
  const query = new URLSearchParams(search);
  // An unfilled template (`{{gcConversationId}}`, as when the page is opened outside an interaction) counts as absent.
  const value = (name: string) => {
    const raw = query.get(name)?.trim();
    return raw && !raw.startsWith('{{') ? raw : undefined;
  };
  return {
    hostOrigin: value('gcHostOrigin'),
    targetEnv: value('gcTargetEnv'),
    conversationId: value('gcConversationId'),
  };
}

/**
 * A page opened by Genesys Cloud in one region cannot use a service that calls another: the
 * agent's token would be rejected. `https://apps.mypurecloud.ie` is region `mypurecloud.ie`.
 */
export function regionMismatch(config: WidgetConfig, context: LaunchContext): string | undefined {
  if (!context.hostOrigin) return undefined;
  let host: string;
  try {
    host = new URL(context.hostOrigin).hostname;
  } catch {
    return `The Genesys Cloud host origin "${context.hostOrigin}" is not a URL.`;
  }
  const region = host.replace(/^apps\./, '');
  if (region === config.region) return undefined;
  const environment = context.targetEnv ? ` (${context.targetEnv})` : '';
  return `This widget's service works with Genesys Cloud region ${config.region}, but it was opened from ${region}${environment}.`;
}
