import { AgentToolsClient } from './api-client.js';
import { launchContext, loadConfig, regionMismatch } from './config.js';
import { byId, h } from './dom.js';
import { Panel } from './panel.js';
import { AgentPanel } from './panels/agent-panel.js';
import { ConversationPanel } from './panels/conversation-panel.js';
import { MembersPanel } from './panels/members-panel.js';
import { QueuesPanel } from './panels/queues-panel.js';
import { RecentPanel } from './panels/recent-panel.js';
import { Session } from './session.js';

const boot = byId('boot');
const login = byId('login');
const app = byId('app');

/** The sign-in screen, with why it is shown; `canSignIn: false` when signing in could not help. */
function showLogin(session: Session | undefined, message: string, canSignIn = true): void {
  app.hidden = true;
  boot.replaceChildren();
  login.hidden = false;
  login.querySelector('.panel-status')!.replaceChildren(h('p', { class: canSignIn ? 'meta' : 'error' }, message));
  const signIn = byId<HTMLButtonElement>('sign-in');
  signIn.hidden = !canSignIn || !session;
  signIn.onclick = () => session?.signIn();
  if (canSignIn) signIn.focus();
}

function showApp(session: Session, client: AgentToolsClient, conversationId: string | undefined): void {
  const expired = () => {
    session.signOut();
    showLogin(session, 'Your Genesys Cloud session has ended. Sign in again to continue.');
  };
  const panel = (id: string) => new Panel(id, expired);
  const members = new MembersPanel(panel('members-panel'), client);
  const panels = [
    new AgentPanel(panel('agent-panel'), client),
    ...(conversationId ? [new ConversationPanel(panel('conversation-panel'), client, conversationId)] : []),
    new QueuesPanel(panel('queues-panel'), client, (queue) => void members.show(queue)),
    new RecentPanel(panel('recent-panel'), client),
  ];
  byId('sign-out').onclick = () => {
    session.signOut();
    showLogin(session, 'You signed out.');
  };
  boot.replaceChildren();
  login.hidden = true;
  app.hidden = false;
  for (const p of panels) void p.load();
}

async function start(): Promise<void> {
  const config = await loadConfig().catch((error: Error) => error);
  if (config instanceof Error) {
    showLogin(undefined, `The widget could not load its configuration (${config.message}).`, false);
    return;
  }
  const session = new Session(config);
  const signInError = session.completeSignIn();
  const context = launchContext(location.search);
  const mismatch = regionMismatch(config, context);
  if (mismatch) return showLogin(session, mismatch, false);
  if (signInError) return showLogin(session, signInError);
  const token = session.token();
  if (!token) {
    boot.textContent = 'Signing in…';
    return session.signIn();
  }
  const client = new AgentToolsClient(new URL(config.apiBaseUrl, location.origin).href, () => session.token() ?? '');
  showApp(session, client, context.conversationId);
}

void start();
