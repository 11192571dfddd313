import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ensureCorrelationId } from './correlation-id.js';
import { markRequestStart } from './request-facts.js';

/**
 * Gives every response an `X-Correlation-Id` and notes when the request arrived (works on
 * the raw request of both adapters).
 */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  use(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    markRequestStart(request);
    response.setHeader('X-Correlation-Id', ensureCorrelationId(request.headers));
    next();
  }
}
