/**
 * `npm run demo`: the emulator's demo org plus the built service pointed at it, with demo
 * tokens and ready-to-paste calls. Stops both on Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { startEmulator } from '../test/emulator/index.js';

const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 8090);
const SERVICE_PORT = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: EMULATOR_PORT });
  const service = spawn(process.execPath, ['dist/main.js'], {
    env: {
      ...process.env,
      PORT: String(SERVICE_PORT),
      HOST: '127.0.0.1',
      GENESYS_API_BASE_URL: emulator.url,
      LOG_PRETTY: 'true',
      // The widget signs in on the emulator's authorize page instead of https://login.<region>.
      WIDGET_ENABLED: 'true',
      WIDGET_OAUTH_CLIENT_ID: 'agent-tools-demo',
      WIDGET_LOGIN_BASE_URL: emulator.url,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    service.kill('SIGTERM');
    await emulator.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  service.on('exit', (code) => {
    console.error(`The service stopped (exit code ${code}).`);
    void emulator.close().then(() => process.exit(code ?? 1));
  });

  await waitForService(`http://127.0.0.1:${SERVICE_PORT}/health/live`);
  const { agent, supervisor, smallQueue, withSummary, division } = emulator.fixtures;
  const base = `http://127.0.0.1:${SERVICE_PORT}/agent-tools`;
  const widgetQuery = new URLSearchParams({
    gcHostOrigin: `https://apps.${process.env.GENESYS_REGION ?? 'mypurecloud.com'}`,
    gcTargetEnv: 'prod',
    gcConversationId: withSummary.id,
  });
  const curl = (token: string, path: string) => `  curl -s -H "Authorization: Bearer ${token}" '${base}${path}'`;
  console.log(`
Genesys Cloud emulator (demo org "${emulator.data.primary.organization.name}"): ${emulator.url}
Agent tools service: http://127.0.0.1:${SERVICE_PORT}
Agent-desktop widget (signs in on the emulator; pick a demo agent):
  http://127.0.0.1:${SERVICE_PORT}/widget?${widgetQuery}

Demo agent tokens:
  ${agent.name} (agent):       ${agent.token}
  ${supervisor.name} (supervisor): ${supervisor.token}

Try:
${curl(agent.token, '/me')}
${curl(agent.token, '/me/queues')}
${curl(agent.token, `/queues/${smallQueue.id}/members`)}
${curl(agent.token, `/queue-members?divisionId=${division.id}`)}
${curl(agent.token, `/conversations/${withSummary.id}/summary`)}
${curl(agent.token, '/conversations')}

Ctrl+C stops both.`);
}

async function waitForService(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The service did not start at ${url}`);
}

void main();
