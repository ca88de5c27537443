// Turns values coming back from LadybugDB into plain JavaScript (the GraphStore boundary): BigInt to number,
// Date to an ISO string, a node to the object of its properties, a relationship to its properties plus
// `_type`, a path to { nodes, relationships }. Internal fields (`_id`, `_src`, `_dst`, `_label`) are dropped,
// and so are null properties, which Neo4j does not store either.
import type { PlainValue } from './types.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: Obj) => '_label' in v && '_id' in v && !('_src' in v);
const isRel = (v: Obj) => '_src' in v && '_dst' in v && '_label' in v;
const isPath = (v: Obj) => '_nodes' in v && '_rels' in v;

function properties(v: Obj): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, val] of Object.entries(v)) {
    if (k.startsWith('_') || val === null || val === undefined) continue;
    out[k] = toPlain(val);
  }
  return out;
}

export function toPlain(v: unknown): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Map) {
    const out: Record<string, PlainValue> = {};
    for (const [k, val] of v) out[String(k)] = toPlain(val);
    return out;
  }
  if (isObj(v)) {
    if (isPath(v)) {
      return { nodes: (v._nodes as unknown[]).map(toPlain), relationships: (v._rels as unknown[]).map(toPlain) };
    }
    if (isRel(v)) return { ...properties(v), _type: String(v._label) };
    if (isNode(v)) return properties(v);
    const out: Record<string, PlainValue> = {};
    for (const [k, val] of Object.entries(v)) out[k] = toPlain(val);
    return out;
  }
  return String(v);
}
