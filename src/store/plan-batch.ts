// Prepares a batch of fragments for writing, whatever the store: validates every fragment, drops repeats of
// one article, keeps the last text of each key, and merges the entities, claims and relationships of the batch.
import type { ClaimNode, EntityNode, GraphFragment, GraphRelationship } from '../model/types.js';
import { mergeEntity } from './merge-entity.js';
import { validateFragment } from './validate-fragment.js';

export interface BatchPlan {
  /** One fragment per article id and per key (the last text of a key wins), in input order. */
  fragments: GraphFragment[];
  /** Repeats of an article id inside the batch (reported as unchanged). */
  repeated: number;
  /** Earlier texts of a key that a later fragment of the same batch superseded (reported as replaced). */
  superseded: number;
}

export function planBatch(input: GraphFragment[]): BatchPlan {
  for (const f of input) validateFragment(f);
  const byId = new Map<string, GraphFragment>();
  for (const f of input) if (!byId.has(f.article.id)) byId.set(f.article.id, f);
  const lastOfKey = new Map<string, string>();
  for (const f of byId.values()) lastOfKey.set(f.article.key, f.article.id);
  const fragments = [...byId.values()].filter((f) => lastOfKey.get(f.article.key) === f.article.id);
  return { fragments, repeated: input.length - byId.size, superseded: byId.size - fragments.length };
}

export interface BatchContent {
  /** Entities of the batch, merged per id (the first met keeps its name). */
  entities: EntityNode[];
  claims: ClaimNode[];
  /** Relationships, one per id. */
  relationships: GraphRelationship[];
}

export function batchContent(fragments: GraphFragment[]): BatchContent {
  const entities = new Map<string, EntityNode>();
  const claims = new Map<string, ClaimNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const f of fragments) {
    for (const n of f.nodes) {
      if (n.label === 'Claim') {
        if (!claims.has(n.id)) claims.set(n.id, n);
        continue;
      }
      const known = entities.get(n.id);
      entities.set(n.id, known ? mergeEntity(known, n) : n);
    }
    for (const r of f.relationships) if (!relationships.has(r.id)) relationships.set(r.id, r);
  }
  return { entities: [...entities.values()], claims: [...claims.values()], relationships: [...relationships.values()] };
}

/** Splits rows into chunks of at most `size`; never returns an empty chunk. */
export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
