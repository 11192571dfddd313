import fc from 'fast-check';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useEmulatorAndService } from './support/harness.js';
import { ADAPTERS } from './support/service.js';

/** A raw request, so that paths reach the service byte for byte (fetch would normalise `..`). */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const hostile = fc.oneof(
  fc.constantFrom(
    '..',
    '../..',
    '..%2F..%2Fusers',
    '%2e%2e%2f',
    '%00',
    'a%00b',
    '%2F',
    '%252F',
    'x'.repeat(10_000),
    '00000000-0000-4000-8000-00000000000g',
    '0',
    '-1',
    '1000000000000',
    '1e3',
    '%20',
    '%E2%80%AE',
    '%C0%AF',
    'true&joined=false',
    '%7B%7D',
    '[]',
  ),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.integer({ min: -10, max: 20_000 }).map(String),
);

const routes: Array<(value: string) => string> = [
  (v) => `/agent-tools/queues/${v}/members`,
  (v) => `/agent-tools/queues/00000000-0000-4000-8000-000000000000/members?limit=${v}`,
  (v) => `/agent-tools/queues/00000000-0000-4000-8000-000000000000/members?joined=${v}`,
  (v) => `/agent-tools/queues/00000000-0000-4000-8000-000000000000/members?routingStatus=${v}`,
  (v) => `/agent-tools/queues/00000000-0000-4000-8000-000000000000/members?presence=${v}&presence=${v}`,
  (v) => `/agent-tools/queue-members?divisionId=${v}`,
  (v) => `/agent-tools/queue-members?divisionId=${v}&divisionId=${v}`,
  (v) => `/agent-tools/conversations/${v}/summary`,
  (v) => `/agent-tools/conversations?from=${v}`,
  (v) => `/agent-tools/conversations?limit=${v}`,
  (v) => `/agent-tools/me/queues?joined=${v}`,
];

describe.each(ADAPTERS)('input hardening over %s', (adapter) => {
  const harness = useEmulatorAndService({ emulator: { users: 40 }, adapter });

  it('never answers hostile path and query values with a 5xx; a 400 comes before any call for data', async () => {
    const { token } = harness.emulator.fixtures.agent;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: routes.length - 1 }), hostile, async (route, value) => {
        harness.emulator.requests.reset();
        const path = routes[route](value);
        const { status, body } = await rawGet(harness.service.url, path, { authorization: `Bearer ${token}` });
        expect(status, `${path.slice(0, 200)} -> ${status}`).toBeLessThan(500);
        if (status < 400) return;
        const parsed = JSON.parse(body) as { statusCode: number; correlationId: string };
        expect(parsed.statusCode).toBe(status);
        expect(parsed.correlationId).toBeTruthy();
        if (status === 400) {
          expect(harness.emulator.requests.list().filter((entry) => entry.path !== '/api/v2/users/me')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a value that can never be valid with 400 and no call for data, on every route', async () => {
    const { token } = harness.emulator.fixtures.agent;
    const invalid = ['..%2F..%2Fusers', 'a%00b', 'x'.repeat(10_000), '1000000000000', '-1', '%C0%AF', '%E2%80%AE'];
    for (const makePath of routes) {
      for (const value of invalid) {
        harness.emulator.requests.reset();
        const path = makePath(value);
        const { status, body } = await rawGet(harness.service.url, path, { authorization: `Bearer ${token}` });
        expect([400, 404, 414], `${path.slice(0, 120)} -> ${status} ${body.slice(0, 200)}`).toContain(status);
        expect(JSON.parse(body)).toMatchObject({ statusCode: status });
        expect(harness.emulator.requests.list().filter((entry) => entry.path !== '/api/v2/users/me')).toEqual([]);
      }
    }
  });

  it('answers a 16 KB Authorization header with the contract 401 and no upstream call', async () => {
    harness.emulator.requests.reset();
    const { status, body } = await rawGet(harness.service.url, '/agent-tools/me', {
      authorization: `Bearer ${'a'.repeat(16_384)}`,
    });
    expect(status).toBe(401);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 401 });
    expect(harness.emulator.requests.list()).toEqual([]);
  });
});
