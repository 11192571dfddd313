import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { AgentToolsMetrics } from '../../metrics/agent-tools.metrics.js';
import { type AnyRequest, routeTemplateOf, secondsSinceStart } from './request-facts.js';

/** Counts and times one answered request under its route template. */
export function observeAnswer(metrics: AgentToolsMetrics, request: AnyRequest, status: number): void {
  metrics.observeRequest(request.method ?? 'GET', routeTemplateOf(request), status, secondsSinceStart(request));
}

/** Counts and times answered requests; failed ones are counted by the exception filter. */
@Injectable()
export class RequestMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: AgentToolsMetrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AnyRequest>();
    return next.handle().pipe(tap(() => observeAnswer(this.metrics, request, 200)));
  }
}
