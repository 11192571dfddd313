import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../../src/app.factory.js';
import { validateEnvironment } from '../../../src/config/environment.js';

export interface BenchService {
  url: string;
  app: INestApplication;
  close(): Promise<void>;
}

/** PAGE_CONCURRENCY as the service reads it (the bench passes the caller's value through). */
export function pageConcurrency(): number {
  return Number(process.env.PAGE_CONCURRENCY ?? 8);
}

/** The standalone service on Fastify, through its real environment handling, against the emulator. */
export async function startBenchService(emulatorUrl: string, env: Record<string, string> = {}): Promise<BenchService> {
  const app = await createApp(
    validateEnvironment({
      GENESYS_API_BASE_URL: emulatorUrl,
      HTTP_ADAPTER: 'fastify',
      PAGE_CONCURRENCY: String(pageConcurrency()),
      // One log line per request would flood the bench output and time the log pipe, not the service.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...env,
    }),
  );
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
  return { url, app, close: () => app.close() };
}
