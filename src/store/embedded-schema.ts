// The LadybugDB schema, built from the model: one node table per label, one relationship table per type
// (with every FROM/TO pair the model allows), each carrying the provenance properties.
import { NODE_PROPERTIES, REL_PROPERTIES, type PropertyType } from '../model/properties.js';
import { NODE_LABELS, REL_ENDPOINTS, REL_TYPES } from '../model/types.js';

/** LadybugDB's type of each property type. */
export const COLUMN_TYPES: Record<PropertyType, string> = {
  string: 'STRING',
  int: 'INT64',
  float: 'DOUBLE',
  'string[]': 'STRING[]',
};

/** A property name quoted for Cypher (`end` is a reserved word in LadybugDB). */
export const q = (name: string): string => `\`${name}\``;

export function schemaStatements(): string[] {
  const nodes = NODE_LABELS.map((label) => {
    const cols = NODE_PROPERTIES[label].map((p) => `${q(p.name)} ${COLUMN_TYPES[p.type]}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${label}(${cols.join(', ')}, PRIMARY KEY (id))`;
  });
  const rels = REL_TYPES.map((type) => {
    const pairs = REL_ENDPOINTS[type].map(([a, b]) => `FROM ${a} TO ${b}`);
    const cols = REL_PROPERTIES.map((p) => `${q(p.name)} ${COLUMN_TYPES[p.type]}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...cols].join(', ')})`;
  });
  return [...nodes, ...rels];
}
