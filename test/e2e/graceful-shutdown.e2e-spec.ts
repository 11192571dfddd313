import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { freePort } from './support/free-port.js';
import { get } from './support/http.js';

const UPSTREAM_LATENCY_MS = 1_500;

/** The built service (`npm run build`, then `node dist/main.js`), as production runs it. */
describe('graceful shutdown of the built service', () => {
  let emulator: RunningEmulator;
  let service: ChildProcess;
  let base: string;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    emulator = await startEmulator({ users: 40 });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    service = spawn(process.execPath, ['dist/main.js'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        GENESYS_API_BASE_URL: emulator.url,
        LOG_LEVEL: 'silent',
        SHUTDOWN_TIMEOUT_MS: '10000',
      },
      stdio: 'ignore',
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      if (
        await fetch(`${base}/health/live`).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the built service did not start');
  }, 120_000);
  afterAll(async () => {
    if (service?.exitCode === null) service.kill('SIGKILL');
    await emulator?.close();
  });

  it('finishes every in-flight request on SIGTERM, stops taking new ones, and exits 0', async () => {
    const users = emulator.data.primary.users.slice(0, 5);
    const tokens = users.map((user) => emulator.tokenFor(user.id));
    for (const token of tokens) expect((await get(`${base}/agent-tools/me`, { token })).status).toBe(200);

    emulator.setLatency({ fixedMs: UPSTREAM_LATENCY_MS });
    const inFlight = tokens.map((token) =>
      get(`${base}/agent-tools/me/queues`, { token, headers: { 'cache-control': 'no-cache' } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = once(service, 'exit');
    service.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const late = await fetch(`${base}/health/live`).then(
      (response) => response.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);

    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const [code] = await exited;
    expect(code).toBe(0);
  }, 30_000);
});
