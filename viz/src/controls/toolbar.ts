// The toolbar: view (coalition or full graph), the People switch, colour mode, layout, PNG export and link.
// It reports what the user asks for and shows the state it is given.
import type { ViewName } from '../aggregate.js';
import { h } from '../dom.js';
import type { ColorBy, ViewerState } from '../state.js';

export interface ToolbarActions {
  view(view: ViewName): void;
  people(on: boolean): void;
  colorBy(mode: ColorBy): void;
  toggleLayout(): void;
  exportPng(): Promise<void>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A short message at the bottom of the page. */
export function toast(message: string): void {
  const el = h('div', { className: 'toast', attrs: { role: 'status' } }, message);
  document.body.appendChild(el);
  window.setTimeout(() => el.remove(), 2500);
}

export function mountToolbar(actions: ToolbarActions) {
  const coalition = byId<HTMLInputElement>('view-coalition');
  const full = byId<HTMLInputElement>('view-full');
  const people = byId<HTMLInputElement>('people');
  const colorBy = byId<HTMLSelectElement>('color-by');
  const layout = byId<HTMLButtonElement>('layout-toggle');
  coalition.addEventListener('change', () => actions.view('coalition'));
  full.addEventListener('change', () => actions.view('full'));
  people.addEventListener('change', () => actions.people(people.checked));
  colorBy.addEventListener('change', () => actions.colorBy(colorBy.value === 'blocs' ? 'blocs' : 'type'));
  layout.addEventListener('click', () => actions.toggleLayout());
  byId('export-png').addEventListener('click', () => {
    actions.exportPng().catch((e: unknown) => toast(`Export failed: ${e instanceof Error ? e.message : String(e)}`));
  });
  byId('copy-link').addEventListener('click', () => {
    const link = location.href;
    if (!navigator.clipboard) return toast(link);
    navigator.clipboard.writeText(link).then(
      () => toast('Link copied: it reopens this view.'),
      () => toast(link),
    );
  });

  return {
    update(state: ViewerState) {
      coalition.checked = state.view === 'coalition';
      full.checked = state.view === 'full';
      people.checked = state.people;
      byId('people-switch').hidden = state.view !== 'coalition';
      colorBy.value = state.colorBy;
    },
    layoutRunning(running: boolean) {
      layout.textContent = running ? 'Stop layout' : 'Run layout';
      layout.setAttribute('aria-pressed', running ? 'true' : 'false');
    },
  };
}
