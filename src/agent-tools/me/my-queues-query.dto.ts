import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from '../common/boolean-query.js';

export class MyQueuesQueryDto {
  @ApiPropertyOptional({ description: 'Only joined (true) or only unjoined (false) queues; omitted: all' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean({ message: 'joined must be true or false' })
  joined?: boolean;
}
