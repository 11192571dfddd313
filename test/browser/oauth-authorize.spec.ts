import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator/index.js';

/** The emulator's authorize step, at the HTTP level (the widget spec clicks through it). */
describe('emulator GET /oauth/authorize', () => {
  let emulator: RunningEmulator;
  const authorize = (params: Record<string, string>) =>
    fetch(`${emulator.url}/oauth/authorize?${new URLSearchParams(params)}`, { redirect: 'manual' });
  const valid = { response_type: 'token', client_id: 'app', redirect_uri: 'http://127.0.0.1:1/widget', state: 's1' };

  beforeAll(async () => {
    emulator = await startEmulator({ users: 40 });
  });
  afterAll(() => emulator?.close());

  it('lists the demo agents as links', async () => {
    const response = await authorize(valid);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    for (const user of [emulator.fixtures.agent, emulator.fixtures.supervisor])
      expect(html).toContain(`user_id=${user.id}`);
  });

  it('redirects with a working 24 h token for the chosen user', async () => {
    const response = await authorize({ ...valid, user_id: emulator.fixtures.agent.id });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(valid.redirect_uri);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(Object.fromEntries([...fragment].filter(([key]) => key !== 'access_token'))).toEqual({
      token_type: 'bearer',
      expires_in: '86400',
      state: 's1',
    });
    const me = await fetch(`${emulator.url}/api/v2/users/me`, {
      headers: { Authorization: `Bearer ${fragment.get('access_token')}` },
    });
    expect(((await me.json()) as { id: string }).id).toBe(emulator.fixtures.agent.id);
  });

  it('answers a refusal with error=access_denied in the fragment', async () => {
    const response = await authorize({ ...valid, deny: '1' });
    const fragment = new URLSearchParams(new URL(response.headers.get('location')!).hash.slice(1));
    expect(fragment.get('error')).toBe('access_denied');
    expect(fragment.get('state')).toBe('s1');
  });

  it('redirects an unsupported response_type with error=unsupported_response_type', async () => {
    const response = await authorize({ ...valid, response_type: 'code' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBe('unsupported_response_type');
  });

  it.each([
    ['no client_id', { ...valid, client_id: '' }],
    ['a javascript: redirect_uri', { ...valid, redirect_uri: 'javascript:alert(1)' }],
    ['a redirect_uri with a fragment', { ...valid, redirect_uri: 'http://127.0.0.1:1/widget#x' }],
    ['an unknown user', { ...valid, user_id: 'nobody' }],
  ])('shows a 400 page for %s', async (_, params) => {
    const response = await authorize(params);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});
