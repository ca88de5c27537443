// Pairs the people and parties of one article's graph with its gold entities by their names (name, acronym,
// aliases against the gold names): one graph node per gold entity; a second node for the same entity is a duplicate.
import type { GoldEntity } from './gold.js';
import type { EntityNode } from './article-views.js';
import { nameKey } from './text-match.js';

export interface EntityMatch {
  /** Gold key -> the graph node id matched to it (one-to-one). */
  matched: Map<string, string>;
  /** Graph node id -> the gold key it stands for: the matched nodes, and duplicates that share a gold name. */
  goldOf: Map<string, string>;
}

export function nodeNames(node: EntityNode): Set<string> {
  const names = [node.name, ...node.aliases, ...(node.label === 'Party' && node.acronym ? [node.acronym] : [])];
  return new Set(names.map(nameKey).filter(Boolean));
}

/** How well a node fits a gold entity: shared names, and a bonus when the node's own name is a gold name. */
function fit(node: EntityNode, names: Set<string>, gold: GoldEntity): number {
  const goldNames = new Set(gold.names.map(nameKey));
  let shared = 0;
  for (const n of names) if (goldNames.has(n)) shared++;
  if (shared === 0) return 0;
  return shared + (goldNames.has(nameKey(node.name)) ? 0.5 : 0);
}

export function matchEntities(nodes: readonly EntityNode[], gold: readonly GoldEntity[]): EntityMatch {
  const pairs: Array<{ node: EntityNode; gold: GoldEntity; score: number; order: number }> = [];
  let order = 0;
  for (const node of nodes) {
    const names = nodeNames(node);
    for (const g of gold) {
      if (g.type !== node.label) continue;
      const score = fit(node, names, g);
      if (score > 0) pairs.push({ node, gold: g, score, order: order++ });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);
  const matched = new Map<string, string>();
  const goldOf = new Map<string, string>();
  for (const p of pairs) {
    if (matched.has(p.gold.key) || goldOf.has(p.node.id)) continue;
    matched.set(p.gold.key, p.node.id);
    goldOf.set(p.node.id, p.gold.key);
  }
  // duplicates: a node left over still stands for the best gold entity it shares a name with
  for (const p of pairs) if (!goldOf.has(p.node.id)) goldOf.set(p.node.id, p.gold.key);
  return { matched, goldOf };
}
