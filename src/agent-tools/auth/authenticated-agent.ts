import type { AgentIdentity } from './agent-identity.interface.js';

/**
 * The caller of one request: its identity, and its token for calls made on its behalf.
 * The token is not enumerable, so logging or serialising this object never shows it.
 */
export class AuthenticatedAgent {
  declare readonly token: string;

  constructor(
    readonly identity: AgentIdentity,
    token: string,
  ) {
    Object.defineProperty(this, 'token', { value: token, enumerable: false });
  }
}
