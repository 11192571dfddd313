import { Transform } from 'class-transformer';

/**
 * A comma-separated query value to a list of trimmed, non-empty items, each mapped through
 * `normalize`. A repeated key (an array) is left as is for the validator to reject.
 */
export function CommaListQuery(normalize: (item: string) => string = (item) => item): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item.length > 0)
          .map(normalize)
      : value,
  );
}
