import type { Environment } from '../config/environment.js';
import { allowedOrigins } from './cors.options.js';

/**
 * helmet's settings for both adapters. The widget is framed by the Genesys Cloud desktop,
 * so framing is governed by CSP `frame-ancestors` (the allowed origins) instead of
 * `X-Frame-Options`.
 */
export function helmetOptions(env: Environment) {
  return {
    frameguard: false as const,
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'", ...allowedOrigins(env)],
        formAction: ["'self'"],
      },
    },
  };
}
