/**
 * Throughput check: `npx tsx test/emulator/throughput.ts [--seconds 5] [--connections 20]`.
 * Starts the emulator in a child process (its own core), then drives it with autocannon from
 * this process over loopback only, at latency 0, and prints requests/s per scenario.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, connections: { type: 'string' } } });
const seconds = Number(values.seconds ?? 5);
const connections = Number(values.connections ?? 20);

async function startChild(): Promise<{ url: string; stop: () => void }> {
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('emulator did not start within 30 s')), 30_000);
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  child.stdout.resume();
  return { url, stop: () => child.kill('SIGTERM') };
}

async function run(name: string, url: string, token: string): Promise<number> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });
  const rps = Math.round(result.requests.average);
  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${name.padEnd(56)} ${String(rps).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx/errors ${bad}`,
  );
  return rps;
}

const emu = await startChild();
try {
  const fixtures = (await (await fetch(`${emu.url}/__emulator/fixtures`)).json()) as {
    agent: { token: string };
    smallQueue: { id: string };
    bigQueue: { id: string };
  };
  const token = fixtures.agent.token;
  console.log(`emulator ${emu.url}, ${connections} connections, ${seconds} s per scenario, latency 0`);
  const results = [
    await run('GET /api/v2/users/me', `${emu.url}/api/v2/users/me`, token),
    await run('GET /api/v2/tokens/me?preserveIdleTTL=true', `${emu.url}/api/v2/tokens/me?preserveIdleTTL=true`, token),
    await run(
      'GET /api/v2/routing/queues/{small}/members (expand)',
      `${emu.url}/api/v2/routing/queues/${fixtures.smallQueue.id}/members?expand=presence,routingStatus`,
      token,
    ),
    await run(
      'GET /api/v2/routing/queues/{big}/members pageSize=100',
      `${emu.url}/api/v2/routing/queues/${fixtures.bigQueue.id}/members?pageSize=100&expand=presence,routingStatus`,
      token,
    ),
  ];
  const small = Math.min(results[0], results[1]);
  console.log(`small requests: ${small} req/s (target >= 5000) -> ${small >= 5000 ? 'OK' : 'BELOW TARGET'}`);
} finally {
  emu.stop();
}
