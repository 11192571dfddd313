import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { BooleanQuery } from '../common/boolean-query.js';
import { CommaListQuery } from '../common/comma-list-query.js';
import { LimitQuery } from '../common/limit-query.js';

export const ROUTING_STATUSES = ['OFF_QUEUE', 'IDLE', 'INTERACTING', 'NOT_RESPONDING', 'COMMUNICATING'] as const;
export const SYSTEM_PRESENCES = [
  'Available',
  'Away',
  'Busy',
  'Offline',
  'Idle',
  'On Queue',
  'Meal',
  'Training',
  'Meeting',
  'Break',
] as const;

const PRESENCE_BY_KEY = new Map<string, string>(SYSTEM_PRESENCES.map((p) => [presenceKey(p), p]));

function presenceKey(value: string): string {
  return value.toLowerCase().replace(/[\s_]/g, '');
}

export class QueueMembersQueryDto {
  @BooleanQuery('joined', 'Only joined (true) or unjoined (false) members')
  joined?: boolean;

  @ApiPropertyOptional({ description: `Comma-separated routing statuses: ${ROUTING_STATUSES.join(', ')}` })
  @IsOptional()
  @CommaListQuery((item) => item.toUpperCase())
  @IsArray({ message: 'routingStatus must be one comma-separated list' })
  @ArrayMaxSize(ROUTING_STATUSES.length)
  @IsIn(ROUTING_STATUSES, { each: true, message: `routingStatus values must be among ${ROUTING_STATUSES.join(', ')}` })
  routingStatus?: string[];

  @ApiPropertyOptional({ description: `Comma-separated system presences: ${SYSTEM_PRESENCES.join(', ')}` })
  @IsOptional()
  @CommaListQuery((item) => PRESENCE_BY_KEY.get(presenceKey(item)) ?? item)
  @IsArray({ message: 'presence must be one comma-separated list' })
  @ArrayMaxSize(SYSTEM_PRESENCES.length)
  @IsIn(SYSTEM_PRESENCES, { each: true, message: `presence values must be among ${SYSTEM_PRESENCES.join(', ')}` })
  presence?: string[];

  @ApiPropertyOptional({ description: 'Member name contains this text', maxLength: 100 })
  @IsOptional()
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  @Matches(/^[^\p{Cc}]+$/u, { message: 'name must be plain text' })
  name?: string;

  @LimitQuery()
  limit?: number;
}
