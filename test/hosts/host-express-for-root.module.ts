import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AgentToolsModule } from '../../src/index.js';
import { HostAgentController, HostPlainController } from './host-agent.controller.js';
import { HostExceptionFilter } from './host-exception.filter.js';
import { HostHeaderGuard } from './host-header.guard.js';

/** A host on Express: `forRoot`, its own prefix, its own global guard and filter. */
export function hostExpressForRootModule(apiBaseUrl: string) {
  @Module({
    imports: [
      AgentToolsModule.forRoot({
        apiBaseUrl,
        routePrefix: 'api/genesys',
        upstreamTimeoutMs: 1_000,
        retry: { budgetMs: 8_000 },
        throttle: { enabled: false },
      }),
    ],
    controllers: [HostAgentController, HostPlainController],
    providers: [
      { provide: APP_GUARD, useClass: HostHeaderGuard },
      { provide: APP_FILTER, useClass: HostExceptionFilter },
    ],
  })
  class HostExpressForRootModule {}
  return HostExpressForRootModule;
}
