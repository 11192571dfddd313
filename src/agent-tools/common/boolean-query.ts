import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** `'true'`/`'false'` as booleans; any other value as it is, for a validator to reject. */
export function booleanFromText(value: unknown): unknown {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/**
 * An optional `true`/`false` query value, read as a boolean. Anything else, a repeated key
 * (an array) included, is left as is for `@IsBoolean` to reject with a message naming it.
 */
export function BooleanQuery(name: string, description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: Boolean }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => booleanFromText(value)),
    IsBoolean({ message: `${name} must be true or false` }),
  );
}
