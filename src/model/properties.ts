// The stored properties of every node label and of relationships, with their value types: the one list the
// stores' schemas, their readers and the exports (typed CSV columns, GraphML keys) are built from.
import type { NodeLabel } from './types.js';

export type PropertyType = 'string' | 'int' | 'float' | 'string[]';

export interface PropertySpec {
  name: string;
  type: PropertyType;
}

const s = (name: string): PropertySpec => ({ name, type: 'string' });
const i = (name: string): PropertySpec => ({ name, type: 'int' });
const list = (name: string): PropertySpec => ({ name, type: 'string[]' });

/** Properties of each node label, `id` first, in the order the model's interfaces list them. */
export const NODE_PROPERTIES: Record<NodeLabel, readonly PropertySpec[]> = {
  Article: [s('id'), s('key'), s('title'), s('date'), s('url'), s('source'), s('path'), s('text'), list('messages')],
  Person: [s('id'), s('name'), list('aliases'), list('titles')],
  Party: [s('id'), s('name'), s('acronym'), list('aliases'), s('kind')],
  Event: [s('id'), s('kind'), s('name'), s('date'), s('place')],
  Claim: [
    s('id'),
    s('text'),
    s('kind'),
    s('cue'),
    s('articleId'),
    i('sentence'),
    i('start'),
    i('end'),
    s('date'),
    s('polarity'),
  ],
};

/** Properties every relationship carries (its provenance and its tie), whatever its type. */
export const REL_PROPERTIES: readonly PropertySpec[] = [
  s('id'),
  s('articleId'),
  i('sentence'),
  i('start'),
  i('end'),
  s('evidence'),
  s('date'),
  { name: 'confidence', type: 'float' },
  s('status'),
  s('validFrom'),
  s('validTo'),
];
