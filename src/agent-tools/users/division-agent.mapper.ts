import type { Models } from 'purecloud-platform-client-v2';
import type { DivisionAgentDto } from './division-agents.dto.js';

export function toDivisionAgent(user: Models.User): DivisionAgentDto {
  return {
    id: user.id ?? '',
    name: user.name ?? '',
    status: user.routingStatus?.status ?? 'OFF_QUEUE',
    email: user.email ?? '',
  };
}
