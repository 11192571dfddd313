import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class QueueParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'queueId must be a UUID' })
  queueId!: string;
}

export class ConversationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId!: string;
}
