// JSON lines in the shape of Neo4j APOC's apoc.export.json: one node or relationship object a line, node ids
// our stable ids, null properties left out, keys in a fixed order, so a graph exports byte-identically from
// either store. This is the format eval/score.mjs reads.
import type { Writable } from 'node:stream';
import { NODE_PROPERTIES, REL_PROPERTIES, type PropertySpec } from '../model/properties.js';
import type { GraphNode, GraphRecord, GraphRelationship } from '../model/types.js';
import { sinkOf } from './sink.js';

function properties(specs: readonly PropertySpec[], source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of specs) {
    const v = source[p.name];
    if (v !== null && v !== undefined) out[p.name] = v;
  }
  return out;
}

export function nodeLine(node: GraphNode): string {
  return JSON.stringify({
    type: 'node',
    id: node.id,
    labels: [node.label],
    properties: properties(NODE_PROPERTIES[node.label], node as unknown as Record<string, unknown>),
  });
}

export function relationshipLine(r: GraphRelationship): string {
  return JSON.stringify({
    type: 'relationship',
    id: r.id,
    label: r.type,
    properties: properties(REL_PROPERTIES, r as unknown as Record<string, unknown>),
    start: { id: r.from.id, labels: [r.from.label] },
    end: { id: r.to.id, labels: [r.to.label] },
  });
}

export interface ExportCounts {
  nodes: number;
  relationships: number;
}

export async function exportJsonl(records: AsyncIterable<GraphRecord>, out: Writable): Promise<ExportCounts> {
  const sink = sinkOf(out);
  const counts = { nodes: 0, relationships: 0 };
  for await (const r of records) {
    if (r.kind === 'node') {
      counts.nodes++;
      await sink.write(`${nodeLine(r.node)}\n`);
    } else {
      counts.relationships++;
      await sink.write(`${relationshipLine(r.relationship)}\n`);
    }
  }
  return counts;
}
