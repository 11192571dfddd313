import type { EmulatorUser } from '../emulator-data.types.js';
import type { RouteContext, RouteDefinition, RouteResponse } from '../router.js';
import { DEFAULT_TOKEN_TTL_SEC } from '../tokens.js';

/** A user the authorize page offers, with what makes them worth picking. */
export interface DemoAgent {
  user: EmulatorUser;
  role: string;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, title: string, body: string): RouteResponse {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    headers: NO_STORE,
    text: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f4f6f8; }
  main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.35rem; margin: 0 0 .5rem; }
  ul { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: .5rem; }
  a { color: #0b4f9c; }
  a.agent { display: block; padding: .75rem 1rem; border: 1px solid #8a96a3; border-radius: .5rem;
    background: #fff; text-decoration: none; color: #1b1f24; }
  a.agent:hover { border-color: #0b4f9c; }
  a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
  .role { display: block; font-size: .875rem; color: #4a5560; }
</style>
</head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${body}
</main></body>
</html>
`,
  };
}

function redirect(
  redirectUri: URL,
  part: 'hash' | 'search',
  params: Record<string, string | undefined>,
): RouteResponse {
  const encoded = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  const location = new URL(redirectUri);
  location[part] = encoded;
  return { status: 302, headers: { ...NO_STORE, Location: location.toString() } };
}

function parseRedirectUri(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The login step of a Genesys Cloud client app (OAuth implicit grant), for the demo org:
 * instead of a password form, the page lists demo agents; picking one (`user_id`) sends the
 * browser back to `redirect_uri` with a fresh 24 h token for that user in the fragment.
 */
export function oauthRoutes(agents: readonly DemoAgent[]): RouteDefinition[] {
  return [
    {
      method: 'GET',
      path: '/oauth/authorize',
      auth: 'none',
      handler: (ctx) => authorize(ctx, agents),
    },
  ];
}

function authorize(ctx: RouteContext, agents: readonly DemoAgent[]): RouteResponse {
  const clientId = ctx.query.first('client_id');
  const redirectUri = parseRedirectUri(ctx.query.first('redirect_uri'));
  // Without a valid client and redirect URI there is nowhere safe to send an error: it is shown here.
  if (!clientId) return page(400, 'Invalid request', '<p>The request has no <code>client_id</code>.</p>');
  if (!redirectUri)
    return page(400, 'Invalid request', '<p>The <code>redirect_uri</code> is missing or not an http(s) URL.</p>');
  const state = ctx.query.first('state');
  if (ctx.query.first('response_type') !== 'token')
    return redirect(redirectUri, 'search', {
      error: 'unsupported_response_type',
      error_description: 'Only response_type=token (implicit grant) is supported.',
      state,
    });

  if (ctx.query.first('deny') !== undefined)
    return redirect(redirectUri, 'hash', {
      error: 'access_denied',
      error_description: 'The user denied access.',
      state,
    });

  const userId = ctx.query.first('user_id');
  if (userId !== undefined) {
    const user = ctx.store.anyUser(userId);
    if (!user) return page(400, 'Invalid request', '<p>There is no such user.</p>');
    return redirect(redirectUri, 'hash', {
      access_token: ctx.store.tokens.mint(user.id, user.orgId),
      token_type: 'bearer',
      expires_in: String(DEFAULT_TOKEN_TTL_SEC),
      state,
    });
  }

  const link = (extra: Record<string, string>) => {
    const query = new URLSearchParams([...ctx.query.pairs(), ...Object.entries(extra)]);
    return `/oauth/authorize?${escapeHtml(query.toString())}`;
  };
  const items = agents
    .map(
      ({ user, role }) =>
        `<li><a class="agent" href="${link({ user_id: user.id })}">${escapeHtml(user.name)}<span class="role">${escapeHtml(role)}</span></a></li>`,
    )
    .join('\n');
  const org = ctx.store.org(agents[0]?.user.orgId ?? '')?.organization.name ?? 'the demo org';
  return page(
    200,
    `Sign in to ${org}`,
    `<p>Genesys Cloud emulator: pick the demo agent to sign in as (app <code>${escapeHtml(clientId)}</code>).</p>
<ul aria-label="Demo agents">
${items}
</ul>
<p><a href="${link({ deny: '1' })}">Cancel</a></p>`,
  );
}
