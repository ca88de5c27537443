// Converts values at the Neo4j boundary: driver values (Integer, temporal types, Node, Relationship, Path) to
// plain JavaScript on the way out, and model values to driver parameters on the way in (integers as Integer).
import neo4j from 'neo4j-driver';
import type { PropertySpec } from '../model/properties.js';
import type { PlainValue } from './types.js';

type Obj = Record<string, unknown>;

const isTemporal = (v: unknown) =>
  neo4j.isDate(v as never) ||
  neo4j.isDateTime(v as never) ||
  neo4j.isLocalDateTime(v as never) ||
  neo4j.isTime(v as never) ||
  neo4j.isLocalTime(v as never) ||
  neo4j.isDuration(v as never);

function properties(props: Obj): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out[k] = toPlain(v);
  return out;
}

/**
 * A driver value as plain JavaScript, the same shapes the embedded store returns: a node is the object of its
 * properties, a relationship its properties plus `_type`, a path `{ nodes, relationships }`, an integer a number
 * (a string beyond 2^53), a temporal value its ISO string.
 */
export function toPlain(v: unknown): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (isTemporal(v) || neo4j.isPoint(v as never)) return String(v);
  if (neo4j.isNode(v as never)) return properties((v as unknown as { properties: Obj }).properties);
  if (neo4j.isRelationship(v as never)) {
    const r = v as unknown as { type: string; properties: Obj };
    return { ...properties(r.properties), _type: r.type };
  }
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    return {
      nodes: [p.start, ...p.segments.map((s) => s.end)].map(toPlain),
      relationships: p.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (typeof v === 'object') {
    const out: Record<string, PlainValue> = {};
    for (const [k, val] of Object.entries(v as Obj)) out[k] = toPlain(val);
    return out;
  }
  return String(v);
}

/**
 * Query parameters for the driver: whole numbers become Integer (a JavaScript number would travel as a float,
 * which `LIMIT $n` or `substring(s, $start)` refuse); everything else as it is, recursively.
 */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  return toDriverValue(params) as Record<string, unknown>;
}

function toDriverValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (typeof v === 'bigint') return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toDriverValue);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Obj = {};
    for (const [k, val] of Object.entries(v)) out[k] = toDriverValue(val);
    return out;
  }
  return v;
}

/**
 * The stored properties of a model object, typed by its spec list: `int` as Integer, `float` as a float even when
 * whole, absent when null (Neo4j stores no nulls; readers turn a missing property back into null).
 */
export function propertiesRow(specs: readonly PropertySpec[], source: object): Obj {
  const row: Obj = {};
  for (const spec of specs) {
    const v = (source as Obj)[spec.name];
    if (v === null || v === undefined) continue;
    row[spec.name] = spec.type === 'int' ? neo4j.int(v as number) : v;
  }
  return row;
}
