import { Transform } from 'class-transformer';

/**
 * `true`/`false` query values to booleans; anything else is left as is so that `@IsBoolean`
 * rejects it (a repeated key arrives as an array and is rejected too).
 */
export function BooleanQuery(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
}
