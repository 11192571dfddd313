import { ApiError } from './api-client.js';
import { h } from './dom.js';

/**
 * One section of the page: a live status line (loading, errors, counts) and a body. A 401 goes
 * to `onUnauthorized`; only the newest of overlapping loads is shown.
 */
export class Panel {
  readonly section: HTMLElement;
  readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private generation = 0;

  constructor(
    id: string,
    private readonly onUnauthorized: () => void,
  ) {
    this.section = document.getElementById(id)!;
    this.body = this.section.querySelector<HTMLElement>('.panel-body')!;
    this.status = this.section.querySelector<HTMLElement>('.panel-status')!;
  }

  async run<T>(loadingText: string, request: () => Promise<T>, render: (data: T) => void): Promise<void> {
    const generation = ++this.generation;
    this.section.setAttribute('aria-busy', 'true');
    this.status.replaceChildren(h('p', { class: 'loading' }, loadingText));
    try {
      const data = await request();
      if (generation !== this.generation) return;
      this.status.replaceChildren();
      render(data);
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof ApiError && error.status === 401) {
        this.onUnauthorized();
        return;
      }
      this.status.replaceChildren(errorView(error, () => void this.run(loadingText, request, render)));
    } finally {
      if (generation === this.generation) this.section.removeAttribute('aria-busy');
    }
  }

  /** A short line in the live status area, e.g. a count after filtering. */
  say(text: string): void {
    this.status.replaceChildren(h('p', { class: 'meta' }, text));
  }
}

function errorView(error: unknown, retry: () => void): HTMLElement {
  const api = error instanceof ApiError ? error : undefined;
  const again = h('button', { type: 'button', class: 'quiet' }, 'Try again');
  again.addEventListener('click', retry);
  let message = api ? api.message : 'The service could not be reached. Check the connection and try again.';
  if (api?.status === 429) {
    const seconds = api.retryAfterSec ?? 1;
    const at = new Date(Date.now() + seconds * 1000).toLocaleTimeString();
    message = `${api.message} Try again in ${seconds} seconds (at ${at}).`;
    again.disabled = true;
    setTimeout(() => (again.disabled = false), seconds * 1000);
  }
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('p', {}, message),
    api?.correlationId && h('p', { class: 'correlation' }, `Correlation id: ${api.correlationId}`),
    again,
  );
}
