// Indexes the viewer's data once: lookups by id, the date of every relationship, the dates on which each node
// is reported, party membership, and the range of article dates the time slider covers.
import type { ClaimNode, EntityNode, GraphRelationship } from '../../src/model/types.js';
import type { ViewerArticle, ViewerData } from '../../src/server/viewer-data.js';

export type ViewerNode = EntityNode | ClaimNode;

export interface DataIndex {
  data: ViewerData;
  nodes: Map<string, ViewerNode>;
  articles: Map<string, ViewerArticle>;
  relationships: Map<string, GraphRelationship>;
  /** The date a relationship is reported on: its own date, else its article's, else null. */
  relDate: Map<string, string | null>;
  /** Relationship ids touching each node (either end). */
  relsByNode: Map<string, string[]>;
  /** Sorted distinct dates on which each node (or article) is reported; empty when none is dated. */
  nodeDates: Map<string, string[]>;
  /** Parties each person is a member of, past ties excluded. */
  partiesOf: Map<string, string[]>;
  /** Sorted distinct article and relationship dates. */
  dates: string[];
}

/** The display name of a node or article. */
export function nodeName(node: ViewerNode | ViewerArticle): string {
  if ('label' in node) {
    if (node.label === 'Claim') return node.text.length > 60 ? `${node.text.slice(0, 57)}...` : node.text;
    if (node.label === 'Party' && node.acronym && node.acronym !== node.name) return `${node.name} (${node.acronym})`;
    return node.name;
  }
  return node.title || node.key;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function indexData(data: ViewerData): DataIndex {
  const nodes = new Map(data.nodes.map((n) => [n.id, n] as const));
  const articles = new Map(data.articles.map((a) => [a.id, a] as const));
  const relationships = new Map<string, GraphRelationship>();
  const relDate = new Map<string, string | null>();
  const relsByNode = new Map<string, string[]>();
  const dateSets = new Map<string, Set<string>>();
  const partiesOf = new Map<string, string[]>();
  const allDates = new Set<string>();

  const addDate = (id: string, date: string | null) => {
    if (!date) return;
    let set = dateSets.get(id);
    if (!set) dateSets.set(id, (set = new Set()));
    set.add(date);
  };
  for (const a of data.articles) {
    addDate(a.id, a.date);
    if (a.date) allDates.add(a.date);
  }
  for (const r of data.relationships) {
    relationships.set(r.id, r);
    const date = r.date ?? articles.get(r.articleId)?.date ?? null;
    relDate.set(r.id, date);
    if (date) allDates.add(date);
    push(relsByNode, r.from.id, r.id);
    if (r.to.id !== r.from.id) push(relsByNode, r.to.id, r.id);
    addDate(r.from.id, date);
    addDate(r.to.id, date);
    if (r.type === 'MEMBER_OF' && r.status !== 'past') {
      const list = partiesOf.get(r.from.id) ?? [];
      if (!list.includes(r.to.id)) list.push(r.to.id);
      partiesOf.set(r.from.id, list);
    }
  }
  for (const n of data.nodes) if (n.label === 'Claim') addDate(n.id, n.date);
  const nodeDates = new Map<string, string[]>();
  for (const [id, set] of dateSets) nodeDates.set(id, [...set].sort());
  return {
    data,
    nodes,
    articles,
    relationships,
    relDate,
    relsByNode,
    nodeDates,
    partiesOf,
    dates: [...allDates].sort(),
  };
}
