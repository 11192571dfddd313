import type { IncomingMessage } from 'node:http';

/** Either adapter's request object: Fastify wraps the Node request in `raw`, Express extends it. */
export type AnyRequest = object & {
  raw?: IncomingMessage;
  method?: string;
  routeOptions?: { url?: string };
  route?: { path?: string };
  baseUrl?: string;
};

const startedAt = new WeakMap<object, bigint>();
const routes = new WeakMap<object, string>();

export function rawRequestOf(request: AnyRequest): object {
  return request.raw ?? request;
}

/** Stamped by `AgentAuthGuard`, the first code of the module a request meets. */
export function markRequestStart(raw: object): void {
  startedAt.set(raw, process.hrtime.bigint());
}

export function secondsSinceStart(request: AnyRequest): number {
  const start = startedAt.get(rawRequestOf(request));
  return start === undefined ? 0 : Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * The matched route template (`/agent-tools/queues/:queueId/members`), never the raw URL
 * with its ids. Remembered on the raw request for the request log, written after routing.
 */
export function routeTemplateOf(request: AnyRequest): string {
  const template =
    request.routeOptions?.url ?? (request.route?.path ? `${request.baseUrl ?? ''}${request.route.path}` : undefined);
  const route = template ?? 'unmatched';
  routes.set(rawRequestOf(request), route);
  return route;
}

export function rememberedRouteOf(raw: object): string | undefined {
  return routes.get(raw);
}
