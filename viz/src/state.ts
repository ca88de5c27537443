// The viewer's state and the pure producers that change it: each takes its arguments and returns a function
// from the current state to the next one. Nothing here touches the graph or the page.
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../src/model/types.js';
import type { ViewName } from './aggregate.js';

export type ColorBy = 'type' | 'blocs';

export interface Selection {
  kind: 'node' | 'edge';
  key: string;
}

export interface TimeWindow {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface ViewerState {
  view: ViewName;
  /** Coalition view: show the members of the parties and their own relationships. */
  people: boolean;
  hiddenLabels: NodeLabel[];
  hiddenTypes: RelType[];
  /** null: every date, undated facts included. */
  window: TimeWindow | null;
  selection: Selection | null;
  hovered: string | null;
  colorBy: ColorBy;
}

export type Producer = (state: ViewerState) => ViewerState;

export const DEFAULT_STATE: ViewerState = {
  view: 'coalition',
  people: false,
  hiddenLabels: ['Article'],
  hiddenTypes: ['MENTIONED_IN'],
  window: null,
  selection: null,
  hovered: null,
  colorBy: 'type',
};

const sortedLabels = (labels: Iterable<NodeLabel>) => NODE_LABELS.filter((l) => new Set(labels).has(l));
const sortedTypes = (types: Iterable<RelType>) => REL_TYPES.filter((t) => new Set(types).has(t));

/** Switching views drops a selected edge (edges differ between views) but keeps a selected node. */
export const setView =
  (view: ViewName): Producer =>
  (s) =>
    s.view === view ? s : { ...s, view, hovered: null, selection: s.selection?.kind === 'edge' ? null : s.selection };

export const setPeople =
  (people: boolean): Producer =>
  (s) =>
    s.people === people ? s : { ...s, people, selection: s.selection?.kind === 'edge' ? null : s.selection };

export const setLabelVisible =
  (label: NodeLabel, visible: boolean): Producer =>
  (s) => {
    const hidden = new Set(s.hiddenLabels);
    if (visible) hidden.delete(label);
    else hidden.add(label);
    return { ...s, hiddenLabels: sortedLabels(hidden) };
  };

export const setTypeVisible =
  (type: RelType, visible: boolean): Producer =>
  (s) => {
    const hidden = new Set(s.hiddenTypes);
    if (visible) hidden.delete(type);
    else hidden.add(type);
    return { ...s, hiddenTypes: sortedTypes(hidden) };
  };

/**
 * Sets the time window; a window covering every date (or an inverted one's swap covering it) becomes null,
 * so undated facts come back when the slider is opened fully.
 */
export const setWindow =
  (window: TimeWindow | null, dates: readonly string[]): Producer =>
  (s) => {
    if (!window || dates.length === 0) return { ...s, window: null };
    const [from, to] = window.from <= window.to ? [window.from, window.to] : [window.to, window.from];
    if (from <= dates[0] && to >= dates[dates.length - 1]) return { ...s, window: null };
    return { ...s, window: { from, to } };
  };

export const select =
  (selection: Selection | null): Producer =>
  (s) => ({ ...s, selection });

export const setHovered =
  (hovered: string | null): Producer =>
  (s) =>
    s.hovered === hovered ? s : { ...s, hovered };

export const setColorBy =
  (colorBy: ColorBy): Producer =>
  (s) => ({ ...s, colorBy });

/** Applies producers in order. */
export const pipe =
  (...producers: Producer[]): Producer =>
  (s) =>
    producers.reduce((acc, p) => p(acc), s);
