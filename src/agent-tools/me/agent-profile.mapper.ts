import type { Models } from 'purecloud-platform-client-v2';
import type { AgentProfileDto } from './agent-profile.dto.js';

export function toAgentProfile(me: Models.UserMe): AgentProfileDto {
  return {
    id: me.id ?? '',
    name: me.name ?? '',
    email: me.email,
    divisionId: me.division?.id,
    organizationId: me.organization?.id ?? '',
    routingStatus: me.routingStatus?.status,
    presence: me.presence?.presenceDefinition?.systemPresence,
  };
}
