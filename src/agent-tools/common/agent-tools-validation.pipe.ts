import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { RequestValidationException } from './request-validation.exception.js';

/** Distinct valid inputs remembered per DTO class; plugins repeat the same few queries all day. */
const REMEMBERED_PER_DTO = 1_000;

/**
 * Validates DTOs and answers 400 with one entry per invalid field; unknown query keys are
 * ignored. Validating the same path or query again gives the same DTO, so a valid one is
 * remembered (DTOs are never mutated by the handlers) and a repeat skips class-transformer
 * and class-validator, which were the largest single cost of a cached answer.
 */
export class AgentToolsValidationPipe extends ValidationPipe {
  private readonly remembered = new WeakMap<object, Map<string, unknown>>();

  constructor() {
    super({
      transform: true,
      whitelist: true,
      exceptionFactory: (errors) => RequestValidationException.fromValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype, type } = metadata;
    if ((type !== 'query' && type !== 'param') || !metatype || typeof value !== 'object' || value === null) {
      return super.transform(value, metadata);
    }
    let byInput = this.remembered.get(metatype);
    if (!byInput) {
      byInput = new Map();
      this.remembered.set(metatype, byInput);
    }
    const input = JSON.stringify(value);
    if (byInput.has(input)) return byInput.get(input);
    const dto: unknown = await super.transform(value, metadata);
    // Inputs with keys the DTO does not know (cache-busters, a misplaced access_token) are not
    // kept: they would fill the memory with one-off entries, or hold a credential in clear.
    if (Object.keys(value).every((key) => typeof dto === 'object' && dto !== null && key in dto)) {
      if (byInput.size >= REMEMBERED_PER_DTO) byInput.delete(byInput.keys().next().value as string);
      byInput.set(input, dto);
    }
    return dto;
  }
}
