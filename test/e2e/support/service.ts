import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../../src/app.factory.js';
import { validateEnvironment } from '../../../src/config/environment.js';
import type { RunningEmulator } from '../../emulator/index.js';

export type Adapter = 'fastify' | 'express';
export const ADAPTERS: Adapter[] = ['fastify', 'express'];

export interface RunningService {
  url: string;
  app: INestApplication;
  close(): Promise<void>;
}

/** The standalone service, built from its real environment handling, pointed at the emulator. */
export async function startService(
  emulator: RunningEmulator,
  options: { adapter?: Adapter; env?: Record<string, string> } = {},
): Promise<RunningService> {
  const env = validateEnvironment({
    GENESYS_API_BASE_URL: emulator.url,
    HTTP_ADAPTER: options.adapter ?? 'fastify',
    RETRY_BUDGET_MS: '8000',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const app = await createApp(env);
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { url, app, close: () => app.close() };
}
