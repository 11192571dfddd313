import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AgentToolsModule } from './agent-tools/agent-tools.module.js';
import { AgentToolsExceptionFilter } from './agent-tools/common/agent-tools-exception.filter.js';
import { agentToolsOptionsFromEnvironment } from './config/agent-tools-options.from-environment.js';
import type { Environment } from './config/environment.js';
import { widgetOptionsFromEnvironment } from './config/widget-options.from-environment.js';
import { HealthModule } from './health/health.module.js';
import { pinoHttpOptions } from './logging/pino-http.options.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { WidgetModule } from './widget/widget.module.js';

export interface AppModuleOptions {
  /** Where log lines go (default: stdout); tests capture them here. */
  logStream?: DestinationStream;
}

/** The standalone service: the agent tools module configured from the environment, plus operability. */
@Module({})
export class AppModule {
  static forEnvironment(env: Environment, options: AppModuleOptions = {}): DynamicModule {
    const agentTools = AgentToolsModule.forRoot(agentToolsOptionsFromEnvironment(env));
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: options.logStream ? [pinoHttpOptions(env), options.logStream] : pinoHttpOptions(env),
          forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
        }),
        agentTools,
        HealthModule.forRoot(agentTools),
        ...(env.WIDGET_ENABLED ? [WidgetModule.forRoot(widgetOptionsFromEnvironment(env))] : []),
      ],
      controllers: [MetricsController],
      // Answers outside the module's routes (unknown paths) in the contract's shape too.
      providers: [{ provide: APP_FILTER, useClass: AgentToolsExceptionFilter }],
    };
  }
}
