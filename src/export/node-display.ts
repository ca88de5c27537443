// The short text a graph tool shows for a node: an entity's name, an article's title, a claim's first words.
import type { GraphNode } from '../model/types.js';

const MAX = 120;

export function displayLabel(node: GraphNode): string {
  const text = node.label === 'Article' ? node.title : node.label === 'Claim' ? node.text : node.name;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX ? `${flat.slice(0, MAX - 1)}…` : flat;
}
