import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { RetryPolicy } from '../../genesys/retry.policy.js';
import { upstreamCallContext } from '../../genesys/upstream-call.context.js';
import { handleWithin } from './handle-within.js';

/**
 * Gives each request one retry budget, shared by every Genesys call the handler makes: the
 * calls retry under `RetryPolicy` until the budget is spent, then the caller gets the
 * 429/5xx answer instead of a longer wait.
 */
@Injectable()
export class RetryInterceptor implements NestInterceptor {
  constructor(private readonly retryPolicy: RetryPolicy) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return handleWithin(upstreamCallContext, { budget: this.retryPolicy.newBudget() }, next);
  }
}
