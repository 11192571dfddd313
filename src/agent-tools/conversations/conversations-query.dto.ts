import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { LimitQuery } from '../common/limit-query.js';

export class ConversationsQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Interval start (default: 24 hours before `to`)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO-8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Interval end (default: now)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO-8601 date-time' })
  to?: string;

  @LimitQuery()
  limit?: number;
}
