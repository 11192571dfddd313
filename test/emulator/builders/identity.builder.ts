import type { Models } from 'purecloud-platform-client-v2';
import type { EmulatorOrganization, EmulatorUser } from '../emulator-data.types.js';
import type { EmulatorStore } from '../emulator.store.js';
import type { TokenRecord } from '../tokens.js';
import { buildUser } from './user.builder.js';

/** Scopes the emulated OAuth client (an authorization-code client) was granted. */
export const AUTHORIZED_SCOPES = [
  'users:readonly',
  'routing:readonly',
  'conversations:readonly',
  'analytics:readonly',
  'presence:readonly',
];
const OAUTH_CLIENT_ID = '6f2a1c3e-8d4b-4e9a-b1f7-2c5d8e0a9b41';

export function buildOrganization(org: EmulatorOrganization): Models.Organization {
  return {
    id: org.id,
    name: org.name,
    defaultLanguage: org.defaultLanguage,
    defaultCountryCode: org.defaultCountryCode,
    thirdPartyOrgName: org.thirdPartyOrgName,
    domain: org.domain,
    features: { purecloud: true, realtimeCIC: false },
    version: org.version,
    state: 'active',
    voicemailEnabled: true,
    productPlatform: 'PureCloud',
    selfUri: `/api/v2/organizations/${org.id}`,
  } satisfies Models.Organization;
}

export function buildTokenInfo(org: EmulatorOrganization, token: TokenRecord): Models.TokenInfo {
  const orgRef = { id: org.id, name: org.name } satisfies Models.NamedEntity;
  return {
    organization: orgRef,
    homeOrganization: orgRef,
    authorizedScope: AUTHORIZED_SCOPES,
    dateTokenIdles: new Date(token.idlesAtMs).toISOString(),
    OAuthClient: {
      id: OAUTH_CLIENT_ID,
      name: 'Agent Tools (emulated)',
      dateCreated: '2024-01-15T09:30:00.000Z',
      dateModified: '2024-03-02T14:05:00.000Z',
      authorizedGrantType: 'CODE',
      scope: AUTHORIZED_SCOPES,
      state: 'active',
      organization: orgRef,
    },
  } satisfies Models.TokenInfo;
}

/**
 * `GET /users/me`: the User plus the "me-only" expands the emulator fills in
 * (organization, token, date); the user expands as in `buildUser`.
 */
export function buildUserMe(
  store: EmulatorStore,
  user: EmulatorUser,
  token: TokenRecord,
  expand: ReadonlySet<string>,
  now: Date,
): Models.UserMe {
  const org = store.org(user.orgId)!.organization;
  const me: Models.UserMe = { ...buildUser(store, user, expand) };
  if (expand.has('organization')) me.organization = buildOrganization(org);
  if (expand.has('token')) me.token = buildTokenInfo(org, token);
  if (expand.has('date')) me.date = { currentDate: now.toISOString() } satisfies Models.ServerDate;
  return me;
}
