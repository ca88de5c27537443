// Copies a graph from one store to another through the GraphStore interface, article by article: fragments are
// rebuilt from the source's readGraph and written in batches with writeFragments, so a copy into a store that
// already holds articles merges like an ingest, and a copy run twice writes nothing the second time.
import type { ArticleNode, ClaimNode, EntityNode, GraphFragment, GraphRelationship } from '../model/types.js';
import type { GraphStore, WriteReport } from './types.js';

export interface CopyReport extends WriteReport {
  /** Articles read from the source. */
  articles: number;
  /** Entities no relationship of any article touches: an ingest never leaves them, and they are not copied. */
  skippedEntities: number;
  /** Claims and relationships whose article is not in the source. */
  skippedFacts: number;
}

export interface CopyOptions {
  /** Articles per writeFragments call (one or more transactions holding whole articles). */
  articlesPerBatch?: number;
  /** Called after each batch with the running totals. */
  onBatch?: (report: CopyReport) => void;
}

/**
 * Two passes over the source: the first keeps entities, claims and relationships (grouped by article), not the
 * article texts; the second streams the articles (they come first in readGraph's order) and writes each with
 * its facts, a batch at a time. Into an empty target the copy is exact. An article the target holds already is
 * left as it is (reported unchanged), so an entity only such articles mention keeps the target's names.
 */
export async function copyGraph(
  source: GraphStore,
  target: GraphStore,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const perBatch = options.articlesPerBatch ?? 200;
  const entities = new Map<string, EntityNode>();
  const claims = new Map<string, ClaimNode[]>();
  const facts = new Map<string, GraphRelationship[]>();
  const articleIds = new Set<string>();
  for await (const r of source.readGraph()) {
    if (r.kind === 'relationship') push(facts, r.relationship.articleId, r.relationship);
    else if (r.node.label === 'Article') articleIds.add(r.node.id);
    else if (r.node.label === 'Claim') push(claims, r.node.articleId, r.node);
    else entities.set(r.node.id, r.node);
  }

  const report: CopyReport = {
    articles: 0,
    written: 0,
    unchanged: 0,
    replaced: 0,
    nodes: 0,
    relationships: 0,
    skippedEntities: 0,
    skippedFacts: 0,
  };
  const used = new Set<string>();
  let batch: GraphFragment[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const written = await target.writeFragments(batch);
    for (const k of ['written', 'unchanged', 'replaced', 'nodes', 'relationships'] as const) report[k] += written[k];
    batch = [];
    options.onBatch?.({ ...report });
  };

  for await (const r of source.readGraph()) {
    if (r.kind !== 'node' || r.node.label !== 'Article') break; // articles come first: the rest is known
    batch.push(fragmentOf(r.node, claims.get(r.node.id) ?? [], facts.get(r.node.id) ?? [], entities, used));
    report.articles++;
    if (batch.length >= perBatch) await flush();
  }
  await flush();

  report.skippedEntities = [...entities.keys()].filter((id) => !used.has(id)).length;
  for (const [articleId, list] of [...claims, ...facts] as Array<[string, unknown[]]>) {
    if (!articleIds.has(articleId)) report.skippedFacts += list.length;
  }
  return report;
}

function fragmentOf(
  article: ArticleNode,
  claims: ClaimNode[],
  relationships: GraphRelationship[],
  entities: Map<string, EntityNode>,
  used: Set<string>,
): GraphFragment {
  const nodes: Array<EntityNode | ClaimNode> = [];
  const seen = new Set<string>();
  for (const r of relationships) {
    for (const end of [r.from, r.to]) {
      const entity = entities.get(end.id);
      if (!entity || seen.has(end.id)) continue;
      seen.add(end.id);
      used.add(end.id);
      nodes.push(entity);
    }
  }
  return { article, nodes: [...nodes, ...claims], relationships };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
