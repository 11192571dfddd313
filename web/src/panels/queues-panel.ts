import type { AgentToolsClient } from '../api-client.js';
import type { MyQueue } from '../api.types.js';
import { h } from '../dom.js';
import type { Panel } from '../panel.js';

/** The agent's queues, joined or not (`GET /me/queues`); choosing one shows its members. */
export class QueuesPanel {
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(
    private readonly panel: Panel,
    private readonly client: AgentToolsClient,
    private readonly onChoose: (queue: MyQueue) => void,
  ) {}

  load(): Promise<void> {
    return this.panel.run(
      'Loading your queues…',
      () => this.client.myQueues(),
      ({ entities }) => {
        const joined = entities.filter((q) => q.joined).length;
        this.buttons.clear();
        const items = entities.map((queue) => {
          const button = h('button', { type: 'button', class: 'link', 'aria-pressed': 'false' }, queue.name);
          button.addEventListener('click', () => this.choose(queue));
          this.buttons.set(queue.id, button);
          return h(
            'li',
            {},
            h(
              'div',
              { class: 'row' },
              button,
              h('span', { class: `badge ${queue.joined ? 'on' : 'off'}` }, queue.joined ? 'Joined' : 'Not joined'),
            ),
          );
        });
        this.panel.body.replaceChildren(
          h('p', { class: 'meta' }, `${entities.length} queues, ${joined} joined`),
          entities.length > 0
            ? h('ul', { class: 'list' }, ...items)
            : h('p', { class: 'hint' }, 'You are in no queue.'),
        );
      },
    );
  }

  private choose(queue: MyQueue): void {
    for (const [id, button] of this.buttons) button.setAttribute('aria-pressed', String(id === queue.id));
    this.onChoose(queue);
  }
}
