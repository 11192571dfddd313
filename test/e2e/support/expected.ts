import type { EmulatorOrgData, EmulatorQueue, EmulatorUser } from '../../emulator/emulator-data.types.js';

/** What the contract says one queue member looks like, computed from the emulator's records. */
export function expectedMembers(org: EmulatorOrgData, queue: EmulatorQueue) {
  const users = new Map(org.users.map((user) => [user.id, user]));
  return queue.members.map((member) => {
    const user = users.get(member.userId) as EmulatorUser;
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      routingStatus: user.routingStatus.status,
      presence: user.presence.systemPresence,
      joined: member.joined,
      ringNumber: member.ringNumber,
      memberBy: member.memberBy,
    };
  });
}
