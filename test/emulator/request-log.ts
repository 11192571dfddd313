import type { RequestLogEntry, RequestLogFilter } from './emulator.types.js';
import { compilePathPattern } from './path-pattern.js';

/** Keeps the most recent entries only, so a long benchmark cannot exhaust memory. */
export const REQUEST_LOG_CAPACITY = 100_000;

/** What reached /api/v2 (control API calls are not logged). Never holds a token. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    // Trim in batches: dropping one entry per request would shift the whole array every time.
    if (this.entries.length > REQUEST_LOG_CAPACITY * 1.25) this.entries = this.entries.slice(-REQUEST_LOG_CAPACITY);
  }

  list(filter: RequestLogFilter = {}): RequestLogEntry[] {
    const re = filter.pathPattern !== undefined ? compilePathPattern(filter.pathPattern) : undefined;
    const method = filter.method?.toUpperCase();
    return this.entries.filter(
      (e) =>
        (!re || re.test(e.path)) && (!filter.userId || e.userId === filter.userId) && (!method || e.method === method),
    );
  }

  reset(): void {
    this.entries = [];
  }
}
