/**
 * `npm run emulator`: starts the emulator on its own and prints its URL and demo tokens.
 * Options (CLI flag, then environment variable, then default):
 *   --port / EMULATOR_PORT (8090)      --host / EMULATOR_HOST (127.0.0.1)
 *   --seed / EMULATOR_SEED (42)        --users / EMULATOR_USERS (300)
 *   --latency / EMULATOR_LATENCY_MS    e.g. `50` (fixed) or `20-80` (random range)
 *   --rate-limit / EMULATOR_RATE_LIMIT requests per token per minute (off)
 *   --faults / EMULATOR_FAULTS         JSON array of fault rules as the control API takes them,
 *                                      e.g. '[{"path":"/api/v2/users/me","kind":503,"times":2}]'
 */
import { parseArgs } from 'node:util';
import type { LatencySetting } from './emulator.types.js';
import { startEmulator } from './index.js';
import { faultRuleFromJson } from './routes/control.routes.js';

function parseLatency(v: string | undefined): LatencySetting | undefined {
  if (!v) return undefined;
  const range = /^(\d+)-(\d+)$/.exec(v);
  if (range) return { minMs: Number(range[1]), maxMs: Number(range[2]) };
  if (/^\d+$/.test(v)) return { fixedMs: Number(v) };
  throw new Error(`--latency must be N or MIN-MAX (ms), got '${v}'`);
}

function int(name: string, v: string | undefined, def: number | undefined): number | undefined {
  if (v === undefined || v === '') return def;
  if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a non-negative integer, got '${v}'`);
  return Number(v);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      users: { type: 'string' },
      latency: { type: 'string' },
      'rate-limit': { type: 'string' },
      faults: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run emulator -- [--port 8090] [--host 127.0.0.1] [--seed 42] [--users 300] [--latency 50|20-80] [--rate-limit 300] [--faults JSON]',
    );
    return;
  }
  const env = process.env;
  const latency = parseLatency(values.latency ?? env.EMULATOR_LATENCY_MS);
  const rateLimit = int('rate-limit', values['rate-limit'] ?? env.EMULATOR_RATE_LIMIT, undefined);
  const faultsJson = values.faults ?? env.EMULATOR_FAULTS;
  const faults = faultsJson ? (JSON.parse(faultsJson) as unknown[]).map(faultRuleFromJson) : [];
  const emulator = await startEmulator({
    port: int('port', values.port ?? env.EMULATOR_PORT, 8090),
    host: values.host ?? env.EMULATOR_HOST ?? '127.0.0.1',
    seed: int('seed', values.seed ?? env.EMULATOR_SEED, 42),
    users: int('users', values.users ?? env.EMULATOR_USERS, 300),
    ...(latency ? { latency } : {}),
    ...(rateLimit ? { rateLimitPerMinute: rateLimit } : {}),
    faults,
  });
  const f = emulator.fixtures;
  const primary = emulator.data.primary;
  console.log(`Genesys Cloud emulator listening on ${emulator.url}`);
  console.log(
    `  org "${primary.organization.name}": ${primary.users.length} users, ${primary.queues.length} queues, ${primary.conversations.length} conversations` +
      (latency ? `, latency ${JSON.stringify(latency)}` : '') +
      (rateLimit ? `, rate limit ${rateLimit}/min per token` : ''),
  );
  console.log(`  point the service at it: GENESYS_API_BASE_URL=${emulator.url}`);
  console.log(`  control API: ${emulator.url}/__emulator (fixtures, tokens, faults, latency, rate-limit, requests)`);
  console.log('Demo tokens (Authorization: Bearer <token>):');
  const row = (label: string, who: string, token: string) =>
    console.log(`  ${label.padEnd(20)} ${who.padEnd(44)} ${token}`);
  row('agent', `${f.agent.name} (${f.agent.id.slice(0, 8)}...)`, f.agent.token);
  row('secondAgent', f.secondAgent.name, f.secondAgent.token);
  row('supervisor', f.supervisor.name, f.supervisor.token);
  row('busyAgent', `${f.busyAgent.name} (200+ conversations today)`, f.busyAgent.token);
  row('noQueuePermission', `${f.noQueuePermission.name} (no routing:queue:view)`, f.noQueuePermission.token);
  row(
    'divisionRestricted',
    `${f.divisionRestricted.name} (not in "${primary.divisions.find((d) => d.id === f.restrictedQueue.divisionId)?.name}")`,
    f.divisionRestricted.token,
  );
  row('noPermissions', `${f.noPermissions.name} (no permissions)`, f.noPermissions.token);
  row('otherOrgAgent', `${f.otherOrgAgent.name} (other org)`, f.otherOrgAgent.token);
  row('expired', `${f.agent.name} (expired)`, f.expiredToken);
  console.log('Handy ids:');
  console.log(
    `  smallQueue ${f.smallQueue.id} (${f.smallQueue.members.length} members)   bigQueue ${f.bigQueue.id} (${f.bigQueue.members.length} members)`,
  );
  console.log(`  division "${f.division.name}" ${f.division.id}`);
  console.log(
    `  conversation with AI summary ${f.withSummary.id}   without ${f.withoutSummary.id}   active ${f.active.id}`,
  );
  console.log(
    `Try: curl -H "Authorization: Bearer ${f.agent.token}" "${emulator.url}/api/v2/users/me?expand=organization,presence,routingStatus"`,
  );

  const stop = async () => {
    await emulator.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
