import { HttpException, HttpStatus } from '@nestjs/common';
import { CONTRACT_MESSAGES } from './contract-error-body.js';

/** 429 from this service's own per-agent limit, carrying when to retry. */
export class RateLimitedException extends HttpException {
  constructor(readonly retryAfterSec: number) {
    super(CONTRACT_MESSAGES[429], HttpStatus.TOO_MANY_REQUESTS);
  }
}
