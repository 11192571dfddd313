import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { validateEnvironment } from './config/environment.js';

async function bootstrap(): Promise<void> {
  let env;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const app = await createApp(env);
  await app.listen(env.PORT, env.HOST);
  console.log(`Agent tools listening on ${await app.getUrl()}`);
}

void bootstrap();
