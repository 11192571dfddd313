import 'reflect-metadata';
import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AgentToolsModule } from '../../../src/index.js';
import { RawBytes, RawBytesController } from './raw-bytes.controller.js';

/** A host app: the service's AgentToolsModule and the bench-only raw bytes route, side by side. */
@Module({})
export class BenchHostModule {
  static forEmulator(apiBaseUrl: string): DynamicModule {
    return {
      module: BenchHostModule,
      // The per-agent limit is off: one agent's token drives the whole run.
      imports: [AgentToolsModule.forRoot({ apiBaseUrl, throttle: { enabled: false } })],
      controllers: [RawBytesController],
      providers: [RawBytes],
    };
  }
}

export async function startBenchHost(apiBaseUrl: string): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(BenchHostModule.forEmulator(apiBaseUrl), new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1') };
}
