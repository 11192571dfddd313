import type { Models } from 'purecloud-platform-client-v2';
import type { QueueMemberDto } from './queue-member.dto.js';

export function toQueueMember(member: Models.QueueMember): QueueMemberDto {
  const user = member.user;
  return {
    id: member.id ?? user?.id ?? '',
    name: member.name ?? user?.name ?? '',
    email: user?.email,
    phoneNumbers: phoneNumbersOf(user),
    routingStatus: (member.routingStatus ?? user?.routingStatus)?.status,
    presence: user?.presence?.presenceDefinition?.systemPresence,
    joined: member.joined ?? false,
    ringNumber: member.ringNumber,
    memberBy: member.memberBy,
  };
}

function phoneNumbersOf(user: Models.User | undefined): string[] {
  const contacts = [...(user?.primaryContactInfo ?? []), ...(user?.addresses ?? [])];
  const numbers = contacts
    .filter((contact) => contact.mediaType === 'PHONE' || contact.mediaType === 'SMS')
    .map((contact) => contact.address ?? contact.display)
    .filter((number): number is string => typeof number === 'string' && number.length > 0);
  return [...new Set(numbers)];
}
