import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, type Observable } from 'rxjs';
import { cacheContext } from './cache-context.js';

/** JSON text per cached answer object: the in-memory store hands back the same object on every hit. */
const jsonTexts = new WeakMap<object, string>();

/**
 * Sends a cached answer as JSON text made once per cached object, so that a cache hit costs
 * no serialisation. Answers are never mutated after they are cached (the store does not clone
 * them), which is what makes the text safe to reuse.
 */
@Injectable()
export class CachedJsonInterceptor implements NestInterceptor {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((answer: unknown) => {
        const cache = cacheContext.getStore();
        if (!cache || cache.lookups === 0 || typeof answer !== 'object' || answer === null) return answer;
        let text = jsonTexts.get(answer);
        if (text === undefined) {
          text = JSON.stringify(answer);
          jsonTexts.set(answer, text);
        }
        const response = context.switchToHttp().getResponse<unknown>();
        this.adapterHost.httpAdapter.setHeader(response, 'Content-Type', 'application/json; charset=utf-8');
        return text;
      }),
    );
  }
}
