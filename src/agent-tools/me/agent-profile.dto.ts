import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AgentProfileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional({ format: 'uuid' }) divisionId?: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiPropertyOptional({ description: 'Genesys routing status, such as IDLE', example: 'IDLE' }) routingStatus?: string;
  @ApiPropertyOptional({ description: 'Genesys system presence, such as Available', example: 'Available' })
  presence?: string;
}
