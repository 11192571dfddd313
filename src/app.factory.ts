import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import type { Environment } from './config/environment.js';
import { answerFastifyFrameworkError } from './fastify-framework-errors.js';

/** Large enough for any real token; an oversized Authorization header gets the contract's 401, not a bare 431. */
const MAX_HEADER_BYTES = 64 * 1024;

/** Builds the standalone service on the adapter the environment names (Fastify by default). */
export async function createApp(env: Environment): Promise<INestApplication> {
  const module = AppModule.forEnvironment(env);
  const app =
    env.HTTP_ADAPTER === 'express'
      ? await NestFactory.create(module, new ExpressAdapter(), { bufferLogs: true })
      : await NestFactory.create(
          module,
          new FastifyAdapter({
            http: { maxHeaderSize: MAX_HEADER_BYTES },
            routerOptions: { maxParamLength: 1_000 },
            frameworkErrors: answerFastifyFrameworkError,
          }),
          { bufferLogs: true },
        );
  app.enableShutdownHooks();
  if (env.HTTP_ADAPTER === 'express') {
    // Node reads this per connection; the Express adapter does not expose the createServer option.
    (app.getHttpServer() as Server & { maxHeaderSize?: number }).maxHeaderSize = MAX_HEADER_BYTES;
  }
  return app;
}
