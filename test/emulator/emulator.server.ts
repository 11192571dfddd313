import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertPermissions } from './access.js';
import type { EmulatorStore } from './emulator.store.js';
import type { FaultRule, RequestLogEntry } from './emulator.types.js';
import {
  authenticationRequired,
  BAD_GATEWAY_HTML,
  badCredentials,
  badRequest,
  credentialsExpired,
  GenesysError,
  internalServerError,
  notFound,
  requestEntityTooLarge,
  requestTimeout,
  serviceUnavailable,
  tooManyRequestsBody,
} from './errors.js';
import type { FaultInjector } from './faults.js';
import type { LatencyControl } from './latency.js';
import { QueryParams } from './query.js';
import type { RateLimiter } from './rate-limit.js';
import type { RequestLog } from './request-log.js';
import { splitPath, type Principal, type RouteContext, type RouteResponse, type Router } from './router.js';

/** `request.bytes.max` of the platform.api namespace. */
export const MAX_BODY_BYTES = 512_000;
const CONTROL_PREFIX = '__emulator';

export interface ServerDeps {
  store: EmulatorStore;
  api: Router;
  control: Router;
  faults: FaultInjector;
  latency: LatencyControl;
  rateLimiter: RateLimiter;
  log: RequestLog;
}

type AuthResult = { principal: Principal; tokenKey: string } | { error: GenesysError };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The HTTP front: correlation id, latency, faults, authentication, rate limit, route, permission
 * check, handler, request log - in that order, on plain node:http.
 */
export class EmulatorServer {
  readonly server: Server;
  private readonly hung = new Set<ServerResponse>();
  private readonly startedAtMs = Date.now();
  private closing = false;

  constructor(private readonly deps: ServerDeps) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        console.error('[emulator] unexpected error', err);
        if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
      });
    });
    this.server.keepAliveTimeout = 5_000;
  }

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** Ends hung requests and every keep-alive connection, then stops listening. */
  async close(): Promise<void> {
    this.closing = true;
    for (const res of this.hung) res.socket?.destroy();
    this.hung.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** The emulated clock: the `now` anchor plus the time since start-up. */
  now(): Date {
    return new Date(this.deps.store.nowAnchor.getTime() + (Date.now() - this.startedAtMs));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const timestamp = new Date().toISOString();
    const correlationId = randomUUID();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const qi = url.indexOf('?');
    const rawPath = qi < 0 ? url : url.slice(0, qi);
    const segments = splitPath(rawPath).map(safeDecode);
    const path = '/' + segments.join('/');
    const baseHeaders: Record<string, string> = { 'ININ-Correlation-Id': correlationId };

    if (segments[0] === CONTROL_PREFIX) {
      await this.handleControl(
        req,
        res,
        method,
        path,
        segments,
        qi < 0 ? '' : url.slice(qi + 1),
        correlationId,
        baseHeaders,
      );
      return;
    }

    const logEntry: RequestLogEntry = { method, path, query: {}, status: 0, durationMs: 0, timestamp, correlationId };
    const finish = (status: number) => {
      logEntry.status = status;
      logEntry.durationMs = Math.round((performance.now() - started) * 100) / 100;
      this.deps.log.add(logEntry);
    };

    let query: QueryParams;
    try {
      query = QueryParams.parse(qi < 0 ? '' : url.slice(qi + 1));
      logEntry.query = query.toRecord();
    } catch (err) {
      finish(this.sendError(res, asGenesysError(err), correlationId, baseHeaders));
      return;
    }

    const auth = this.authenticate(req.headers.authorization);
    if ('principal' in auth) {
      logEntry.userId = auth.principal.user.id;
      logEntry.orgId = auth.principal.orgId;
    }

    let rawBody: Buffer | GenesysError | undefined;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') rawBody = await readBody(req);

    const delay = this.deps.latency.nextDelayMs();
    if (delay > 0) await sleep(delay);
    if (this.closing) {
      res.destroy();
      return;
    }

    const fault = this.deps.faults.take(method, path, 'principal' in auth ? auth.principal.user.id : undefined);
    if (fault) {
      logEntry.fault = fault.kind;
      this.applyFault(fault, req, res, correlationId, baseHeaders, finish);
      return;
    }

    const match = this.deps.api.match(method, segments);
    if (!match) {
      finish(this.sendError(res, notFound(), correlationId, baseHeaders));
      return;
    }
    const { route, params } = match;
    const headers = baseHeaders;
    try {
      let principal: Principal | undefined;
      if (route.auth === 'user') {
        if ('error' in auth) throw auth.error;
        principal = auth.principal;
        const decision = this.deps.rateLimiter.hit(auth.tokenKey);
        if (decision) {
          Object.assign(headers, decision.headers);
          if (!decision.allowed) {
            headers['Retry-After'] = String(decision.resetSec);
            finish(this.sendJson(res, 429, tooManyRequestsBody(decision.resetSec, correlationId), headers));
            return;
          }
        }
        if (route.permissions) assertPermissions(principal.user, route.permissions);
      }
      let body: unknown;
      if (rawBody instanceof GenesysError) throw rawBody;
      if (route.body === 'json' && rawBody) body = parseJsonBody(rawBody);
      const ctx = this.routeContext(req, { method, path, params, query, body, correlationId });
      const result: RouteResponse =
        route.auth === 'user' ? await route.handler({ ...ctx, principal: principal! }) : await route.handler(ctx);
      finish(this.sendResult(res, result, headers));
    } catch (err) {
      finish(this.sendError(res, asGenesysError(err), correlationId, headers));
    }
  }

  private authenticate(header: string | undefined): AuthResult {
    if (header === undefined || header.trim() === '') return { error: authenticationRequired() };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return { error: badCredentials() };
    const record = this.deps.store.tokens.get(m[1]);
    if (!record) return { error: badCredentials() };
    if (this.deps.store.tokens.isExpired(record)) return { error: credentialsExpired() };
    const user = this.deps.store.anyUser(record.userId);
    if (!user) return { error: badCredentials() };
    return { principal: { user, orgId: record.orgId, token: record }, tokenKey: m[1] };
  }

  private applyFault(
    fault: FaultRule,
    req: IncomingMessage,
    res: ServerResponse,
    correlationId: string,
    headers: Record<string, string>,
    finish: (status: number) => void,
  ): void {
    switch (fault.kind) {
      case 'reset':
        finish(0);
        req.socket.destroy();
        return;
      case 'hang':
        this.hung.add(res);
        // Logged once the client gives up or the emulator closes.
        res.once('close', () => {
          this.hung.delete(res);
          finish(0);
        });
        return;
      case 429: {
        const retryAfter = fault.retryAfterSec ?? 1;
        finish(
          this.sendJson(res, 429, tooManyRequestsBody(retryAfter, correlationId), {
            ...headers,
            'Retry-After': String(retryAfter),
          }),
        );
        return;
      }
      case 502:
        res.writeHead(502, { ...headers, 'Content-Type': 'text/html' });
        res.end(BAD_GATEWAY_HTML);
        finish(502);
        return;
      case 500:
        finish(this.sendError(res, internalServerError(), correlationId, headers));
        return;
      case 503:
        finish(this.sendError(res, serviceUnavailable(), correlationId, headers));
        return;
      case 504:
        finish(this.sendError(res, requestTimeout(), correlationId, headers));
        return;
    }
  }

  private async handleControl(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    segments: string[],
    qs: string,
    correlationId: string,
    headers: Record<string, string>,
  ): Promise<void> {
    try {
      const match = this.deps.control.match(method, segments);
      if (!match) throw notFound();
      const query = QueryParams.parse(qs);
      let body: unknown;
      if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
        const raw = await readBody(req);
        if (raw instanceof GenesysError) throw raw;
        body = parseJsonBody(raw);
      }
      const ctx = this.routeContext(req, { method, path, params: match.params, query, body, correlationId });
      if (match.route.auth !== 'none') throw notFound();
      this.sendResult(res, await match.route.handler(ctx), headers);
    } catch (err) {
      const e =
        err instanceof GenesysError
          ? err
          : new GenesysError(400, 'bad.request', err instanceof Error ? err.message : String(err));
      this.sendError(res, e, correlationId, headers);
    }
  }

  private routeContext(
    req: IncomingMessage,
    request: Pick<RouteContext, 'method' | 'path' | 'params' | 'query' | 'body' | 'correlationId'>,
  ): RouteContext {
    return { ...request, headers: req.headers, store: this.deps.store, now: () => this.now() };
  }

  private sendResult(res: ServerResponse, result: RouteResponse, headers: Record<string, string>): number {
    const status = result.status ?? 200;
    const h = result.headers ? { ...headers, ...result.headers } : headers;
    if (result.text !== undefined) {
      res.writeHead(status, { ...h, 'Content-Type': result.contentType ?? 'text/plain' });
      res.end(result.text);
      return status;
    }
    if (result.json === undefined) {
      res.writeHead(status, h);
      res.end();
      return status;
    }
    return this.sendJson(res, status, result.json, h);
  }

  private sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): number {
    const json = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(json));
    res.writeHead(status, headers);
    res.end(json);
    return status;
  }

  private sendError(
    res: ServerResponse,
    err: GenesysError,
    correlationId: string,
    headers: Record<string, string>,
  ): number {
    return this.sendJson(res, err.status, err.toBody(correlationId), { ...headers, ...err.headers });
  }
}

function asGenesysError(err: unknown): GenesysError {
  if (err instanceof GenesysError) return err;
  console.error('[emulator] handler error', err);
  return internalServerError();
}

function safeDecode(segment: string): string {
  if (segment.indexOf('%') < 0) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | GenesysError> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? requestEntityTooLarge(MAX_BODY_BYTES) : Buffer.concat(chunks)));
    req.on('error', () => resolve(badRequest('The request body could not be read.')));
  });
}

/** A request body as JSON (undefined when empty); malformed JSON is Genesys's 400. */
function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('The request could not be understood by the server due to malformed syntax.');
  }
}
