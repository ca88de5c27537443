// Keeps the view's state in the URL's fragment (#view=coalition&from=...), so a link reopens the same view;
// works the same from the server and from an exported file. Unknown or malformed values are ignored.
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../src/model/types.js';
import { DEFAULT_STATE, type ViewerState } from './state.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function encodeState(state: ViewerState): string {
  const p = new URLSearchParams();
  p.set('view', state.view);
  if (state.people) p.set('people', '1');
  if (state.hiddenLabels.join(',') !== DEFAULT_STATE.hiddenLabels.join(','))
    p.set('labels', state.hiddenLabels.join(','));
  if (state.hiddenTypes.join(',') !== DEFAULT_STATE.hiddenTypes.join(',')) p.set('types', state.hiddenTypes.join(','));
  if (state.window) {
    p.set('from', state.window.from);
    p.set('to', state.window.to);
  }
  if (state.colorBy !== DEFAULT_STATE.colorBy) p.set('color', state.colorBy);
  if (state.selection) p.set(state.selection.kind === 'node' ? 'node' : 'edge', state.selection.key);
  return p.toString();
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null;
  const wanted = new Set(value.split(',').filter(Boolean));
  return allowed.filter((x) => wanted.has(x));
}

export function decodeState(fragment: string, base: ViewerState = DEFAULT_STATE): ViewerState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const state: ViewerState = { ...base, hovered: null };
  const view = p.get('view');
  if (view === 'coalition' || view === 'full') state.view = view;
  if (p.has('people')) state.people = p.get('people') === '1';
  state.hiddenLabels = list<NodeLabel>(p.get('labels'), NODE_LABELS) ?? state.hiddenLabels;
  state.hiddenTypes = list<RelType>(p.get('types'), REL_TYPES) ?? state.hiddenTypes;
  const from = p.get('from');
  const to = p.get('to');
  if (from && to && ISO_DATE.test(from) && ISO_DATE.test(to)) {
    state.window = from <= to ? { from, to } : { from: to, to: from };
  }
  const color = p.get('color');
  if (color === 'type' || color === 'blocs') state.colorBy = color;
  const node = p.get('node');
  const edge = p.get('edge');
  if (node && node.length <= 512) state.selection = { kind: 'node', key: node };
  else if (edge && edge.length <= 1024) state.selection = { kind: 'edge', key: edge };
  return state;
}
