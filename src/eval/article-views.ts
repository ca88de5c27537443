// One view per article of what a graph says about it (its people and parties, its claims with their speakers, its
// relationships), built alike from extraction fragments and from the records of a whole-graph read.
import type {
  ArticleNode,
  ClaimNode,
  GraphFragment,
  GraphNode,
  GraphRecord,
  GraphRelationship,
  PartyNode,
  PersonNode,
} from '../model/types.js';

export type EntityNode = PersonNode | PartyNode;

export interface ArticleView {
  article: ArticleNode;
  /** People and parties the article mentions, as the graph has them. */
  entities: EntityNode[];
  /** The article's claims, each with the id of the node that SAID it (null when none did). */
  claims: Array<{ claim: ClaimNode; speaker: string | null }>;
  /** Relationships drawn from the article (by their articleId). */
  relationships: GraphRelationship[];
}

export type ScorableGraph = readonly GraphFragment[] | readonly GraphRecord[];

const isEntity = (n: GraphNode): n is EntityNode => n.label === 'Person' || n.label === 'Party';

function isFragmentList(graph: ScorableGraph): graph is readonly GraphFragment[] {
  return graph.length > 0 && 'article' in graph[0] && 'nodes' in graph[0];
}

function speakers(relationships: readonly GraphRelationship[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of relationships) if (r.type === 'SAID' && !out.has(r.to.id)) out.set(r.to.id, r.from.id);
  return out;
}

function fromFragment(f: GraphFragment): ArticleView {
  const said = speakers(f.relationships);
  return {
    article: f.article,
    entities: f.nodes.filter(isEntity),
    claims: f.nodes
      .filter((n): n is ClaimNode => n.label === 'Claim')
      .map((claim) => ({ claim, speaker: said.get(claim.id) ?? null })),
    relationships: f.relationships.filter((r) => r.articleId === f.article.id),
  };
}

function fromRecords(records: readonly GraphRecord[]): ArticleView[] {
  const nodes = new Map<string, GraphNode>();
  const rels: GraphRelationship[] = [];
  for (const r of records) {
    if (r.kind === 'node') nodes.set(r.node.id, r.node);
    else rels.push(r.relationship);
  }
  const views = new Map<string, ArticleView>();
  for (const n of nodes.values()) {
    if (n.label === 'Article') views.set(n.id, { article: n, entities: [], claims: [], relationships: [] });
  }
  const said = speakers(rels);
  for (const r of rels) {
    const view = views.get(r.articleId);
    if (view) view.relationships.push(r);
    if (r.type !== 'MENTIONED_IN') continue;
    const target = views.get(r.to.id);
    const node = nodes.get(r.from.id);
    if (target && node && isEntity(node) && !target.entities.includes(node)) target.entities.push(node);
  }
  for (const n of nodes.values()) {
    if (n.label !== 'Claim') continue;
    views.get(n.articleId)?.claims.push({ claim: n, speaker: said.get(n.id) ?? null });
  }
  return [...views.values()];
}

/** One view per article of the graph, in the order the graph lists them. */
export function articleViews(graph: ScorableGraph): ArticleView[] {
  if (graph.length === 0) return [];
  return isFragmentList(graph) ? graph.map(fromFragment) : fromRecords(graph as readonly GraphRecord[]);
}
