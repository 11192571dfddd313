type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | boolean | undefined>;

/** `h('li', { class: 'x' }, 'text', child)`: an element; `false` and `undefined` attributes and children are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child !== null && child !== undefined) element.append(child);
  return element;
}

/** The element with this id; the page markup guarantees it exists. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** A definition list of label/value pairs; pairs without a value are left out. */
export function facts(pairs: [string, string | undefined][]): HTMLDListElement {
  const list = h('dl', { class: 'facts' });
  for (const [label, value] of pairs) if (value) list.append(h('dt', {}, label), h('dd', {}, value));
  return list;
}
