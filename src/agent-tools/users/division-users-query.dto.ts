import { ApiProperty } from '@nestjs/swagger';
import { isUUID, ValidateBy } from 'class-validator';

export class DivisionUsersQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The division whose users to list' })
  @ValidateBy({
    name: 'isDivisionId',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isUUID(value),
      defaultMessage: (args) =>
        args?.value === undefined ? 'divisionId query parameter is required' : 'divisionId must be a UUID',
    },
  })
  divisionId!: string;
}
