import type { AgentToolsClient } from '../api-client.js';
import type { ConversationParticipant, ConversationSummary } from '../api.types.js';
import { facts, h } from '../dom.js';
import { dateTimeLabel, durationLabel, mediaLabel } from '../format.js';
import type { Panel } from '../panel.js';

/** The conversation the widget was opened for (`gcConversationId`): `GET /conversations/:id/summary`. */
export class ConversationPanel {
  constructor(
    private readonly panel: Panel,
    private readonly client: AgentToolsClient,
    private readonly conversationId: string,
  ) {}

  load(): Promise<void> {
    this.panel.section.hidden = false;
    return this.panel.run(
      'Loading the conversation…',
      () => this.client.conversationSummary(this.conversationId),
      (summary) => this.panel.body.replaceChildren(...render(summary)),
    );
  }
}

function render(summary: ConversationSummary): Node[] {
  const ai = summary.aiSummary;
  return [
    facts([
      ['State', summary.state === 'active' ? 'Active' : 'Ended'],
      ['Media', mediaLabel(summary.mediaTypes)],
      ['Direction', summary.direction],
      ['Queue', summary.queue?.name],
      ['Started', dateTimeLabel(summary.startTime)],
      ['Duration', durationLabel(summary.durationMs)],
    ]),
    h('h3', {}, 'Participants'),
    h('ul', { class: 'list' }, ...summary.participants.map(participant)),
    h('h3', {}, 'AI summary'),
    ai
      ? h(
          'div',
          { class: 'summary' },
          h('p', {}, ai.text),
          facts([
            ['Reason', ai.reason],
            ['Resolution', ai.resolution],
            ['Follow-up', ai.followup],
          ]),
        )
      : h('p', { class: 'hint' }, 'No AI summary for this conversation.'),
  ];
}

function participant(p: ConversationParticipant): HTMLLIElement {
  const wrapup = p.wrapup
    ? `Wrap-up: ${p.wrapup.name ?? p.wrapup.code}${p.wrapup.notes ? ` (${p.wrapup.notes})` : ''}`
    : '';
  return h(
    'li',
    {},
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'name' }, p.name ?? 'Unnamed'),
      h('span', { class: 'badge off' }, p.purpose),
    ),
    wrapup && h('p', { class: 'meta' }, wrapup),
  );
}
