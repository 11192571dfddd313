import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class QueueMemberDto {
  @ApiProperty({ format: 'uuid', description: 'The user id' }) id!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional() email?: string;
  @ApiProperty({ type: [String] }) phoneNumbers!: string[];
  @ApiPropertyOptional({ example: 'IDLE' }) routingStatus?: string;
  @ApiPropertyOptional({ example: 'Available' }) presence?: string;
  @ApiProperty() joined!: boolean;
  @ApiPropertyOptional({ description: 'Bullseye ring' }) ringNumber?: number;
  @ApiPropertyOptional({ enum: ['user', 'group'] }) memberBy?: string;
}

export class QueueMemberListDto {
  @ApiProperty({ format: 'uuid' }) queueId!: string;
  @ApiProperty({ type: [QueueMemberDto] }) entities!: QueueMemberDto[];
  @ApiProperty({ description: 'Number of entities returned' }) total!: number;
  @ApiProperty({ description: 'More entities exist than were returned' }) truncated!: boolean;
}
