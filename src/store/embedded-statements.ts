// The embedded store's write statements and their parameters. Property values travel as one list per column
// (`$c0`, `$c1`, ...), not as a list of objects; statements that look nodes up get a small list of objects, `$keys`,
// with the ids and the row's position in the columns.
//
// Why columns: LadybugDB's Node binding converts parameters on the main thread, and a field of an object in a
// list cost 12-16 µs while an element of a list of strings or numbers cost 1-2 µs (measured, 0.19.1). Each list
// is CAST to its column type, so a column whose values are all null (or all empty lists) still has a type, and
// 1 and 0.5 in one DOUBLE column stay what they are.
//
// Why the ids still travel as objects: a MATCH on an id is planned as a primary-key lookup when the id is a field
// of an unwound object (`r.fromId`), and LadybugDB 0.19.1 then computes wrong rows when the id is an element of a
// list instead (`$c0[i]`, `r[1]`, or projected by WITH: endpoints and properties taken from other rows, measured);
// matched on a list element directly it scans the whole table. The test of these statements checks both.
import type { PropertySpec } from '../model/properties.js';
import type { NodeLabel, RelType } from '../model/types.js';
import { pathLiteral } from './embedded-copy.js';
import { COLUMN_TYPES, q } from './embedded-schema.js';

/** A column of a write: a property and how to read it from a source record. */
export type Column = PropertySpec;

/** The parameters of a write: `c0`, `c1`, ... one list per column, in the order of `columns`. */
export function columnParams(columns: readonly Column[], sources: readonly object[]): Record<string, unknown[]> {
  const params: Record<string, unknown[]> = {};
  columns.forEach((c, k) => {
    const list: unknown[] = new Array(sources.length);
    for (let r = 0; r < sources.length; r++) list[r] = (sources[r] as Record<string, unknown>)[c.name] ?? null;
    params[`c${k}`] = list;
  });
  return params;
}

/** `$keys` of updateNodesStatement: each node's id and position (1-based) in the columns. */
export function nodeKeys(nodes: ReadonlyArray<{ id: string }>): Array<{ id: string; k: number }> {
  return nodes.map((n, r) => ({ id: n.id, k: r + 1 }));
}

/** `$keys` of createRelationshipsStatement: each relationship's endpoint ids and position in the columns. */
export function relationshipKeys(
  relationships: ReadonlyArray<{ from: { id: string }; to: { id: string } }>,
): Array<{ fromId: string; toId: string; k: number }> {
  return relationships.map((x, r) => ({ fromId: x.from.id, toId: x.to.id, k: r + 1 }));
}

/** The value of column `k` in row `i` (a constant list is cast once, at binding). */
const valueAt = (columns: readonly Column[], k: number, i: string) =>
  `CAST($c${k} AS ${COLUMN_TYPES[columns[k].type]}[])[${i}]`;

const propertyMap = (columns: readonly Column[], i: string) =>
  columns.map((c, k) => `${q(c.name)}: ${valueAt(columns, k, i)}`).join(', ');

/** Creates one node per row; `columns` are properties of the label. */
export function createNodesStatement(label: NodeLabel, columns: readonly Column[]): string {
  return `UNWIND range(1, size($c0)) AS i CREATE (n:${label} {${propertyMap(columns, 'i')}})`;
}

/** Sets the properties in `columns` (not the id) of the stored nodes listed in `$keys` ({ id, k }). */
export function updateNodesStatement(label: NodeLabel, columns: readonly Column[]): string {
  const sets = columns.map((c, k) => `n.${q(c.name)} = ${valueAt(columns, k, 'r.k')}`).join(', ');
  return `UNWIND $keys AS r MATCH (n:${label} {id: r.id}) SET ${sets}`;
}

/**
 * Creates one relationship per row of `$keys` ({ fromId, toId, k }) between stored nodes, with the properties in
 * `columns`. Returns the number created: a row whose endpoint is missing creates nothing.
 */
export function createRelationshipsStatement(
  type: RelType,
  from: NodeLabel,
  to: NodeLabel,
  columns: readonly Column[],
): string {
  // Two MATCH clauses, not one comma-joined pattern: LadybugDB plans the latter as a cross product.
  return (
    `UNWIND $keys AS r MATCH (a:${from} {id: r.fromId}) MATCH (b:${to} {id: r.toId}) ` +
    `CREATE (a)-[:${type} {${propertyMap(columns, 'r.k')}}]->(b) RETURN count(*) AS n`
  );
}

/**
 * Like createRelationshipsStatement, reading the rows from a Parquet file (columns `_from`, `_to`, then `columns`)
 * instead of parameters: no value crosses the binding, and LadybugDB ran the MATCH and CREATE 4-8x faster on
 * the rows of a file than on unwound parameters (measured). The rows are ordinary inserts of the transaction,
 * logged like any other (unlike COPY FROM, see EmbeddedStore.createNodes). The path is a quoted literal of our own
 * temporary file: LadybugDB refuses a parameter there ("Cannot find parameter", it reads the file when preparing).
 */
export function loadRelationshipsStatement(
  type: RelType,
  from: NodeLabel,
  to: NodeLabel,
  columns: readonly Column[],
  file: string,
): string {
  const names = columns.map((c) => q(c.name)).join(', ');
  const props = columns.map((c) => `${q(c.name)}: ${q(c.name)}`).join(', ');
  // Each id renamed by a WITH and matched in turn: matched on a column of the file directly, LadybugDB 0.19.1
  // found no node at all (measured); both ids in one MATCH ... MATCH after one WITH is a cross product.
  return (
    `LOAD FROM ${pathLiteral(file)} WITH _from AS fromId, _to AS toId, ${names} ` +
    `MATCH (a:${from} {id: fromId}) WITH a, toId, ${names} MATCH (b:${to} {id: toId}) ` +
    `CREATE (a)-[:${type} {${props}}]->(b) RETURN count(*) AS n`
  );
}

/** Like createNodesStatement, reading the rows from a Parquet file with `columns` (see loadRelationshipsStatement). */
export function loadNodesStatement(label: NodeLabel, columns: readonly Column[], file: string): string {
  const props = columns.map((c) => `${q(c.name)}: ${q(c.name)}`).join(', ');
  return `LOAD FROM ${pathLiteral(file)} CREATE (n:${label} {${props}})`;
}
