import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { agentOf } from './agent-request.js';
import type { AuthenticatedAgent } from './authenticated-agent.js';

/** The calling agent (identity and token), as resolved by `AgentAuthGuard`. */
export const Agent = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedAgent => {
  const agent = agentOf(context.switchToHttp().getRequest<object>());
  if (!agent) throw new UnauthorizedException();
  return agent;
});
