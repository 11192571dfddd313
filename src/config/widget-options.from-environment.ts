import { fileURLToPath } from 'node:url';
import type { WidgetOptions } from '../widget/widget-options.js';
import type { Environment } from './environment.js';

/** `npm run build` writes the page to `web/dist`; this file sits two levels deep in both `src` and `dist`. */
const WIDGET_BUILD_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function widgetOptionsFromEnvironment(env: Environment): WidgetOptions {
  return {
    path: env.WIDGET_PATH,
    oauthClientId: env.WIDGET_OAUTH_CLIENT_ID,
    loginBaseUrl: (env.WIDGET_LOGIN_BASE_URL ?? `https://login.${env.GENESYS_REGION}`).replace(/\/+$/, ''),
    region: env.GENESYS_REGION,
    apiPath: '/agent-tools',
    rootDir: WIDGET_BUILD_DIR,
  };
}
