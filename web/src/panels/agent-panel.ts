import type { AgentToolsClient } from '../api-client.js';
import { facts, h } from '../dom.js';
import { presenceLabel, routingStatusLabel } from '../format.js';
import type { Panel } from '../panel.js';

/** The signed-in agent: name, presence and routing status (`GET /me`). */
export class AgentPanel {
  constructor(
    private readonly panel: Panel,
    private readonly client: AgentToolsClient,
  ) {}

  load(): Promise<void> {
    return this.panel.run(
      'Loading your profile…',
      () => this.client.me(),
      (me) =>
        this.panel.body.replaceChildren(
          h('p', { class: 'name' }, me.name),
          facts([
            ['Presence', presenceLabel(me.presence)],
            ['Routing', routingStatusLabel(me.routingStatus)],
            ['Email', me.email],
          ]),
        ),
    );
  }
}
