import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AgentToolsModule } from './agent-tools/agent-tools.module.js';
import { AgentToolsExceptionFilter } from './agent-tools/common/agent-tools-exception.filter.js';
import { CorrelationIdMiddleware } from './agent-tools/common/correlation-id.middleware.js';
import { agentToolsOptionsFromEnvironment } from './config/agent-tools-options.from-environment.js';
import type { Environment } from './config/environment.js';

/** The standalone service: the agent tools module, configured from the environment. */
@Module({})
export class AppModule implements NestModule {
  static forEnvironment(env: Environment): DynamicModule {
    return {
      module: AppModule,
      imports: [AgentToolsModule.forRoot(agentToolsOptionsFromEnvironment(env))],
      // Answers outside the module's routes (unknown paths) in the contract's shape too.
      providers: [{ provide: APP_FILTER, useClass: AgentToolsExceptionFilter }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware).forRoutes('*path');
  }
}
