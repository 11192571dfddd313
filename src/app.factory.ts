import fastifyHelmet from '@fastify/helmet';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { Server } from 'node:http';
import { AppModule, type AppModuleOptions } from './app.module.js';
import type { Environment } from './config/environment.js';
import { answerFastifyFrameworkError } from './fastify-framework-errors.js';
import { corsOptions } from './http/cors.options.js';
import { setupOpenApi } from './http/openapi.js';
import { helmetOptions } from './http/security-headers.js';

/** Large enough for any real token; an oversized Authorization header gets the contract's 401, not a bare 431. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Every route is a GET; a body is never needed. */
const MAX_BODY_BYTES = 16 * 1024;

/** Builds the standalone service on the adapter the environment names (Fastify by default). */
export async function createApp(env: Environment, options: AppModuleOptions = {}): Promise<INestApplication> {
  const module = AppModule.forEnvironment(env, options);
  const app =
    env.HTTP_ADAPTER === 'express' ? await createExpressApp(module, env) : await createFastifyApp(module, env);
  app.useLogger(app.get(Logger));
  if (env.DOCS_ENABLED) setupOpenApi(app);
  return app;
}

async function createFastifyApp(module: Parameters<typeof NestFactory.create>[0], env: Environment) {
  const adapter = new FastifyAdapter({
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    routerOptions: { maxParamLength: 1_000, ignoreTrailingSlash: true },
    bodyLimit: MAX_BODY_BYTES,
    frameworkErrors: answerFastifyFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true });
  await app.register(fastifyHelmet, helmetOptions(env));
  app.enableCors(corsOptions(env));
  return app;
}

async function createExpressApp(module: Parameters<typeof NestFactory.create>[0], env: Environment) {
  const app = await NestFactory.create<NestExpressApplication>(module, new ExpressAdapter(), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.use(helmet(helmetOptions(env)));
  app.disable('x-powered-by');
  app.enableCors(corsOptions(env));
  // Node reads this per connection; the Express adapter does not expose the createServer option.
  (app.getHttpServer() as Server & { maxHeaderSize?: number }).maxHeaderSize = MAX_HEADER_BYTES;
  return app;
}
