import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.factory.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { get } from './support/http.js';
import { ADAPTERS } from './support/service.js';

/** The contract's routes, read from the contract itself so that the two cannot drift. */
function contractRoutes(): string[] {
  const contract = readFileSync(new URL('../../docs/api-contract.md', import.meta.url), 'utf8');
  return [...contract.matchAll(/^### `GET (\/agent-tools[^?` ]*)/gm)].map((match) =>
    match[1].replace(/:(\w+)/g, '{$1}'),
  );
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string }>;
  responses: Record<string, unknown>;
  security?: Array<Record<string, unknown>>;
}

class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }
}

/** nestjs-pino keeps one root logger per process, so every app of this file logs here. */
const logs = new LogCapture();

describe.each(ADAPTERS)('operability over %s', (adapter) => {
  let emulator: RunningEmulator;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    emulator = await startEmulator({ users: 60 });
    const env = validateEnvironment({
      GENESYS_API_BASE_URL: emulator.url,
      HTTP_ADAPTER: adapter,
      UPSTREAM_TIMEOUT_MS: '1000',
      CORS_ORIGINS: 'https://plugins.example.com',
      LOG_LEVEL: 'info',
    });
    app = await createApp(env, { logStream: logs });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.close();
  });

  describe('OpenAPI', () => {
    it('serves the UI at /docs', async () => {
      const response = await fetch(`${base}/docs`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('swagger');
    });

    it("describes exactly the contract's routes, each with the bearer scheme, its parameters and error rows", async () => {
      const { body: document } = await get<{
        paths: Record<string, { get?: OpenApiOperation }>;
        components: { securitySchemes: Record<string, { scheme?: string }> };
      }>(`${base}/docs-json`);
      const documented = Object.keys(document.paths).filter((path) => path.startsWith('/agent-tools'));
      expect(documented.sort()).toEqual(contractRoutes().sort());
      expect(Object.values(document.components.securitySchemes).map((s) => s.scheme)).toContain('bearer');
      for (const path of documented) {
        const operation = document.paths[path].get!;
        expect(operation.security, path).toBeDefined();
        expect(Object.keys(operation.responses), path).toEqual(
          expect.arrayContaining(['200', '401', '429', '500', '502', '503', '504']),
        );
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(
            operation.parameters?.map((p) => p.name),
            path,
          ).toContain(name.slice(1, -1));
        }
      }
      const members = document.paths['/agent-tools/queues/{queueId}/members'].get!;
      expect(
        members.parameters
          ?.filter((p) => p.in === 'query')
          .map((p) => p.name)
          .sort(),
      ).toEqual(['joined', 'limit', 'name', 'presence', 'routingStatus']);
      expect(Object.keys(members.responses)).toEqual(expect.arrayContaining(['400', '403', '404']));
    });
  });

  describe('health', () => {
    it('says the process is live', async () => {
      const answer = await get(`${base}/health/live`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'ok' });
    });

    it('says it is ready when Genesys answers, without sending any token', async () => {
      emulator.requests.reset();
      const answer = await get(`${base}/health/ready`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'ok', info: { genesys: { status: 'up' }, redis: { status: 'up' } } });
      expect(emulator.requests.list().every((entry) => entry.userId === undefined)).toBe(true);
    });
  });

  describe('CORS', () => {
    it.each(['https://apps.mypurecloud.com', 'https://plugins.example.com'])(
      'answers a real preflight from %s, allowing Authorization without credentials',
      async (origin) => {
        const response = await fetch(`${base}/agent-tools/me`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization',
          },
        });
        expect(response.status).toBeLessThan(300);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      },
    );

    it('does not allow an origin outside the list', async () => {
      const response = await fetch(`${base}/agent-tools/me`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('sends security headers and no X-Powered-By', async () => {
    const answer = await get(`${base}/agent-tools/me`, { token: emulator.fixtures.agent.token });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://apps.mypurecloud.com",
    );
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('exports request, upstream, cache and page metrics in Prometheus text', async () => {
    const { agent, smallQueue } = emulator.fixtures;
    await get(`${base}/agent-tools/queues/${smallQueue.id}/members`, { token: agent.token });
    await get(`${base}/agent-tools/queues/${smallQueue.id}/members`, { token: agent.token });
    await get(`${base}/agent-tools/queues/not-a-uuid/members`, { token: agent.token });
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(
      /agent_tools_http_requests_total\{method="GET",route="\/agent-tools\/queues\/:queueId\/members",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /agent_tools_http_requests_total\{method="GET",route="\/agent-tools\/queues\/:queueId\/members",status="400"\} 1/,
    );
    expect(text).toMatch(/agent_tools_upstream_calls_total\{operation="getRoutingQueueMembers",status="200"\} [1-9]/);
    expect(text).toMatch(/agent_tools_cache_lookups_total\{outcome="hit"\} [1-9]/);
    expect(text).toMatch(/agent_tools_upstream_pages_per_list_count [1-9]/);
    expect(text).toContain('agent_tools_http_request_duration_seconds_bucket');
  });

  it('logs one JSON line per request with route, status, duration, correlation id, organization and user, and never a token', async () => {
    const { agent, smallQueue, expiredToken } = emulator.fixtures;
    const tokens = [agent.token, expiredToken, 'some-unknown-token-value-123'];
    emulator.faults.add({ path: '/api/v2/routing/queues/*/members', kind: 502, times: 1 });
    const calls = [
      get(`${base}/agent-tools/me`, { token: agent.token, headers: { 'x-correlation-id': `log-test-${adapter}` } }),
      get(`${base}/agent-tools/queues/${smallQueue.id}/members?name=zz`, { token: agent.token }),
      get(`${base}/agent-tools/me`, { token: expiredToken }),
      get(`${base}/agent-tools/me?access_token=${agent.token}`, { token: 'some-unknown-token-value-123' }),
      get(`${base}/agent-tools/conversations`, { token: agent.token, headers: { cookie: `session=${agent.token}` } }),
    ];
    await Promise.all(calls);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const all = logs.lines.join('\n');
    for (const token of tokens) expect(all).not.toContain(token);
    const line = logs.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.correlationId === `log-test-${adapter}`);
    expect(line).toMatchObject({
      route: '/agent-tools/me',
      organizationId: emulator.data.primary.organization.id,
      userId: agent.id,
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(all).toMatch(/code=|"code"/);
  });
});
