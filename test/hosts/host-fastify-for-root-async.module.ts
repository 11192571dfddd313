import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AgentToolsModule, type AgentToolsModuleOptions } from '../../src/index.js';
import { HostAgentController, HostPlainController } from './host-agent.controller.js';
import { HostExceptionFilter } from './host-exception.filter.js';
import { HostHeaderGuard } from './host-header.guard.js';

/** A host on Fastify: `forRootAsync` from `@nestjs/config`, its own prefix, guard and filter. */
export function hostFastifyForRootAsyncModule(apiBaseUrl: string) {
  @Module({
    imports: [
      ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ genesys: { apiBaseUrl, timeoutMs: 1_000 } })] }),
      AgentToolsModule.forRootAsync({
        imports: [ConfigModule],
        inject: [ConfigService],
        useFactory: (config: ConfigService): AgentToolsModuleOptions => ({
          apiBaseUrl: config.getOrThrow<string>('genesys.apiBaseUrl'),
          upstreamTimeoutMs: config.getOrThrow<number>('genesys.timeoutMs'),
          retry: { budgetMs: 8_000 },
          throttle: { limitPerMinute: 1_000 },
        }),
        routePrefix: 'tools',
      }),
    ],
    controllers: [HostAgentController, HostPlainController],
    providers: [
      { provide: APP_GUARD, useClass: HostHeaderGuard },
      { provide: APP_FILTER, useClass: HostExceptionFilter },
    ],
  })
  class HostFastifyForRootAsyncModule {}
  return HostFastifyForRootAsyncModule;
}
