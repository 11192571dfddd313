import type { AuthenticatedAgent } from './authenticated-agent.js';

const AGENT = Symbol('agent-tools.agent');

type RequestWithAgent = { [AGENT]?: AuthenticatedAgent };

/** Attached to the adapter's request and, on Fastify, to the Node request under it (which the request log sees). */
export function attachAgent(request: object & { raw?: object }, agent: AuthenticatedAgent): void {
  (request as RequestWithAgent)[AGENT] = agent;
  if (request.raw) (request.raw as RequestWithAgent)[AGENT] = agent;
}

export function agentOf(request: object): AuthenticatedAgent | undefined {
  return (request as RequestWithAgent)[AGENT];
}
