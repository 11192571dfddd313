import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_LIMIT = 10_000;

/** `limit`: an integer from 1 to 10,000, written in plain digits. */
export function LimitQuery(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: MAX_LIMIT, description: 'Most entities to return' }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value,
    ),
    IsInt({ message: 'limit must be an integer' }),
    Min(1, { message: `limit must be from 1 to ${MAX_LIMIT}` }),
    Max(MAX_LIMIT, { message: `limit must be from 1 to ${MAX_LIMIT}` }),
  );
}
