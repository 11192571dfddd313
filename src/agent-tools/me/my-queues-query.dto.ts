import { BooleanQuery } from '../common/boolean-query.js';

export class MyQueuesQueryDto {
  @BooleanQuery('joined', 'Only joined (true) or only unjoined (false) queues; omitted: all')
  joined?: boolean;
}
