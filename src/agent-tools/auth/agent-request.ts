import type { AuthenticatedAgent } from './authenticated-agent.js';

const AGENT = Symbol('agent-tools.agent');

type RequestWithAgent = { [AGENT]?: AuthenticatedAgent };

export function attachAgent(request: object, agent: AuthenticatedAgent): void {
  (request as RequestWithAgent)[AGENT] = agent;
}

export function agentOf(request: object): AuthenticatedAgent | undefined {
  return (request as RequestWithAgent)[AGENT];
}
