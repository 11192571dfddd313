import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApp } from './app.factory.js';
import { type Environment, validateEnvironment } from './config/environment.js';

async function bootstrap(): Promise<void> {
  let env: Environment;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const app = await createApp(env);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Stop accepting, let in-flight requests finish, close Redis; past the deadline, go anyway.
      setTimeout(() => process.exit(1), env.SHUTDOWN_TIMEOUT_MS).unref();
      // A keep-alive connection whose request finishes during shutdown would otherwise hold
      // the server open until the client drops it.
      const server = app.getHttpServer() as Server;
      setInterval(() => server.closeIdleConnections(), 100).unref();
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen(env.PORT, env.HOST);
}

void bootstrap();
