import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { RetryPolicy } from '../../genesys/retry.policy.js';
import { upstreamCallContext } from '../../genesys/upstream-call.context.js';

/**
 * Gives each request one retry budget, shared by every Genesys call the handler makes: the
 * calls retry under `RetryPolicy` until the budget is spent, then the caller gets the
 * 429/5xx answer instead of a longer wait.
 */
@Injectable()
export class RetryInterceptor implements NestInterceptor {
  constructor(private readonly retryPolicy: RetryPolicy) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const store = { budget: this.retryPolicy.newBudget() };
    // The handler runs when the stream is subscribed, so the context must wrap the subscription.
    return new Observable((subscriber) => upstreamCallContext.run(store, () => next.handle().subscribe(subscriber)));
  }
}
