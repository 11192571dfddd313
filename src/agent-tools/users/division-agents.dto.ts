import { ApiProperty } from '@nestjs/swagger';

export class DivisionAgentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Routing status, such as IDLE (OFF_QUEUE when Genesys reports none)' }) status!: string;
  @ApiProperty({ description: 'Email address (empty when the user has none)' }) email!: string;
}

/** The envelope of the original plugin tutorial, kept as is for plugins written against it. */
export class DivisionAgentsDto {
  @ApiProperty({ enum: [true] }) success!: true;
  @ApiProperty() totalCount!: number;
  @ApiProperty({ type: [DivisionAgentDto] }) agents!: DivisionAgentDto[];
}
