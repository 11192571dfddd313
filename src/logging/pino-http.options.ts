import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import { agentOf } from '../agent-tools/auth/agent-request.js';
import { ensureCorrelationId } from '../agent-tools/common/correlation-id.js';
import { rememberedRouteOf } from '../agent-tools/common/request-facts.js';
import type { Environment } from '../config/environment.js';

/** Query parameters that may carry a credential if a client misuses them. */
const SECRET_QUERY = /([?&](?:access_token|token|code|id_token|refresh_token)=)[^&]*/gi;

/**
 * One JSON line per request (route, status, duration, correlation id, organization and
 * user), never a header: tokens and cookies cannot reach the log through the request.
 */
export function pinoHttpOptions(env: Environment): Options {
  return {
    level: env.LOG_LEVEL,
    transport: env.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const id = ensureCorrelationId(request.headers);
      response.setHeader('X-Correlation-Id', id);
      return id;
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        method: request.method,
        url: request.url.replace(SECRET_QUERY, '$1[redacted]'),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    redact: { paths: ['req.headers', 'res.headers', '*.authorization', '*.token'], censor: '[redacted]' },
    customProps: (request: IncomingMessage) => {
      const agent = agentOf(request);
      return {
        correlationId: request.headers['x-correlation-id'],
        route: rememberedRouteOf(request),
        organizationId: agent?.identity.organizationId,
        userId: agent?.identity.userId,
      };
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false },
  };
}
