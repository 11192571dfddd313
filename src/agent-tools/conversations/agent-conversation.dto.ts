import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AgentConversationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startTime!: string;
  @ApiPropertyOptional({ format: 'date-time' }) endTime?: string;
  @ApiPropertyOptional() durationMs?: number;
  @ApiPropertyOptional({ enum: ['inbound', 'outbound'] }) direction?: string;
  @ApiProperty({ type: [String], example: ['voice'] }) mediaTypes!: string[];
  @ApiProperty({ type: [String] }) queueIds!: string[];
  @ApiProperty({ type: [String], description: 'Wrap-up code ids' }) wrapupCodes!: string[];
}

export class AgentConversationListDto {
  @ApiProperty({ type: [AgentConversationDto] }) entities!: AgentConversationDto[];
  @ApiProperty({ description: 'Number of entities returned' }) total!: number;
  @ApiProperty({ description: 'More entities exist than were returned' }) truncated!: boolean;
}
