import type { AgentToolsClient } from '../api-client.js';
import type { AgentConversation } from '../api.types.js';
import { h } from '../dom.js';
import { dateTimeLabel, durationLabel, mediaLabel } from '../format.js';
import type { Panel } from '../panel.js';

const DAYS = 7;
const LIMIT = 20;

/** The agent's newest conversations of the last week (`GET /conversations`). */
export class RecentPanel {
  constructor(
    private readonly panel: Panel,
    private readonly client: AgentToolsClient,
  ) {}

  load(): Promise<void> {
    const from = new Date(Date.now() - DAYS * 86_400_000);
    return this.panel.run(
      'Loading your conversations…',
      () => this.client.conversations(from, LIMIT),
      ({ entities, truncated }) =>
        this.panel.body.replaceChildren(
          h(
            'p',
            { class: 'meta' },
            truncated ? `Your ${LIMIT} newest of the last ${DAYS} days` : `${entities.length} in the last ${DAYS} days`,
          ),
          entities.length > 0
            ? h('ul', { class: 'list', 'aria-label': 'Conversations' }, ...entities.map(item))
            : h('p', { class: 'hint' }, 'No conversations in that time.'),
        ),
    );
  }
}

function item(c: AgentConversation): HTMLLIElement {
  const duration = c.endTime ? durationLabel(c.durationMs) : 'active';
  const wrapups =
    c.wrapupCodes.length > 0 ? `${c.wrapupCodes.length} wrap-up code${c.wrapupCodes.length > 1 ? 's' : ''}` : '';
  return h(
    'li',
    { 'data-conversation-id': c.id },
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'name' }, mediaLabel(c.mediaTypes)),
      h('span', { class: 'meta' }, dateTimeLabel(c.startTime)),
    ),
    h(
      'div',
      { class: 'row meta' },
      h('span', {}, [c.direction, duration].filter(Boolean).join(', ')),
      wrapups && h('span', {}, wrapups),
    ),
  );
}
