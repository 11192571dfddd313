import type { WidgetConfig } from './config.js';

const TOKEN_KEY = 'agent-tools-widget.token';
const PENDING_KEY = 'agent-tools-widget.pending-login';

interface StoredToken {
  accessToken: string;
  expiresAt: number;
}

/** Kept across the round trip to the login page: the anti-forgery state and the launch query to restore. */
interface PendingLogin {
  state: string;
  search: string;
}

/**
 * The agent's Genesys Cloud sign-in, the way a client app does it: the OAuth implicit grant
 * against the region's login host, the token kept for this tab only (sessionStorage).
 */
export class Session {
  constructor(private readonly config: WidgetConfig) {}

  /** The stored token while it has not expired. */
  token(): string | undefined {
    const stored = read<StoredToken>(TOKEN_KEY);
    return stored && stored.expiresAt > Date.now() ? stored.accessToken : undefined;
  }

  /** Leaves for the login page; it comes back to this page with the token in the fragment. */
  signIn(): void {
    const pending: PendingLogin = { state: crypto.randomUUID(), search: location.search };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const query = new URLSearchParams({
      response_type: 'token',
      client_id: this.config.oauthClientId,
      redirect_uri: redirectUri(),
      state: pending.state,
    });
    location.assign(`${this.config.loginBaseUrl}/oauth/authorize?${query}`);
  }

  signOut(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  }

  /**
   * Takes the login answer out of the URL fragment, if there is one, and puts the launch query
   * back. Returns why sign-in failed, or undefined (signed in, or no answer to take).
   */
  completeSignIn(): string | undefined {
    const answer = new URLSearchParams(location.hash.slice(1));
    if (!answer.has('access_token') && !answer.has('error')) return undefined;
    const pending = read<PendingLogin>(PENDING_KEY);
    sessionStorage.removeItem(PENDING_KEY);
    history.replaceState(null, '', `${location.pathname}${pending?.search ?? ''}`);
    if (!pending || answer.get('state') !== pending.state)
      return 'The sign-in answer did not match this page. Sign in again.';
    const error = answer.get('error');
    if (error) return `Sign-in failed: ${answer.get('error_description') ?? error}.`;
    const expiresInSec = Number(answer.get('expires_in') ?? '0');
    const token: StoredToken = {
      accessToken: answer.get('access_token')!,
      expiresAt: Date.now() + (expiresInSec > 0 ? expiresInSec : 3600) * 1000,
    };
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token));
    return undefined;
  }
}

/** The page's directory without the trailing slash (`https://host/widget`): what the OAuth client must list. */
export function redirectUri(): string {
  return new URL('.', document.baseURI).href.replace(/\/$/, '');
}

function read<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}
