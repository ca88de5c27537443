// Builds DOM nodes with properties and text children. Strings always become text nodes: data from articles
// and names is never parsed as HTML anywhere in the viewer.

type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  /** Attributes set with setAttribute (never event handlers or `on*`). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  dataset?: Record<string, string | number>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.className) el.className = props.className;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`dom: refusing the event attribute "${name}". Expecting an \`on\` handler.`);
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props?.dataset ?? {})) el.dataset[name] = String(value);
  for (const [type, handler] of Object.entries(props?.on ?? {})) el.addEventListener(type, handler as EventListener);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A link to an article's source, only for http(s) URLs; anything else is shown as text. */
export function sourceLink(url: string | null, text: string): HTMLElement {
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        return h('a', { attrs: { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' } }, text);
      }
    } catch {
      // not a URL: shown as text below
    }
  }
  return h('span', null, text);
}
