import { ValidationPipe } from '@nestjs/common';
import { RequestValidationException } from './request-validation.exception.js';

/** Validates DTOs and answers 400 with one entry per invalid field; unknown query keys are ignored. */
export class AgentToolsValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      exceptionFactory: (errors) => RequestValidationException.fromValidationErrors(errors),
    });
  }
}
