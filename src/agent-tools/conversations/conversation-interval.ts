import { RequestValidationException } from '../common/request-validation.exception.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_INTERVAL_DAYS = 31;

export interface Interval {
  from: Date;
  to: Date;
}

/** The query's interval with its defaults (the last 24 hours), checked for order and span. */
export function resolveInterval(from: string | undefined, to: string | undefined, now = new Date()): Interval {
  const end = to === undefined ? now : new Date(to);
  const start = from === undefined ? new Date(end.getTime() - DAY_MS) : new Date(from);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new RequestValidationException([
      { field: Number.isNaN(start.getTime()) ? 'from' : 'to', message: 'not a valid date' },
    ]);
  }
  if (start.getTime() >= end.getTime()) {
    throw new RequestValidationException([{ field: 'from', message: 'from must be before to' }]);
  }
  if (end.getTime() - start.getTime() > MAX_INTERVAL_DAYS * DAY_MS) {
    throw new RequestValidationException([
      { field: 'from', message: `the interval from..to must be at most ${MAX_INTERVAL_DAYS} days` },
    ]);
  }
  return { from: start, to: end };
}
