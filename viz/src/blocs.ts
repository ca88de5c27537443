// Blocs: Louvain communities (graphology-communities-louvain) over what is visible, counting cooperation,
// meetings and membership as ties and leaving conflict out, so a bloc is a group that works together.
// Seeded, so the same view gets the same blocs; blocs are numbered by size, largest first.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ViewGraph } from './aggregate.js';
import type { VisibleView } from './filters.js';

const CONFLICT = new Set(['conflict', 'ACCUSED', 'OPPOSED']);

/** A small deterministic random generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bloc number of each visible node that has at least one tie; nodes without ties get none. */
export function detectBlocs(graph: ViewGraph, visible: VisibleView): Map<string, number> {
  const ties = new Graph({ type: 'undirected', multi: false });
  for (const [edge, inView] of visible.edges) {
    if (CONFLICT.has(graph.getEdgeAttribute(edge, 'kind'))) continue;
    const source = graph.source(edge);
    const target = graph.target(edge);
    ties.mergeNode(source);
    ties.mergeNode(target);
    const weight =
      (ties.hasEdge(source, target) ? ties.getEdgeAttribute(source, target, 'weight') : 0) + inView.articles;
    ties.mergeEdge(source, target, { weight });
  }
  if (ties.size === 0) return new Map();
  const communities = louvain(ties, { getEdgeWeight: 'weight', rng: seeded(42) });
  const members = new Map<number, string[]>();
  for (const [node, c] of Object.entries(communities)) {
    const list = members.get(c) ?? [];
    list.push(node);
    members.set(c, list);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const blocs = new Map<string, number>();
  ordered.forEach((list, i) => {
    if (list.length > 1) for (const node of list) blocs.set(node, i);
  });
  return blocs;
}
