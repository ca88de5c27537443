// Node and edge attributes for the graph-file exports (GraphML, GEXF): one flat column list covering every
// label, values as strings or numbers, lists joined with "; ", missing values left out.
import { NODE_PROPERTIES, REL_PROPERTIES, type PropertyType } from '../model/properties.js';
import { NODE_LABELS, type GraphNode, type GraphRelationship } from '../model/types.js';

export const LIST_SEPARATOR = '; ';

export interface Column {
  name: string;
  type: Exclude<PropertyType, 'string[]'>;
}

function unionColumns(specs: ReadonlyArray<{ name: string; type: PropertyType }>): Column[] {
  const out: Column[] = [];
  for (const s of specs) {
    if (s.name === 'id' || out.some((c) => c.name === s.name)) continue;
    out.push({ name: s.name, type: s.type === 'string[]' ? 'string' : s.type });
  }
  return out;
}

/** `type` (the node's label) first, then every property of every label once. */
export const NODE_COLUMNS: Column[] = [
  { name: 'type', type: 'string' },
  ...unionColumns(NODE_LABELS.flatMap((l) => NODE_PROPERTIES[l])),
];

/** `type` (the relationship type) first, then the provenance properties. */
export const EDGE_COLUMNS: Column[] = [{ name: 'type', type: 'string' }, ...unionColumns(REL_PROPERTIES)];

function flat(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(LIST_SEPARATOR) : null;
  return typeof value === 'number' ? value : String(value);
}

export function nodeAttributes(node: GraphNode): Array<[string, string | number]> {
  const source: Record<string, unknown> = { ...node, type: node.label };
  return NODE_COLUMNS.flatMap((c) => {
    const v = flat(source[c.name]);
    return v === null ? [] : [[c.name, v] as [string, string | number]];
  });
}

export function edgeAttributes(r: GraphRelationship): Array<[string, string | number]> {
  const source: Record<string, unknown> = { ...r };
  return EDGE_COLUMNS.flatMap((c) => {
    const v = flat(source[c.name]);
    return v === null ? [] : [[c.name, v] as [string, string | number]];
  });
}
