import autocannon from 'autocannon';
import { serveParent } from './child-peer.js';
import type { LoadResult, LoadRun } from './load-peer.js';

async function run(load: LoadRun): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.durationSec ?? 10,
    amount: load.amount,
    headers: load.headers,
    // A bound on a stuck run; the parent's own timeout is the other one.
    timeout: 10,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          if (load.tokens.length === 0) return request;
          const token = load.tokens[next++ % load.tokens.length];
          return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    durationSec: result.duration,
    requestsPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

serveParent<LoadRun, LoadResult>(run);
