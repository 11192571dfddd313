import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MyQueueDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ format: 'uuid' }) divisionId?: string;
  @ApiProperty({ description: 'Whether the agent is currently joined to (active in) the queue' }) joined!: boolean;
}

export class MyQueueListDto {
  @ApiProperty({ type: [MyQueueDto] }) entities!: MyQueueDto[];
  @ApiProperty({ description: 'Number of entities returned' }) total!: number;
  @ApiProperty({ description: 'More entities exist than were returned' }) truncated!: boolean;
}
