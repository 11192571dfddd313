import platformClient from 'purecloud-platform-client-v2';
import type { Models, RoutingApi } from 'purecloud-platform-client-v2';

const PAGE_SIZE = 100;
/** A bound on a listing that never ends (a broken emulator), not a limit of the tutorial. */
const MAX_PAGES = 500;

/** The SDK client of the original plugin tutorial, pointed at the emulator. */
export function tutorialRoutingApi(emulatorUrl: string): RoutingApi {
  platformClient.ApiClient.config.live_reload_config = false;
  const client = new platformClient.ApiClientClass();
  client.config.live_reload_config = false;
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: Number(new URL(emulatorUrl).port) });
  return new platformClient.RoutingApi(client);
}

/** One page of queue members, as the tutorial asks for it (token on the call, not the client). */
export function tutorialPage(
  routing: RoutingApi,
  queueId: string,
  token: string,
  pageNumber: number,
): Promise<Models.QueueMemberEntityListing> {
  return routing.getRoutingQueueMembers(queueId, {
    pageNumber,
    pageSize: PAGE_SIZE,
    expand: ['routingStatus', 'presence'],
    customHeaders: { Authorization: `Bearer ${token}` },
  });
}

/** The tutorial's loop: one page after another, following `nextUri` until there is none. */
export async function serialQueueMembers(
  routing: RoutingApi,
  queueId: string,
  token: string,
): Promise<{ members: Models.QueueMember[]; pages: number }> {
  const members: Models.QueueMember[] = [];
  let pageNumber: number | undefined = 1;
  let pages = 0;
  while (pageNumber !== undefined && pages < MAX_PAGES) {
    const page = await tutorialPage(routing, queueId, token, pageNumber);
    pages++;
    members.push(...(page.entities ?? []));
    pageNumber = page.nextUri
      ? Number(new URL(page.nextUri, 'http://genesys').searchParams.get('pageNumber'))
      : undefined;
  }
  return { members, pages };
}
