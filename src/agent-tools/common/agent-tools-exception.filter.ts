import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { STATUS_CODES } from 'node:http';
import { GenesysUpstreamError } from '../../genesys/genesys-upstream.error.js';
import { AgentToolsMetrics } from '../../metrics/agent-tools.metrics.js';
import { CONTRACT_MESSAGES, type ContractErrorBody } from './contract-error-body.js';
import { ensureCorrelationId } from './correlation-id.js';
import { RateLimitedException } from './rate-limited.exception.js';
import type { AnyRequest } from './request-facts.js';
import { observeAnswer } from './request-metrics.interceptor.js';
import { RequestValidationException } from './request-validation.exception.js';

type Headers = Record<string, string | string[] | undefined>;

interface ErrorAnswer {
  body: ContractErrorBody;
  retryAfterSec?: number;
}

const PERMISSION = /\b[A-Za-z]+:[A-Za-z]+:[A-Za-z]+\b/g;
const DEFAULT_RETRY_AFTER_SEC = 1;

/**
 * Turns every exception into the contract's error JSON. Subclass and override a protected
 * method to change one mapping.
 */
@Catch()
export class AgentToolsExceptionFilter implements ExceptionFilter {
  protected readonly logger = new Logger('AgentTools');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Optional() private readonly metrics?: AgentToolsMetrics,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AnyRequest & { headers: Headers }>();
    const response = http.getResponse<unknown>();
    const correlationId = ensureCorrelationId(request.headers);
    const answer = this.toAnswer(exception, correlationId);
    this.log(exception, answer.body);

    const adapter = this.adapterHost.httpAdapter;
    adapter.setHeader(response, 'X-Correlation-Id', correlationId);
    if (answer.retryAfterSec !== undefined) adapter.setHeader(response, 'Retry-After', String(answer.retryAfterSec));
    adapter.reply(response, answer.body, answer.body.statusCode);
    if (this.metrics) observeAnswer(this.metrics, request, answer.body.statusCode);
  }

  protected toAnswer(exception: unknown, correlationId: string): ErrorAnswer {
    if (exception instanceof GenesysUpstreamError) return this.fromUpstream(exception, correlationId);
    if (exception instanceof HttpException) return this.fromHttpException(exception, correlationId);
    return { body: this.body(500, CONTRACT_MESSAGES[500], correlationId) };
  }

  protected fromUpstream(error: GenesysUpstreamError, correlationId: string): ErrorAnswer {
    const status = this.statusForUpstream(error);
    const message = status === 403 ? this.forbiddenMessage(error) : messageFor(status);
    const body = this.body(status, message, correlationId);
    if (error.kind !== 'client') {
      body.upstream = { status: error.status, code: error.code, contextId: error.contextId };
    }
    const retryAfterSec = status === 429 ? (error.retryAfterSec ?? DEFAULT_RETRY_AFTER_SEC) : undefined;
    return { body, retryAfterSec };
  }

  /** How a Genesys failure becomes this service's status (the contract's error table). */
  protected statusForUpstream(error: GenesysUpstreamError): number {
    switch (error.kind) {
      case 'client':
        return 500;
      case 'timeout':
        return 504;
      case 'network':
        return 503;
      default:
        break;
    }
    if (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 429) {
      return error.status;
    }
    if (error.status === 503 || error.status === 504) return error.status;
    return 502;
  }

  protected fromHttpException(exception: HttpException, correlationId: string): ErrorAnswer {
    const status = exception.getStatus();
    if (exception instanceof RequestValidationException) {
      const body = this.body(status, exception.message, correlationId);
      body.details = exception.details;
      return { body };
    }
    const own = exception.getResponse();
    const ownMessage = typeof own === 'string' ? own : (own as { message?: unknown }).message;
    // Our own 400s carry a precise message; other statuses use the contract's wording.
    const message =
      status === 400 && typeof ownMessage === 'string' ? ownMessage : messageFor(status, exception.message);
    const retryAfterSec =
      exception instanceof RateLimitedException
        ? exception.retryAfterSec
        : status === 429
          ? DEFAULT_RETRY_AFTER_SEC
          : undefined;
    return { body: this.body(status, message, correlationId), retryAfterSec };
  }

  protected forbiddenMessage(error: GenesysUpstreamError): string {
    const permissions = [...new Set(error.message.match(PERMISSION) ?? [])];
    return permissions.length > 0
      ? `${CONTRACT_MESSAGES[403]} Requires one of: ${permissions.join(', ')}.`
      : CONTRACT_MESSAGES[403];
  }

  /** Every Genesys failure is logged with its code and contextId (never a token); our own 4xx are not. */
  protected log(exception: unknown, body: ContractErrorBody): void {
    if (exception instanceof GenesysUpstreamError) {
      this.logger.warn({
        msg: `Upstream ${exception.operation} failed`,
        kind: exception.kind,
        upstreamStatus: exception.status,
        code: exception.code,
        contextId: exception.contextId,
        correlationId: body.correlationId,
      });
    } else if (body.statusCode >= 500) {
      this.logger.error(`Unhandled error correlationId=${body.correlationId}`, (exception as Error)?.stack);
    }
  }

  private body(statusCode: number, message: string, correlationId: string): ContractErrorBody {
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, correlationId };
  }
}

function messageFor(status: number, fallback?: string): string {
  return (CONTRACT_MESSAGES as Record<number, string>)[status] ?? fallback ?? STATUS_CODES[status] ?? 'Error';
}
