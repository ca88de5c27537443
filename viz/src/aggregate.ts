// Builds the graphs the viewer draws from the indexed data. The coalition view: parties and alliances, one
// edge per kind (cooperation, conflict, meeting) between two parties, members' acts counted for their party
// unless people are shown; the full view: every node, one edge per relationship type and direction.
// Each edge keeps the ids of the relationships it stands for: the filters and the evidence panel use them.
import Graph from 'graphology';
import type { NodeLabel, PartyKind, RelType } from '../../src/model/types.js';
import { SYMMETRIC_RELS } from '../../src/model/types.js';
import { ALLIANCE_COLOR, KIND_COLORS, LABEL_COLORS, REL_COLORS } from './colors.js';
import { nodeName, type DataIndex } from './data-index.js';

export type CoalitionKind = 'cooperation' | 'conflict' | 'meeting' | 'membership';
export type ViewEdgeKind = CoalitionKind | RelType;
export type ViewName = 'coalition' | 'full';

export interface ViewNodeAttributes {
  label: string;
  nodeLabel: NodeLabel;
  partyKind: PartyKind | null;
  x: number;
  y: number;
  /** Size before filters and highlights, from the number of relationships. */
  size: number;
  color: string;
}

export interface ViewEdgeAttributes {
  kind: ViewEdgeKind;
  /** The stored relationships this edge stands for. */
  relIds: string[];
  /** Among relIds, those of a member counted for their party (coalition view without people). */
  lifted: string[];
  /** Whether an arrow shows a direction. */
  directed: boolean;
  /** 0 when alone between its two nodes; spread apart when several edges join the same two nodes. */
  curvature: number;
  /** The sigma program: straight when alone between its two nodes, curved beside parallel edges. */
  type: 'line' | 'arrow' | 'curved' | 'curvedArrow';
  size: number;
  color: string;
}

export type ViewGraph = Graph<ViewNodeAttributes, ViewEdgeAttributes>;

export const COALITION_KIND_OF: Partial<Record<RelType, CoalitionKind>> = {
  ALLIED_WITH: 'cooperation',
  ACCUSED: 'conflict',
  OPPOSED: 'conflict',
  MET_WITH: 'meeting',
  MEMBER_OF: 'membership',
};

const KIND_ORDER: ViewEdgeKind[] = ['cooperation', 'conflict', 'meeting', 'membership'];

type Positions = Map<string, { x: number; y: number }>;

/** A stable starting position from the id (a spiral by hash), so a view opens the same way every time. */
export function seedPosition(id: string): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const u = ((h >>> 0) % 100_000) / 100_000;
  const angle = u * Math.PI * 2 * 137.508;
  const radius = 10 * Math.sqrt(((h >>> 8) % 10_000) / 10_000 + 0.05);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function newGraph(): ViewGraph {
  return new Graph<ViewNodeAttributes, ViewEdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: false });
}

function addNode(graph: ViewGraph, index: DataIndex, id: string, positions?: Positions) {
  const node = index.nodes.get(id);
  const article = node ? undefined : index.articles.get(id);
  if (!node && !article) return;
  const nodeLabel: NodeLabel = node ? node.label : 'Article';
  const partyKind = node?.label === 'Party' ? node.kind : null;
  const pos = positions?.get(id) ?? seedPosition(id);
  graph.addNode(id, {
    label: nodeName(node ?? article!),
    nodeLabel,
    partyKind,
    x: pos.x,
    y: pos.y,
    size: 4,
    color: partyKind === 'alliance' ? ALLIANCE_COLOR : LABEL_COLORS[nodeLabel],
  });
}

/** Edge sizes from their relationship counts, node sizes from their degree, and curvature of parallel edges. */
function finish(graph: ViewGraph): ViewGraph {
  graph.forEachNode((node) => {
    let weight = 0;
    graph.forEachEdge(node, (_e, attrs) => {
      weight += attrs.relIds.length;
    });
    graph.setNodeAttribute(node, 'size', 4 + 3 * Math.log2(1 + weight));
  });
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = pairs.get(pair) ?? [];
    list.push(edge);
    pairs.set(pair, list);
  });
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    edges.sort((a, b) => {
      const ka = KIND_ORDER.indexOf(graph.getEdgeAttribute(a, 'kind'));
      const kb = KIND_ORDER.indexOf(graph.getEdgeAttribute(b, 'kind'));
      return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
    });
    edges.forEach((edge, i) => {
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      graph.setEdgeAttribute(edge, 'curvature', flip * (i - (edges.length - 1) / 2) * 0.45);
    });
  }
  graph.forEachEdge((edge, attrs) => {
    const straight = attrs.curvature === 0;
    graph.setEdgeAttribute(
      edge,
      'type',
      attrs.directed ? (straight ? 'arrow' : 'curvedArrow') : straight ? 'line' : 'curved',
    );
  });
  return graph;
}

function addRelToEdge(
  graph: ViewGraph,
  key: string,
  source: string,
  target: string,
  kind: ViewEdgeKind,
  directed: boolean,
  relId: string,
  lifted: boolean,
) {
  if (!graph.hasEdge(key)) {
    const color = kind in KIND_COLORS ? KIND_COLORS[kind as CoalitionKind] : REL_COLORS[kind as RelType];
    graph.addDirectedEdgeWithKey(key, source, target, {
      kind,
      relIds: [],
      lifted: [],
      directed,
      curvature: 0,
      type: directed ? 'arrow' : 'line',
      size: 1,
      color,
    });
  }
  const attrs = graph.getEdgeAttributes(key);
  attrs.relIds.push(relId);
  if (lifted) attrs.lifted.push(relId);
}

/**
 * The coalition view. Without people, a person's ALLIED_WITH, ACCUSED, OPPOSED and MET_WITH count for the
 * parties they are a member of (past ties aside); with people, members join their parties and their own
 * accusations, oppositions and meetings are drawn, with MEMBER_OF edges.
 */
export function buildCoalitionGraph(index: DataIndex, options: { people: boolean }, positions?: Positions): ViewGraph {
  const graph = newGraph();
  for (const node of index.data.nodes) if (node.label === 'Party') addNode(graph, index, node.id, positions);
  if (options.people) {
    for (const [person, parties] of index.partiesOf) {
      if (parties.some((p) => graph.hasNode(p)) && index.nodes.get(person)?.label === 'Person') {
        addNode(graph, index, person, positions);
      }
    }
  }
  const endpoints = (id: string): Array<{ id: string; lifted: boolean }> => {
    if (graph.hasNode(id)) return [{ id, lifted: false }];
    if (options.people) return [];
    const parties = index.partiesOf.get(id) ?? [];
    return parties.filter((p) => graph.hasNode(p)).map((p) => ({ id: p, lifted: true }));
  };
  for (const rel of index.data.relationships) {
    const kind = COALITION_KIND_OF[rel.type];
    if (!kind) continue;
    if (kind === 'membership') {
      if (options.people && graph.hasNode(rel.from.id) && graph.hasNode(rel.to.id)) {
        addRelToEdge(
          graph,
          `membership:${rel.from.id}|${rel.to.id}`,
          rel.from.id,
          rel.to.id,
          kind,
          true,
          rel.id,
          false,
        );
      }
      continue;
    }
    for (const from of endpoints(rel.from.id)) {
      for (const to of endpoints(rel.to.id)) {
        if (from.id === to.id) continue;
        const [a, b] = from.id < to.id ? [from.id, to.id] : [to.id, from.id];
        addRelToEdge(graph, `${kind}:${a}|${b}`, a, b, kind, false, rel.id, from.lifted || to.lifted);
      }
    }
  }
  return finish(graph);
}

/** The full view: persons, parties, events, claims and articles; one edge per type and direction. */
export function buildFullGraph(index: DataIndex, positions?: Positions): ViewGraph {
  const graph = newGraph();
  for (const node of index.data.nodes) addNode(graph, index, node.id, positions);
  for (const article of index.data.articles) addNode(graph, index, article.id, positions);
  for (const rel of index.data.relationships) {
    if (!graph.hasNode(rel.from.id) || !graph.hasNode(rel.to.id) || rel.from.id === rel.to.id) continue;
    const symmetric = SYMMETRIC_RELS.has(rel.type);
    const [a, b] = symmetric && rel.to.id < rel.from.id ? [rel.to.id, rel.from.id] : [rel.from.id, rel.to.id];
    addRelToEdge(graph, `${rel.type}:${a}|${b}`, a, b, rel.type, !symmetric, rel.id, false);
  }
  return finish(graph);
}

export function buildViewGraph(
  index: DataIndex,
  view: ViewName,
  options: { people: boolean },
  positions?: Positions,
): ViewGraph {
  return view === 'coalition' ? buildCoalitionGraph(index, options, positions) : buildFullGraph(index, positions);
}

/** The positions of a graph's nodes, to carry them over when a view is rebuilt. */
export function positionsOf(graph: ViewGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, attrs) => positions.set(node, { x: attrs.x, y: attrs.y }));
  return positions;
}
