import type { Environment } from '../config/environment.js';

/**
 * Agent-desktop plugins call from the browser, from Genesys Cloud's apps origin of the
 * region (`https://apps.<region>`) or an origin the operator adds. No credentials: the
 * token travels in `Authorization`.
 */
export function allowedOrigins(env: Environment): string[] {
  const configured = env.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  return [`https://apps.${env.GENESYS_REGION}`, ...configured];
}

export function corsOptions(env: Environment) {
  return {
    origin: allowedOrigins(env),
    methods: ['GET', 'HEAD', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Cache-Control', 'X-Correlation-Id'],
    exposedHeaders: [
      'X-Correlation-Id',
      'Retry-After',
      'X-Cache',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
    ],
    credentials: false,
    maxAge: 600,
  };
}
