// What the viewer reads: every node and relationship of a store, with articles as metadata (their text only
// when the data is embedded in an HTML export). Shared by the server's /api/graph and the HTML export.
import type { ArticleNode, ClaimNode, EntityNode, GraphRecord, GraphRelationship } from '../model/types.js';
import type { StoreKind } from '../store/types.js';

export interface ViewerArticle {
  id: string;
  key: string;
  title: string;
  date: string | null;
  url: string | null;
  source: string | null;
  /** Present in an HTML export; the server gives it through /api/articles/:id instead. */
  text?: string;
}

export interface ViewerMeta {
  /** The store the data came from, or `export` for a file written by `kg export --format html`. */
  origin: StoreKind | 'export';
  /** The store's folder or URI (never a password); null in an export. */
  location: string | null;
  generatedAt: string;
}

export interface ViewerData {
  version: 1;
  meta: ViewerMeta;
  articles: ViewerArticle[];
  nodes: Array<EntityNode | ClaimNode>;
  relationships: GraphRelationship[];
}

export function toViewerArticle(a: ArticleNode, withText: boolean): ViewerArticle {
  const article: ViewerArticle = {
    id: a.id,
    key: a.key,
    title: a.title,
    date: a.date,
    url: a.url,
    source: a.source,
  };
  if (withText) article.text = a.text;
  return article;
}

/** Collects a store's whole-graph read into the viewer's shape. */
export async function collectViewerData(
  records: AsyncIterable<GraphRecord>,
  meta: ViewerMeta,
  options: { withText: boolean },
): Promise<ViewerData> {
  const data: ViewerData = { version: 1, meta, articles: [], nodes: [], relationships: [] };
  for await (const record of records) {
    if (record.kind === 'relationship') data.relationships.push(record.relationship);
    else if (record.node.label === 'Article') data.articles.push(toViewerArticle(record.node, options.withText));
    else data.nodes.push(record.node);
  }
  return data;
}
