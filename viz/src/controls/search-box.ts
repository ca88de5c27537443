// The search box: completion over names and aliases as you type (arrow keys, Enter, Escape); choosing a
// result hands its id to the viewer, which moves the camera to it and selects it.
import { h, clear } from '../dom.js';
import { searchNames, type SearchEntry, type SearchHit } from '../search-index.js';

export function mountSearchBox(root: HTMLElement, entries: SearchEntry[], onChoose: (id: string) => void): void {
  const input = h('input', {
    attrs: {
      type: 'search',
      id: 'search-input',
      placeholder: 'Search people, parties, events',
      autocomplete: 'off',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-autocomplete': 'list',
    },
  });
  const list = h('ul', { attrs: { id: 'search-results', role: 'listbox', hidden: true } });
  root.append(input, list);
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.entry.name;
    close();
    onChoose(hit.entry.id);
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      list.appendChild(
        h(
          'li',
          {
            attrs: { role: 'option', 'aria-selected': i === active ? 'true' : 'false', id: `search-option-${i}` },
            dataset: { id: hit.entry.id },
            on: {
              mousedown: (e) => {
                e.preventDefault();
                choose(hit);
              },
            },
          },
          h('span', null, hit.entry.name),
          hit.matched ? h('span', { className: 'hint' }, `also ${hit.matched}`) : null,
          h('span', { className: 'hint' }, hit.entry.label),
        ),
      );
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', hits.length ? 'true' : 'false');
    if (hits.length) input.setAttribute('aria-activedescendant', `search-option-${active}`);
  };

  input.addEventListener('input', () => {
    hits = searchNames(entries, input.value);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
