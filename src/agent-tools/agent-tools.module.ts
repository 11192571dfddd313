import { CacheModule } from '@nestjs/cache-manager';
import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { createGenesysApiClient } from '../genesys/genesys-api-client.js';
import { GenesysClientFactory } from '../genesys/genesys-client.factory.js';
import { GENESYS_API_CLIENT } from '../genesys/genesys.constants.js';
import { PaginationService } from '../genesys/pagination.service.js';
import { RetryPolicy } from '../genesys/retry.policy.js';
import { AgentAuthGuard } from './auth/agent-auth.guard.js';
import { IdentityService } from './auth/identity.service.js';
import { AGENT_TOOLS_SETTINGS } from './agent-tools.constants.js';
import {
  AGENT_TOOLS_ASYNC_OPTIONS_TYPE,
  AGENT_TOOLS_MODULE_OPTIONS,
  AGENT_TOOLS_OPTIONS_TYPE,
  AgentToolsConfigurableModule,
} from './agent-tools.module-definition.js';
import type { AgentToolsSettings } from './agent-tools-options.interface.js';
import { resolveAgentToolsSettings } from './agent-tools-settings.js';
import { AgentDataCache } from './cache/agent-data.cache.js';
import { CacheHeadersInterceptor } from './cache/cache-headers.interceptor.js';
import { CachedJsonInterceptor } from './cache/cached-json.interceptor.js';
import { createCacheOptions } from './cache/cache-store.factory.js';
import { CoalescingCache } from './cache/coalescing-cache.js';
import { AgentToolsExceptionFilter } from './common/agent-tools-exception.filter.js';
import { CorrelationIdInterceptor } from './common/correlation-id.interceptor.js';
import { RequestMetricsInterceptor } from './common/request-metrics.interceptor.js';
import { RetryInterceptor } from './common/retry.interceptor.js';
import { AgentToolsMetrics } from '../metrics/agent-tools.metrics.js';
import { ConversationsController } from './conversations/conversations.controller.js';
import { AgentConversationsService } from './conversations/agent-conversations.service.js';
import { ConversationSummaryService } from './conversations/conversation-summary.service.js';
import { MeController } from './me/me.controller.js';
import { MeService } from './me/me.service.js';
import { QueuesController } from './queues/queues.controller.js';
import { QueueMembersService } from './queues/queue-members.service.js';
import { DivisionUsersController } from './users/division-users.controller.js';
import { DivisionUsersService } from './users/division-users.service.js';
import { AgentThrottlerGuard } from './throttling/agent-throttler.guard.js';
import { createThrottlerOptions } from './throttling/throttler-options.factory.js';
import { AgentToolsSettingsModule } from './agent-tools-settings.module.js';

const CONTROLLERS = [MeController, QueuesController, DivisionUsersController, ConversationsController];

function fromSettings<T>(build: (settings: AgentToolsSettings) => T) {
  return { useFactory: build, inject: [AGENT_TOOLS_SETTINGS] };
}

const PROVIDERS: Provider[] = [
  {
    provide: GENESYS_API_CLIENT,
    ...fromSettings((s) => createGenesysApiClient({ apiBaseUrl: s.apiBaseUrl, timeoutMs: s.upstreamTimeoutMs })),
  },
  { provide: RetryPolicy, ...fromSettings((s) => new RetryPolicy(s.retry)) },
  AgentToolsMetrics,
  {
    provide: PaginationService,
    useFactory: (s: AgentToolsSettings, metrics: AgentToolsMetrics) =>
      new PaginationService({
        itemCap: s.itemCap,
        pageConcurrency: s.pageConcurrency,
        onCollected: (pages) => metrics.observePagesFetched(pages),
      }),
    inject: [AGENT_TOOLS_SETTINGS, AgentToolsMetrics],
  },
  GenesysClientFactory,
  CoalescingCache,
  AgentDataCache,
  IdentityService,
  AgentAuthGuard,
  AgentThrottlerGuard,
  RetryInterceptor,
  CorrelationIdInterceptor,
  CacheHeadersInterceptor,
  CachedJsonInterceptor,
  RequestMetricsInterceptor,
  AgentToolsExceptionFilter,
  MeService,
  QueueMembersService,
  DivisionUsersService,
  ConversationSummaryService,
  AgentConversationsService,
];

/**
 * The agent tools: the contract's routes, and the Genesys access layer for hosts that
 * write their own endpoints.
 */
@Module({
  controllers: CONTROLLERS,
  providers: PROVIDERS,
  exports: [GenesysClientFactory, PaginationService, RetryPolicy, IdentityService, AgentAuthGuard, AgentToolsMetrics],
})
export class AgentToolsModule extends AgentToolsConfigurableModule {
  static override forRoot(options: typeof AGENT_TOOLS_OPTIONS_TYPE): DynamicModule {
    return assemble(super.forRoot(options), options.routePrefix);
  }

  static override forRootAsync(options: typeof AGENT_TOOLS_ASYNC_OPTIONS_TYPE): DynamicModule {
    return assemble(super.forRootAsync(options), options.routePrefix);
  }
}

/**
 * The builder's options providers move into a settings module that the cache and throttler
 * modules can import too, so that their stores follow the same options.
 */
function assemble(definition: DynamicModule, routePrefix: string | null | undefined): DynamicModule {
  const settings: DynamicModule = {
    module: AgentToolsSettingsModule,
    imports: definition.imports ?? [],
    providers: [
      ...(definition.providers ?? []),
      { provide: AGENT_TOOLS_SETTINGS, useFactory: resolveAgentToolsSettings, inject: [AGENT_TOOLS_MODULE_OPTIONS] },
    ],
    exports: [AGENT_TOOLS_SETTINGS],
  };
  const fromSettings = { imports: [settings], inject: [AGENT_TOOLS_SETTINGS] };
  const throttler = ThrottlerModule.forRootAsync({ ...fromSettings, useFactory: createThrottlerOptions });
  const imports = [settings, CacheModule.registerAsync({ ...fromSettings, useFactory: createCacheOptions }), throttler];
  const path = routePrefix === undefined ? 'agent-tools' : routePrefix;
  if (path !== null) imports.push(RouterModule.register([{ path, module: AgentToolsModule }]));
  // Hosts that put `@AgentToolsEndpoint()` on their own controllers need what its guards use.
  return { ...definition, imports, providers: [], exports: [settings, throttler] };
}
