// sigma's nodeReducer and edgeReducer for the viewer: what each node and edge looks like for the current state
// (filters, time window, selection, hover, colour mode). They read the graph's attributes and return new
// display data; they never change the graph.
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './aggregate.js';
import { BLOC_COLORS, DIMMED_EDGE, DIMMED_NODE, FORMER_ALLIANCE_COLOR, NO_BLOC_COLOR } from './colors.js';
import type { VisibleView } from './filters.js';
import type { ViewerState } from './state.js';

/** The part of sigma's display data the viewer sets (sigma's NodeDisplayData / EdgeDisplayData accept it). */
export interface NodeDisplay extends ViewNodeAttributes {
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay extends ViewEdgeAttributes {
  hidden: boolean;
  zIndex: number;
}

export interface ReducerContext {
  state: ViewerState;
  visible: VisibleView;
  /** Bloc of each node when colouring by blocs. */
  blocs: Map<string, number> | null;
  /** Nodes and edges around the hovered or selected item; everything else is dimmed. null: nothing in focus. */
  focus: { nodes: Set<string>; edges: Set<string> } | null;
}

/** The hovered node, else the selected node or edge, with what touches it among the visible items. */
export function computeFocus(graph: ViewGraph, visible: VisibleView, state: ViewerState): ReducerContext['focus'] {
  const centre =
    state.hovered && graph.hasNode(state.hovered) ? { kind: 'node' as const, key: state.hovered } : state.selection;
  if (!centre) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (centre.kind === 'node') {
    if (!graph.hasNode(centre.key) || !visible.nodes.has(centre.key)) return null;
    nodes.add(centre.key);
    graph.forEachEdge(centre.key, (edge, _attrs, source, target) => {
      if (!visible.edges.has(edge)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
  } else {
    if (!graph.hasEdge(centre.key) || !visible.edges.has(centre.key)) return null;
    edges.add(centre.key);
    nodes.add(graph.source(centre.key));
    nodes.add(graph.target(centre.key));
  }
  return { nodes, edges };
}

/** Thickness grows with the number of articles behind an edge, capped so one edge never hides the rest. */
export const edgeSize = (articles: number): number => Math.min(1.5 + 2 * articles, 16);

export function createNodeReducer(getContext: () => ReducerContext) {
  return (node: string, attrs: ViewNodeAttributes): NodeDisplay => {
    const { visible, blocs, focus, state } = getContext();
    const display: NodeDisplay = { ...attrs, hidden: false, highlighted: false, forceLabel: false, zIndex: 1 };
    if (!visible.nodes.has(node)) return { ...display, hidden: true };
    if (state.colorBy === 'blocs' && blocs) {
      const bloc = blocs.get(node);
      display.color = bloc === undefined ? NO_BLOC_COLOR : (BLOC_COLORS[bloc] ?? NO_BLOC_COLOR);
    }
    const selected = state.selection?.kind === 'node' && state.selection.key === node;
    if (selected) {
      display.highlighted = true;
      display.size = attrs.size * 1.25;
      display.zIndex = 3;
    }
    if (focus) {
      if (focus.nodes.has(node)) {
        display.forceLabel = true;
        display.zIndex = Math.max(display.zIndex, 2);
      } else {
        display.color = DIMMED_NODE;
        display.label = '';
        display.zIndex = 0;
      }
    }
    return display;
  };
}

export function createEdgeReducer(getContext: () => ReducerContext) {
  return (edge: string, attrs: ViewEdgeAttributes): EdgeDisplay => {
    const { visible, focus, state } = getContext();
    const inView = visible.edges.get(edge);
    const display: EdgeDisplay = { ...attrs, hidden: false, zIndex: 1 };
    if (!inView) return { ...display, hidden: true };
    display.size = edgeSize(inView.articles);
    if (inView.former) display.color = FORMER_ALLIANCE_COLOR;
    if (state.selection?.kind === 'edge' && state.selection.key === edge) {
      display.size += 2;
      display.zIndex = 3;
    }
    if (focus && !focus.edges.has(edge)) {
      display.color = DIMMED_EDGE;
      display.zIndex = 0;
    }
    return display;
  };
}
