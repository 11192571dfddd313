import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class WrapupDto {
  @ApiProperty({ description: 'Wrap-up code id' }) code!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() notes?: string;
}

export class ConversationParticipantDto {
  @ApiProperty({ example: 'agent' }) purpose!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ format: 'uuid' }) userId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) queueId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) connectedTime?: string;
  @ApiPropertyOptional({ format: 'date-time' }) endTime?: string;
  @ApiPropertyOptional({ type: WrapupDto }) wrapup?: WrapupDto;
}

export class QueueRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional() name?: string;
}

export class AiSummaryDto {
  @ApiProperty() text!: string;
  @ApiProperty({ example: 'Completed' }) status!: string;
  @ApiPropertyOptional() confidence?: number;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() resolution?: string;
  @ApiPropertyOptional() followup?: string;
}

export class ConversationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startTime!: string;
  @ApiPropertyOptional({ format: 'date-time' }) endTime?: string;
  @ApiPropertyOptional() durationMs?: number;
  @ApiProperty({ enum: ['active', 'ended'] }) state!: 'active' | 'ended';
  @ApiPropertyOptional({ enum: ['inbound', 'outbound'] }) direction?: string;
  @ApiProperty({ type: [String], example: ['voice'] }) mediaTypes!: string[];
  @ApiPropertyOptional({ type: QueueRefDto }) queue?: QueueRefDto;
  @ApiProperty({ type: [ConversationParticipantDto] }) participants!: ConversationParticipantDto[];
  @ApiPropertyOptional({
    type: AiSummaryDto,
    description: 'Left out when Genesys has none or the agent may not read it',
  })
  aiSummary?: AiSummaryDto;
}
