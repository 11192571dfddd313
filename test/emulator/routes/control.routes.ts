import type { FaultKind, FaultRule, LatencySetting, RequestLogEntry, RequestLogFilter } from '../emulator.types.js';
import { badRequest } from '../errors.js';
import type { RouteDefinition } from '../router.js';

/** What the control API drives; the running emulator implements it. */
export interface EmulatorControl {
  info(): Record<string, unknown>;
  fixturesJson(): Record<string, unknown>;
  tokenFor(userId: string, opts?: { expiresInSec?: number }): string;
  faults: { add(rule: FaultRule): void; clear(): void; list(): FaultRule[] };
  setLatency(l: LatencySetting | undefined): void;
  getLatency(): LatencySetting | undefined;
  setRateLimit(perMinute: number | undefined): void;
  getRateLimit(): number | undefined;
  requests: { list(filter?: RequestLogFilter): RequestLogEntry[]; reset(): void };
}

function obj(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest(`${what} must be a JSON object.`);
  return body as Record<string, unknown>;
}

/** JSON fault rule: `path` is a glob, or `pathRegex` a regular expression source; `times` may be `"Infinity"`. */
export function faultRuleFromJson(raw: unknown): FaultRule {
  const o = obj(raw, 'A fault rule');
  const path =
    typeof o.pathRegex === 'string' ? new RegExp(o.pathRegex) : typeof o.path === 'string' ? o.path : undefined;
  if (path === undefined) throw badRequest('A fault rule needs path (glob) or pathRegex.');
  const kind = (typeof o.kind === 'string' && /^\d+$/.test(o.kind) ? Number(o.kind) : o.kind) as FaultKind;
  const times = o.times === 'Infinity' || o.times === null ? Infinity : (o.times as number | undefined);
  return {
    path,
    kind,
    ...(typeof o.method === 'string' ? { method: o.method.toUpperCase() } : {}),
    ...(times !== undefined ? { times } : {}),
    ...(typeof o.retryAfterSec === 'number' ? { retryAfterSec: o.retryAfterSec } : {}),
    ...(typeof o.userId === 'string' ? { userId: o.userId } : {}),
  };
}

/** A rule as JSON: a RegExp path becomes `pathRegex` (its source), `Infinity` becomes `"Infinity"`. */
const ruleToJson = (r: FaultRule): Record<string, unknown> => {
  const { path, times, ...rest } = r;
  return {
    ...(path instanceof RegExp ? { pathRegex: path.source } : { path }),
    ...rest,
    times: times === Infinity ? 'Infinity' : times,
  };
};

/** The control API under `/__emulator` (no token, never faulted, delayed, rate limited or logged). */
export function controlRoutes(ctl: EmulatorControl): RouteDefinition[] {
  return [
    { method: 'GET', path: '/__emulator', auth: 'none', handler: () => ({ json: ctl.info() }) },
    { method: 'GET', path: '/__emulator/fixtures', auth: 'none', handler: () => ({ json: ctl.fixturesJson() }) },
    {
      method: 'POST',
      path: '/__emulator/tokens',
      auth: 'none',
      body: 'json',
      handler: (ctx) => {
        const o = obj(ctx.body, 'The token request');
        if (typeof o.userId !== 'string') throw badRequest('userId is required.');
        const expiresInSec = typeof o.expiresInSec === 'number' ? o.expiresInSec : undefined;
        const token = ctl.tokenFor(o.userId, expiresInSec !== undefined ? { expiresInSec } : {});
        return {
          status: 201,
          json: { token, userId: o.userId, ...(expiresInSec !== undefined ? { expiresInSec } : {}) },
        };
      },
    },
    {
      method: 'GET',
      path: '/__emulator/faults',
      auth: 'none',
      handler: () => ({ json: { faults: ctl.faults.list().map(ruleToJson) } }),
    },
    {
      method: 'POST',
      path: '/__emulator/faults',
      auth: 'none',
      body: 'json',
      handler: (ctx) => {
        const rules = (Array.isArray(ctx.body) ? ctx.body : [ctx.body]).map(faultRuleFromJson);
        for (const r of rules) ctl.faults.add(r);
        return { status: 201, json: { faults: ctl.faults.list().map(ruleToJson) } };
      },
    },
    {
      method: 'DELETE',
      path: '/__emulator/faults',
      auth: 'none',
      handler: () => {
        ctl.faults.clear();
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/__emulator/latency',
      auth: 'none',
      handler: () => ({ json: { latency: ctl.getLatency() ?? null } }),
    },
    {
      method: 'PUT',
      path: '/__emulator/latency',
      auth: 'none',
      body: 'json',
      handler: (ctx) => {
        const o = ctx.body === undefined || ctx.body === null ? {} : obj(ctx.body, 'The latency');
        const l: LatencySetting | undefined =
          typeof o.fixedMs === 'number'
            ? { fixedMs: o.fixedMs }
            : typeof o.minMs === 'number' && typeof o.maxMs === 'number'
              ? { minMs: o.minMs, maxMs: o.maxMs }
              : undefined;
        ctl.setLatency(l);
        return { json: { latency: ctl.getLatency() ?? null } };
      },
    },
    {
      method: 'DELETE',
      path: '/__emulator/latency',
      auth: 'none',
      handler: () => {
        ctl.setLatency(undefined);
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/__emulator/rate-limit',
      auth: 'none',
      handler: () => ({ json: { perMinute: ctl.getRateLimit() ?? null } }),
    },
    {
      method: 'PUT',
      path: '/__emulator/rate-limit',
      auth: 'none',
      body: 'json',
      handler: (ctx) => {
        const o = obj(ctx.body ?? {}, 'The rate limit');
        ctl.setRateLimit(typeof o.perMinute === 'number' ? o.perMinute : undefined);
        return { json: { perMinute: ctl.getRateLimit() ?? null } };
      },
    },
    {
      method: 'DELETE',
      path: '/__emulator/rate-limit',
      auth: 'none',
      handler: () => {
        ctl.setRateLimit(undefined);
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/__emulator/requests',
      auth: 'none',
      handler: (ctx) => {
        const path = ctx.query.first('path');
        const userId = ctx.query.first('userId');
        const method = ctx.query.first('method');
        const filter: RequestLogFilter = {
          ...(path ? { pathPattern: path } : {}),
          ...(userId ? { userId } : {}),
          ...(method ? { method } : {}),
        };
        return { json: { requests: ctl.requests.list(filter) } };
      },
    },
    {
      method: 'DELETE',
      path: '/__emulator/requests',
      auth: 'none',
      handler: () => {
        ctl.requests.reset();
        return { status: 204 };
      },
    },
  ];
}
