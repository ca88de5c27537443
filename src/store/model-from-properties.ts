// Rebuilds model objects from stored properties, whatever the store: every property of the label present,
// arrays as arrays (empty when missing), numbers as numbers, null for anything missing.
import { NODE_PROPERTIES, REL_PROPERTIES, type PropertySpec } from '../model/properties.js';
import type { GraphNode, GraphRelationship, NodeLabel, RelType } from '../model/types.js';
import type { PlainValue } from './types.js';

type Props = Record<string, PlainValue | undefined>;

function value(spec: PropertySpec, v: PlainValue | undefined): PlainValue {
  if (spec.type === 'string[]') return Array.isArray(v) ? v.map((x) => String(x)) : [];
  if (v === null || v === undefined) return null;
  if (spec.type === 'int' || spec.type === 'float') return Number(v);
  return String(v);
}

export function nodeFromProperties(label: NodeLabel, props: Props): GraphNode {
  const node: Record<string, PlainValue> = { label };
  for (const spec of NODE_PROPERTIES[label]) node[spec.name] = value(spec, props[spec.name]);
  return node as unknown as GraphNode;
}

export function relationshipFromProperties(
  type: RelType,
  from: { label: NodeLabel; id: string },
  to: { label: NodeLabel; id: string },
  props: Props,
): GraphRelationship {
  const p: Record<string, PlainValue> = {};
  for (const spec of REL_PROPERTIES) p[spec.name] = value(spec, props[spec.name]);
  return {
    id: p.id as string,
    type,
    from,
    to,
    articleId: p.articleId as string,
    sentence: p.sentence as number,
    start: p.start as number,
    end: p.end as number,
    evidence: p.evidence as string,
    date: p.date as string | null,
    confidence: p.confidence as number,
    status: p.status as GraphRelationship['status'],
    validFrom: p.validFrom as string | null,
    validTo: p.validTo as string | null,
  };
}

/** The origin of an extraction message (`origin: reason`): the text before the first ": ". */
export function messageOrigin(message: string): string {
  const at = message.indexOf(': ');
  return at > 0 ? message.slice(0, at).trim() : '(no origin)';
}
