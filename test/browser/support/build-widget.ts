import { build } from 'vite';

/** The page under test is the production build, served by the service from `web/dist`. */
export default async function buildWidget(): Promise<void> {
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
}
