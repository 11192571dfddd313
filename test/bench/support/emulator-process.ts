import { startEmulator, type EmulatorQueue, type EmulatorUser, type RunningEmulator } from '../../emulator/index.js';
import { serveParent } from './child-peer.js';
import type { BenchQueue, EmulatorAnswer, EmulatorRequest, EmulatorStart, LoggedCall } from './emulator-peer.js';

let emulator: RunningEmulator | undefined;

function canView(user: EmulatorUser, queue: EmulatorQueue): boolean {
  const grant = user.permissions['routing:queue:view'];
  return grant === '*' || (Array.isArray(grant) && grant.includes(queue.divisionId));
}

async function start(request: EmulatorStart): Promise<{ url: string; queues: BenchQueue[] }> {
  const running = await startEmulator({ users: request.users, queues: request.queues, latency: request.latency });
  emulator = running;
  const users = running.data.primary.users;
  const queues = request.queues.map(({ name }) => {
    const queue = running.data.primary.queues.find((candidate) => candidate.name === name)!;
    const viewers = users.filter((user) => canView(user, queue)).slice(0, request.viewerTokens);
    if (viewers.length < request.viewerTokens) {
      throw new Error(`queue ${name}: only ${viewers.length} users may view it, ${request.viewerTokens} wanted`);
    }
    return {
      name,
      id: queue.id,
      members: queue.members.length,
      viewerTokens: viewers.map((user) => running.tokenFor(user.id)),
    };
  });
  return { url: running.url, queues };
}

function running(): RunningEmulator {
  if (!emulator) throw new Error('emulator not started');
  return emulator;
}

serveParent<EmulatorRequest, EmulatorAnswer>(async (request) => {
  switch (request.kind) {
    case 'start':
      return start(request);
    case 'requests':
      return running()
        .requests.list({ pathPattern: request.pathPattern })
        .map(({ method, path, status, durationMs, userId }): LoggedCall => ({
          method,
          path,
          status,
          durationMs,
          userId,
        }));
    case 'reset':
      running().requests.reset();
      return null;
    case 'latency':
      running().setLatency(request.latency);
      return null;
  }
});
