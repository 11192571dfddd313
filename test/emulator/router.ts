import type { EmulatorUser } from './emulator-data.types.js';
import type { EmulatorStore } from './emulator.store.js';
import type { QueryParams } from './query.js';
import type { TokenRecord } from './tokens.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who is calling: the user behind a valid bearer token. */
export interface Principal {
  user: EmulatorUser;
  orgId: string;
  token: TokenRecord;
}

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: QueryParams;
  /** Parsed JSON body for routes declared with `body: 'json'` (undefined when empty). */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  correlationId: string;
  store: EmulatorStore;
  /** The emulated current time (the `now` option plus the time elapsed since start-up). */
  now(): Date;
}

export interface UserRouteContext extends RouteContext {
  principal: Principal;
}

export interface RouteResponse {
  status?: number;
  /** Serialised as application/json. */
  json?: unknown;
  /** Sent as is with `contentType` (e.g. an HTML page). */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** "ANY" = one of them is enough (403 missing.any.permissions); "ALL" = every one is needed (403 missing.permissions). */
export type PermissionRequirement = { anyOf: readonly string[] } | { allOf: readonly string[] };

interface RouteBase {
  method: HttpMethod;
  /** `/api/v2/users/:userId/queues` */
  path: string;
  /** Parse the body as JSON (malformed JSON is a 400 bad.request). */
  body?: 'json';
}

export interface UserRoute extends RouteBase {
  /** Needs a valid bearer token. */
  auth: 'user';
  permissions?: PermissionRequirement;
  handler(ctx: UserRouteContext): RouteResponse | Promise<RouteResponse>;
}

export interface PublicRoute extends RouteBase {
  /** No token (control API, and later the OAuth authorize page). */
  auth: 'none';
  handler(ctx: RouteContext): RouteResponse | Promise<RouteResponse>;
}

export type RouteDefinition = UserRoute | PublicRoute;

interface Node {
  statics: Map<string, Node>;
  param?: { name: string; node: Node };
  routes: Map<string, RouteDefinition>;
}

export type RouteMatch = { route: RouteDefinition; params: Record<string, string> };

const newNode = (): Node => ({ statics: new Map(), routes: new Map() });

/**
 * A route table: a segment trie where a literal segment wins over a `:param` one, so
 * `/users/me` and `/users/search` are never taken for `/users/:userId`.
 */
export class Router {
  private readonly root = newNode();

  add(...routes: RouteDefinition[]): this {
    for (const route of routes) {
      let node = this.root;
      for (const seg of splitPath(route.path)) {
        if (seg.startsWith(':')) {
          const name = seg.slice(1);
          if (node.param && node.param.name !== name) throw new Error(`conflicting params at ${route.path}`);
          node.param ??= { name, node: newNode() };
          node = node.param.node;
        } else {
          let next = node.statics.get(seg);
          if (!next) node.statics.set(seg, (next = newNode()));
          node = next;
        }
      }
      if (node.routes.has(route.method)) throw new Error(`duplicate route ${route.method} ${route.path}`);
      node.routes.set(route.method, route);
    }
    return this;
  }

  /** Undefined when no route has this path and method (answered as 404 not.found). */
  match(method: string, segments: readonly string[]): RouteMatch | undefined {
    const params: Record<string, string> = {};
    const node = this.walk(this.root, segments, 0, params);
    const route = node?.routes.get(method);
    return route ? { route, params } : undefined;
  }

  private walk(node: Node, segments: readonly string[], i: number, params: Record<string, string>): Node | undefined {
    if (i === segments.length) return node;
    const seg = segments[i];
    const literal = node.statics.get(seg);
    if (literal) {
      const found = this.walk(literal, segments, i + 1, params);
      if (found && found.routes.size > 0) return found;
    }
    if (node.param && seg.length > 0) {
      const found = this.walk(node.param.node, segments, i + 1, params);
      if (found && found.routes.size > 0) {
        params[node.param.name] = seg;
        return found;
      }
    }
    return undefined;
  }
}

export function splitPath(path: string): string[] {
  const segs = path.split('/');
  const out: string[] = [];
  for (const s of segs) if (s.length > 0) out.push(s);
  return out;
}
