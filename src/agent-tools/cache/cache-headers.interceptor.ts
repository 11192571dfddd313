import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Observable, tap } from 'rxjs';
import { handleWithin } from '../common/handle-within.js';
import { type CacheContext, cacheContext } from './cache-context.js';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Reads `Cache-Control: no-cache` from the caller and answers with `X-Cache: HIT|MISS` and a
 * browser `Cache-Control`. Answers are per agent, so browsers may keep them (`private`) but
 * shared proxies may not.
 */
@Injectable()
export class CacheHeadersInterceptor implements NestInterceptor {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<{ headers: Headers }>();
    const store: CacheContext = { fresh: wantsFresh(request.headers), lookups: 0, hits: 0 };
    return handleWithin(cacheContext, store, next).pipe(tap(() => this.setHeaders(http.getResponse<unknown>(), store)));
  }

  private setHeaders(response: unknown, store: CacheContext): void {
    const adapter = this.adapterHost.httpAdapter;
    if (store.lookups === 0) {
      adapter.setHeader(response, 'Cache-Control', 'private, no-store');
      return;
    }
    adapter.setHeader(response, 'X-Cache', store.hits === store.lookups ? 'HIT' : 'MISS');
    const maxAge = Math.floor((store.maxAgeMs ?? 0) / 1000);
    adapter.setHeader(response, 'Cache-Control', maxAge > 0 ? `private, max-age=${maxAge}` : 'private, no-cache');
    adapter.setHeader(response, 'Vary', 'Authorization');
  }
}

function wantsFresh(headers: Headers): boolean {
  const cacheControl = String(headers['cache-control'] ?? '').toLowerCase();
  return (
    /\b(no-cache|no-store|max-age=0)\b/.test(cacheControl) || String(headers.pragma ?? '').toLowerCase() === 'no-cache'
  );
}
