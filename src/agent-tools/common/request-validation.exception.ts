import { BadRequestException, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/** A 400 whose body lists each invalid field. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly details: FieldError[]) {
    super(
      details.length === 1
        ? details[0].message
        : `Invalid request: ${[...new Set(details.map((d) => d.field))].join(', ')}`,
    );
  }

  static fromValidationErrors(errors: ValidationError[]): RequestValidationException {
    return new RequestValidationException(errors.flatMap((error) => flatten(error, '')));
  }
}

function flatten(error: ValidationError, parent: string): FieldError[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
