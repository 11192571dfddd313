import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { attachAgent } from './agent-request.js';
import { AuthenticatedAgent } from './authenticated-agent.js';
import { readBearerToken } from './bearer-token.js';
import { IdentityService } from './identity.service.js';

export type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * Requires `Authorization: Bearer <token>` and resolves the token to its agent. Subclass and
 * override `getToken` to read the token from elsewhere.
 */
@Injectable()
export class AgentAuthGuard implements CanActivate {
  constructor(protected readonly identities: IdentityService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ headers: HeaderBag }>();
    const token = this.getToken(request);
    if (token === undefined) throw new UnauthorizedException();
    const identity = await this.identities.resolve(token);
    attachAgent(request, new AuthenticatedAgent(identity, token));
    return true;
  }

  protected getToken(request: { headers: HeaderBag }): string | undefined {
    return readBearerToken(request.headers.authorization);
  }
}
