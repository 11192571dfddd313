import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorUser } from '../emulator/emulator-data.types.js';
import { type RunningEmulator, startEmulator } from '../emulator/index.js';
import { startService, type RunningService } from '../e2e/support/service.js';
import { launchChromium } from './support/chromium.js';

const ARTIFACTS = 'test-artifacts/widget';
/** An interaction widget's width in the agent desktop. */
const WIDTH = 360;
/** The page keeps its token here (web/src/session.ts). */
const TOKEN_KEY = 'agent-tools-widget.token';

/** What the page shows for a routing status (web/src/format.ts). */
const routingLabel = (status: string) => {
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

describe('the agent-desktop widget in Chromium', () => {
  let emulator: RunningEmulator;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  let widgetUrl: string;
  let userById: Map<string, EmulatorUser>;

  const shot = (target: Page | Locator, name: string) =>
    target.screenshot({ path: `${ARTIFACTS}/${name}.png`, animations: 'disabled' });
  const text = async (selector: string) => {
    const locator = page.locator(selector);
    await locator.first().waitFor();
    return (await locator.allInnerTexts()).join('\n');
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    emulator = await startEmulator({ users: 120 });
    userById = new Map(emulator.data.primary.users.map((user) => [user.id, user]));
    service = await startService(emulator, {
      env: {
        WIDGET_ENABLED: 'true',
        WIDGET_OAUTH_CLIENT_ID: 'widget-browser-test',
        WIDGET_LOGIN_BASE_URL: emulator.url,
      },
    });
    const query = new URLSearchParams({
      gcHostOrigin: 'https://apps.mypurecloud.com',
      gcTargetEnv: 'prod',
      gcConversationId: emulator.fixtures.withSummary.id,
    });
    widgetUrl = `${service.url}/widget?${query}`;
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: 800 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await emulator?.close();
  });

  it('signs the agent in through the login host (the emulator authorize page)', async () => {
    const { agent, withSummary } = emulator.fixtures;
    await page.goto(widgetUrl);
    await page.waitForURL(`${emulator.url}/oauth/authorize?**`);
    const authorize = new URL(page.url()).searchParams;
    expect(authorize.get('response_type')).toBe('token');
    expect(authorize.get('client_id')).toBe('widget-browser-test');
    expect(authorize.get('redirect_uri')).toBe(`${service.url}/widget`);
    expect(authorize.get('state')).toMatch(/^[0-9a-f-]{36}$/);
    await shot(page, '0-login');

    await page.getByRole('link', { name: agent.name }).click();
    await page.waitForURL(`${service.url}/widget?**`);
    const back = new URL(page.url());
    expect(back.hash).toBe('');
    expect(back.searchParams.get('gcConversationId')).toBe(withSummary.id);
    expect(await text('#agent-panel .name')).toBe(agent.name);
  });

  it('shows the agent with presence and routing status', async () => {
    const { agent } = emulator.fixtures;
    const panel = await text('#agent-panel dl');
    expect(panel).toContain(agent.presence.systemPresence);
    expect(panel).toContain(routingLabel(agent.routingStatus.status));
    await shot(page.locator('#agent-panel'), '1-agent');
  });

  it("shows the current conversation's participants, wrap-up and AI summary", async () => {
    const { withSummary } = emulator.fixtures;
    expect(await text('#conversation-panel .summary')).toContain(withSummary.summary!.text);
    const participants = await text('#conversation-panel ul.list');
    for (const participant of withSummary.participants) expect(participants).toContain(participant.name);
    expect(participants).toContain('Wrap-up:');
    await shot(page.locator('#conversation-panel'), '2-conversation');
  });

  it("lists the agent's queues, joined or not", async () => {
    const { agent } = emulator.fixtures;
    const expected = emulator.data.primary.queues
      .map((queue) => ({ queue, member: queue.members.find((m) => m.userId === agent.id) }))
      .filter(({ member }) => member !== undefined);
    await page.locator('#queues-panel ul.list').waitFor();
    const rows = await page.locator('#queues-panel ul.list > li').allInnerTexts();
    expect(rows).toHaveLength(expected.length);
    for (const { queue, member } of expected)
      expect(rows).toContainEqual(
        expect.stringMatching(`${queue.name}\\s+${member!.joined ? 'Joined' : 'Not joined'}`),
      );
    await shot(page.locator('#queues-panel'), '3-queues');
  });

  it("shows a queue's members, chosen from the keyboard, and filters them", async () => {
    const { smallQueue } = emulator.fixtures;
    const members = smallQueue.members.map((m) => userById.get(m.userId)!);
    await page.getByRole('button', { name: smallQueue.name }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#members-panel ul.list').waitFor();
    expect(await page.locator('#members-panel .name').allInnerTexts()).toEqual(members.map((u) => u.name));
    expect(await text('#members-panel .panel-status')).toBe(`${members.length} members`);
    await page.screenshot({ path: `${ARTIFACTS}/widget-full.png`, fullPage: true, animations: 'disabled' });
    // The top of it, as docs/widget.png shows it.
    await page.screenshot({
      path: `${ARTIFACTS}/widget-overview.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width: WIDTH, height: 1500 },
      animations: 'disabled',
    });
    await shot(page.locator('#members-panel'), '4-members');

    const status = members[0].routingStatus.status;
    await page.getByLabel('Routing status').selectOption(status);
    const byStatus = members.filter((u) => u.routingStatus.status === status);
    expect(await page.locator('#members-panel .name').allInnerTexts()).toEqual(byStatus.map((u) => u.name));

    const someone = byStatus[0];
    await page.getByLabel('Presence').selectOption(someone.presence.systemPresence);
    await page.getByLabel('Name').fill(someone.name.split(' ')[0].toLowerCase());
    const matching = byStatus.filter(
      (u) =>
        u.presence.systemPresence === someone.presence.systemPresence &&
        u.name.toLowerCase().includes(someone.name.split(' ')[0].toLowerCase()),
    );
    expect(await page.locator('#members-panel .name').allInnerTexts()).toEqual(matching.map((u) => u.name));
    expect(await text('#members-panel .panel-status')).toBe(`${matching.length} of ${members.length} members match`);
    await shot(page.locator('#members-panel'), '5-members-filtered');
  });

  it("lists the agent's recent conversations, newest first", async () => {
    const { agent } = emulator.fixtures;
    const expected = emulator.data.primary.conversations
      .filter((c) => c.agentUserId === agent.id)
      .sort((a, b) => b.startTime.localeCompare(a.startTime))
      .slice(0, 20)
      .map((c) => c.id);
    await page.locator('#recent-panel ul.list').waitFor();
    const shown = await page
      .locator('#recent-panel li[data-conversation-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-conversation-id')));
    expect(shown).toEqual(expected);
    await shot(page.locator('#recent-panel'), '6-recent');
  });

  it('says when to retry after a 429 on a refresh (no-cache)', async () => {
    const { smallQueue } = emulator.fixtures;
    emulator.requests.reset();
    emulator.faults.add({ path: `/api/v2/routing/queues/${smallQueue.id}/members`, kind: 429, retryAfterSec: 300 });
    await page.getByRole('button', { name: 'Refresh' }).click();
    const error = await text('#members-panel [role="alert"]');
    expect(error).toContain('Try again in 300 seconds');
    expect(error).toMatch(/Correlation id: [0-9a-f-]{36}/);
    expect(await page.getByRole('button', { name: 'Try again' }).isDisabled()).toBe(true);
    expect(emulator.requests.list({ pathPattern: '/api/v2/routing/queues/*/members' })).toHaveLength(1);
    await shot(page.locator('#members-panel'), '7-rate-limited');
    emulator.faults.clear();
  });

  it('goes back to sign-in when the token is rejected (401)', async () => {
    const { expiredToken } = emulator.fixtures;
    const stored = JSON.stringify({ accessToken: expiredToken, expiresAt: Date.now() + 3_600_000 });
    await page.evaluate(`sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(stored)})`);
    await page.reload();
    await page.locator('#login').waitFor();
    expect(await text('#login .panel-status')).toContain('session has ended');
    expect(await page.locator('#app').isHidden()).toBe(true);
    await shot(page, '8-signed-out');

    await page.getByRole('button', { name: 'Sign in with Genesys Cloud' }).click();
    await page.waitForURL(`${emulator.url}/oauth/authorize?**`);
  });
});
