import type { Models } from 'purecloud-platform-client-v2';
import type { MyQueueDto } from './my-queue.dto.js';

export function toMyQueue(queue: Models.UserQueue): MyQueueDto {
  return { id: queue.id ?? '', name: queue.name ?? '', divisionId: queue.division?.id, joined: queue.joined ?? false };
}
