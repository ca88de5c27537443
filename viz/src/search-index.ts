// Completion over names and aliases: every person, party and event with the names it goes by, ranked by how
// well a name matches (whole name, then a word's start, then anywhere) and then by how connected it is.
import { nodeName, type DataIndex } from './data-index.js';

export interface SearchEntry {
  id: string;
  label: 'Person' | 'Party' | 'Event';
  name: string;
  /** Every name it goes by, the display name first. */
  names: string[];
  weight: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name that matched, when it is not the display name. */
  matched: string | null;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function searchEntries(index: DataIndex): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const node of index.data.nodes) {
    if (node.label === 'Claim') continue;
    const names = [node.name];
    if (node.label !== 'Event') names.push(...node.aliases);
    if (node.label === 'Party' && node.acronym) names.push(node.acronym);
    entries.push({
      id: node.id,
      label: node.label,
      name: nodeName(node),
      names: [...new Set(names.filter(Boolean))],
      weight: index.relsByNode.get(node.id)?.length ?? 0,
    });
  }
  return entries;
}

export function searchNames(entries: readonly SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: Array<{ hit: SearchHit; score: number }> = [];
  for (const entry of entries) {
    let best = 0;
    let matched: string | null = null;
    for (const [i, name] of entry.names.entries()) {
      const n = fold(name);
      const score =
        n === q
          ? 4
          : n.startsWith(q)
            ? 3
            : new RegExp(`(^|[^\\p{L}\\p{N}])${escape(q)}`, 'u').test(n)
              ? 2
              : n.includes(q)
                ? 1
                : 0;
      if (score > best) {
        best = score;
        matched = i === 0 ? null : name;
      }
    }
    if (best > 0) scored.push({ hit: { entry, matched }, score: best });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score || b.hit.entry.weight - a.hit.entry.weight || a.hit.entry.name.localeCompare(b.hit.entry.name),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
