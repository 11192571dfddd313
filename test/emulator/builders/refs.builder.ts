import type { Models } from 'purecloud-platform-client-v2';
import type { EmulatorStore } from '../emulator.store.js';

/** `{ id, name, selfUri }` of a division, as every User and Queue carries it. */
export function divisionRef(store: EmulatorStore, divisionId: string): Models.Division {
  const d = store.division(divisionId);
  return {
    id: divisionId,
    ...(d ? { name: d.name } : {}),
    selfUri: `/api/v2/authorization/divisions/${divisionId}`,
  } satisfies Models.Division;
}

export const userUri = (userId: string) => `/api/v2/users/${userId}`;
export const queueUri = (queueId: string) => `/api/v2/routing/queues/${queueId}`;
export const conversationUri = (conversationId: string) => `/api/v2/conversations/${conversationId}`;
export const wrapupCodeUri = (id: string) => `/api/v2/routing/wrapupcodes/${id}`;
