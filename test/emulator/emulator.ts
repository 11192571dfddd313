import { EmulatorServer } from './emulator.server.js';
import { EmulatorStore } from './emulator.store.js';
import type { EmulatorQueue } from './emulator-data.types.js';
import type {
  EmulatorFixtures,
  EmulatorOptions,
  FaultRule,
  FixtureUser,
  LatencySetting,
  RequestLogFilter,
  RunningEmulator,
} from './emulator.types.js';
import { FaultInjector } from './faults.js';
import { LatencyControl } from './latency.js';
import { generateOrgs } from './org.generator.js';
import { Prng } from './prng.js';
import { RateLimiter } from './rate-limit.js';
import { RequestLog } from './request-log.js';
import { Router } from './router.js';
import { analyticsRoutes } from './routes/analytics.routes.js';
import { controlRoutes } from './routes/control.routes.js';
import { conversationsRoutes } from './routes/conversations.routes.js';
import { identityRoutes } from './routes/identity.routes.js';
import { type DemoAgent, oauthRoutes } from './routes/oauth.routes.js';
import { presenceRoutes } from './routes/presence.routes.js';
import { routingRoutes } from './routes/routing.routes.js';
import { usersRoutes } from './routes/users.routes.js';

export const DEFAULT_SEED = 42;
export const DEFAULT_USERS = 300;

/** Every /api/v2 route the emulator serves, and the OAuth login page; add new route files here. */
export function apiRouter(demoAgents: readonly DemoAgent[] = []): Router {
  return new Router().add(
    ...identityRoutes,
    ...usersRoutes,
    ...presenceRoutes,
    ...routingRoutes,
    ...conversationsRoutes,
    ...analyticsRoutes,
    ...oauthRoutes(demoAgents),
  );
}

/** Generates the orgs, mints the fixture tokens and starts listening. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? new Date();
  const host = options.host ?? '127.0.0.1';
  const { data, fixtureIds } = generateOrgs({
    seed,
    users: options.users ?? DEFAULT_USERS,
    extraQueues: options.queues ?? [],
    now,
  });
  const store = new EmulatorStore(data, now);

  // Fixture tokens are derived from the seed, so a demo can print the same tokens every run.
  const tokenRng = new Prng(seed).fork('tokens');
  const fixtureUser = (id: string): FixtureUser => {
    const user = store.anyUser(id)!;
    return { ...user, token: store.tokens.register(tokenRng.token(), user.id, user.orgId) };
  };
  const queue = (id: string): EmulatorQueue => [...data.primary.queues, ...data.other.queues].find((q) => q.id === id)!;
  const conversation = (id: string) =>
    [...data.primary.conversations, ...data.other.conversations].find((c) => c.id === id)!;
  const agent = fixtureUser(fixtureIds.agent);
  const fixtures: EmulatorFixtures = {
    agent,
    secondAgent: fixtureUser(fixtureIds.secondAgent),
    supervisor: fixtureUser(fixtureIds.supervisor),
    noQueuePermission: fixtureUser(fixtureIds.noQueuePermission),
    divisionRestricted: fixtureUser(fixtureIds.divisionRestricted),
    busyAgent: fixtureUser(fixtureIds.busyAgent),
    noPermissions: fixtureUser(fixtureIds.noPermissions),
    otherOrgAgent: fixtureUser(fixtureIds.otherOrgAgent),
    smallQueue: queue(fixtureIds.smallQueue),
    bigQueue: queue(fixtureIds.bigQueue),
    restrictedQueue: queue(fixtureIds.restrictedQueue),
    otherOrgQueue: queue(fixtureIds.otherOrgQueue),
    withSummary: conversation(fixtureIds.withSummary),
    withoutSummary: conversation(fixtureIds.withoutSummary),
    active: conversation(fixtureIds.active),
    otherOrg: conversation(fixtureIds.otherOrg),
    division: data.primary.divisions.find((d) => d.id === fixtureIds.division)!,
    expiredToken: store.tokens.register(tokenRng.token(), agent.id, agent.orgId, -3600),
  };

  const faults = new FaultInjector();
  for (const rule of options.faults ?? []) faults.add(rule);
  const latency = new LatencyControl(options.latency);
  const rateLimiter = new RateLimiter(options.rateLimitPerMinute);
  const log = new RequestLog();
  const tokenFor = (userId: string, opts: { expiresInSec?: number } = {}): string => {
    const user = store.anyUser(userId);
    if (!user) throw new Error(`unknown user ${userId}`);
    return store.tokens.mint(user.id, user.orgId, opts.expiresInSec);
  };
  const requests = {
    list: (filter?: RequestLogFilter) => log.list(filter),
    reset: () => log.reset(),
  };
  const faultApi = {
    add: (rule: FaultRule) => faults.add(rule),
    clear: () => faults.clear(),
    list: () => faults.list(),
  };
  const setLatency = (l: LatencySetting | undefined) => latency.set(l);
  const setRateLimit = (perMinute: number | undefined) => rateLimiter.set(perMinute);

  let url = '';
  const control = new Router().add(
    ...controlRoutes({
      info: () => ({
        url,
        seed,
        now: now.toISOString(),
        organizations: [data.primary, data.other].map((o) => ({
          id: o.organization.id,
          name: o.organization.name,
          users: o.users.length,
          queues: o.queues.length,
          conversations: o.conversations.length,
        })),
        latency: latency.get() ?? null,
        rateLimitPerMinute: rateLimiter.get() ?? null,
      }),
      fixturesJson: () => fixturesToJson(fixtures),
      tokenFor,
      faults: faultApi,
      setLatency,
      getLatency: () => latency.get(),
      setRateLimit,
      getRateLimit: () => rateLimiter.get(),
      requests,
    }),
  );
  const demoAgents: DemoAgent[] = [
    { user: fixtures.agent, role: 'Agent: queues, conversations with AI summaries' },
    { user: fixtures.secondAgent, role: 'Agent, off queue' },
    { user: fixtures.supervisor, role: 'Supervisor: sees every conversation' },
    { user: fixtures.busyAgent, role: 'Busy agent: 230 conversations today' },
  ];
  const server = new EmulatorServer({ store, api: apiRouter(demoAgents), control, faults, latency, rateLimiter, log });
  const port = await server.listen(options.port ?? 0, host);
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    data,
    fixtures,
    tokenFor,
    faults: faultApi,
    setLatency,
    setRateLimit,
    requests,
    close: () => server.close(),
  };
}

/** Fixtures over HTTP: queues carry their member count instead of the (possibly 5,000-long) member list. */
export function fixturesToJson(f: EmulatorFixtures): Record<string, unknown> {
  const q = (queue: EmulatorQueue) => {
    const { members, ...rest } = queue;
    return { ...rest, memberCount: members.length };
  };
  return {
    ...f,
    smallQueue: { ...f.smallQueue, members: f.smallQueue.members },
    bigQueue: q(f.bigQueue),
    restrictedQueue: q(f.restrictedQueue),
    otherOrgQueue: q(f.otherOrgQueue),
  };
}
