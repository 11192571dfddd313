import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { type AnyRequest, markRequestStart, rawRequestOf } from '../common/request-facts.js';
import { agentOf, attachAgent } from './agent-request.js';
import { AuthenticatedAgent } from './authenticated-agent.js';
import { readBearerToken } from './bearer-token.js';
import { IdentityService } from './identity.service.js';

export type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * Requires `Authorization: Bearer <token>` and resolves the token to its agent. Subclass and
 * override `getToken` to read the token from elsewhere. A request already resolved (say, by
 * a host that registered this guard globally) is not resolved twice.
 */
@Injectable()
export class AgentAuthGuard implements CanActivate {
  constructor(protected readonly identities: IdentityService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AnyRequest & { headers: HeaderBag }>();
    // The first of the module's code a request meets: its duration is measured from here.
    markRequestStart(rawRequestOf(request));
    if (agentOf(request)) return true;
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
