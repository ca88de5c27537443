// Which nodes and edges the current state shows, and with how many articles behind each edge. Computed once
// per state change from the view graph and the index; the reducers only read the result.
import type { ViewGraph } from './aggregate.js';
import type { DataIndex } from './data-index.js';
import type { TimeWindow, ViewerState } from './state.js';

export interface EdgeInView {
  /** Relationships of this edge that pass the filters. */
  relIds: string[];
  /** Distinct articles behind them: the edge's thickness. */
  articles: number;
  /** Cooperation edges: every piece of evidence in view says the tie is past. */
  former: boolean;
}

export interface VisibleView {
  nodes: Set<string>;
  edges: Map<string, EdgeInView>;
}

export const inWindow = (date: string | null | undefined, window: TimeWindow | null): boolean =>
  window === null || (!!date && date >= window.from && date <= window.to);

/** Whether any of a node's sorted dates falls in the window (binary search). */
function datesInWindow(dates: readonly string[] | undefined, window: TimeWindow | null): boolean {
  if (window === null) return true;
  if (!dates || dates.length === 0) return false;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] < window.from) lo = mid + 1;
    else hi = mid;
  }
  return lo < dates.length && dates[lo] <= window.to;
}

export function computeVisible(graph: ViewGraph, index: DataIndex, state: ViewerState): VisibleView {
  const hiddenLabels = new Set(state.hiddenLabels);
  const hiddenTypes = new Set(state.hiddenTypes);
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (hiddenLabels.has(attrs.nodeLabel)) return;
    if (!datesInWindow(index.nodeDates.get(node), state.window)) return;
    nodes.add(node);
  });
  const edges = new Map<string, EdgeInView>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const relIds: string[] = [];
    const articles = new Set<string>();
    let former = attrs.kind === 'cooperation' || attrs.kind === 'ALLIED_WITH';
    for (const id of attrs.relIds) {
      const rel = index.relationships.get(id);
      if (!rel || hiddenTypes.has(rel.type) || !inWindow(index.relDate.get(id), state.window)) continue;
      relIds.push(id);
      articles.add(rel.articleId);
      if (rel.status !== 'past') former = false;
    }
    if (relIds.length > 0) edges.set(edge, { relIds, articles: articles.size, former });
  });
  return { nodes, edges };
}
