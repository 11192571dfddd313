import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { RedisHealthIndicator } from './redis.health.js';
import { UpstreamHealthIndicator } from './upstream.health.js';

/** `/health/live` and `/health/ready`, checking what the given agent tools module depends on. */
@Module({})
export class HealthModule {
  static forRoot(agentTools: DynamicModule): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), agentTools],
      controllers: [HealthController],
      providers: [RedisHealthIndicator, UpstreamHealthIndicator],
    };
  }
}
