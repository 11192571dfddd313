import type { AgentToolsClient } from '../api-client.js';
import type { MyQueue, QueueMember } from '../api.types.js';
import { byId, h } from '../dom.js';
import { presenceLabel, routingStatusLabel } from '../format.js';
import type { Panel } from '../panel.js';

/** More rows than an agent scrolls through; the filters narrow a big queue down. */
const MAX_ROWS = 200;
const ROUTING_ORDER = ['IDLE', 'INTERACTING', 'COMMUNICATING', 'NOT_RESPONDING', 'OFF_QUEUE'];

/**
 * One queue's members with presence and routing status (`GET /queues/:id/members`), filtered
 * here by name, routing status and presence; Refresh asks the service for fresh data.
 */
export class MembersPanel {
  private queue?: MyQueue;
  private members: QueueMember[] = [];
  private truncated = false;
  private readonly title = byId('members-title');
  private readonly refreshButton = byId<HTMLButtonElement>('members-refresh');
  private readonly form = byId<HTMLFormElement>('members-filter');
  private readonly nameInput = byId<HTMLInputElement>('filter-name');
  private readonly routingSelect = byId<HTMLSelectElement>('filter-routing');
  private readonly presenceSelect = byId<HTMLSelectElement>('filter-presence');

  constructor(
    private readonly panel: Panel,
    private readonly client: AgentToolsClient,
  ) {
    this.refreshButton.addEventListener('click', () => void this.load(true));
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('input', () => this.render());
  }

  show(queue: MyQueue): Promise<void> {
    this.queue = queue;
    this.title.textContent = `Queue members: ${queue.name}`;
    this.refreshButton.hidden = false;
    this.form.hidden = false;
    this.title.focus();
    return this.load(false);
  }

  private load(fresh: boolean): Promise<void> {
    const queue = this.queue!;
    return this.panel.run(
      fresh ? 'Refreshing members…' : 'Loading members…',
      () => this.client.queueMembers(queue.id, { fresh }),
      (result) => {
        this.members = result.entities;
        this.truncated = result.truncated;
        fillOptions(
          this.routingSelect,
          distinct(
            this.members.map((m) => m.routingStatus),
            ROUTING_ORDER,
          ),
          routingStatusLabel,
        );
        fillOptions(this.presenceSelect, distinct(this.members.map((m) => m.presence)), presenceLabel);
        this.render();
      },
    );
  }

  private render(): void {
    const name = this.nameInput.value.trim().toLowerCase();
    const routing = this.routingSelect.value;
    const presence = this.presenceSelect.value;
    const shown = this.members.filter(
      (m) =>
        (!name || m.name.toLowerCase().includes(name)) &&
        (!routing || m.routingStatus === routing) &&
        (!presence || m.presence === presence),
    );
    const total = `${this.members.length}${this.truncated ? '+' : ''}`;
    const filtered = name || routing || presence;
    this.panel.say(filtered ? `${shown.length} of ${total} members match` : `${total} members`);
    const rows = shown
      .slice(0, MAX_ROWS)
      .map((m) =>
        h(
          'li',
          {},
          h(
            'div',
            { class: 'row' },
            h('span', { class: 'name' }, m.name),
            m.joined ? '' : h('span', { class: 'badge off' }, 'Not joined'),
          ),
          h(
            'div',
            { class: 'row meta' },
            h(
              'span',
              { class: 'presence', 'data-presence': (m.presence ?? '').toLowerCase() },
              presenceLabel(m.presence),
            ),
            h('span', {}, routingStatusLabel(m.routingStatus)),
          ),
        ),
      );
    const list =
      rows.length > 0
        ? h('ul', { class: 'list', 'aria-label': 'Members' }, ...rows)
        : h('p', { class: 'hint' }, 'No member matches the filter.');
    const more = h('p', { class: 'hint' }, `Showing the first ${MAX_ROWS}; narrow the filter to see others.`);
    this.panel.body.replaceChildren(...(shown.length > MAX_ROWS ? [list, more] : [list]));
  }
}

/** Distinct values, in `order` first, then alphabetically. */
function distinct(values: (string | undefined)[], order: readonly string[] = []): string[] {
  const unique = [...new Set(values.filter((v): v is string => !!v))];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Replaces the options after "Any", keeping the current choice. */
function fillOptions(select: HTMLSelectElement, values: string[], label: (value: string) => string): void {
  const current = select.value;
  const any = select.options[0];
  select.replaceChildren(any, ...values.map((v) => h('option', { value: v }, label(v))));
  select.value = values.includes(current) ? current : '';
}
