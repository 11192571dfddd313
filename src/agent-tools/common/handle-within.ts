import type { CallHandler } from '@nestjs/common';
import type { AsyncLocalStorage } from 'node:async_hooks';
import { Observable } from 'rxjs';

/**
 * Runs the rest of the request with `store` in `storage`. The handler runs when the stream is
 * subscribed, not when `handle()` is called, so the context must wrap the subscription.
 */
export function handleWithin<T>(storage: AsyncLocalStorage<T>, store: T, next: CallHandler): Observable<unknown> {
  return new Observable((subscriber) => storage.run(store, () => next.handle().subscribe(subscriber)));
}
