import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UpstreamErrorDto {
  @ApiPropertyOptional({ description: 'HTTP status Genesys answered with' }) status?: number;
  @ApiPropertyOptional({ description: 'Genesys error code, such as not.found' }) code?: string;
  @ApiPropertyOptional({ description: 'Genesys correlation id (ININ-Correlation-Id)' }) contextId?: string;
}

export class FieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

export class ContractErrorDto {
  @ApiProperty() statusCode!: number;
  @ApiProperty() error!: string;
  @ApiProperty() message!: string;
  @ApiProperty() correlationId!: string;
  @ApiPropertyOptional({ type: UpstreamErrorDto }) upstream?: UpstreamErrorDto;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) details?: FieldErrorDto[];
}
