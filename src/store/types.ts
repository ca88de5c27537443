// The one interface both stores implement (embedded LadybugDB and Neo4j). Nothing of a driver or a
// database binding crosses it: values are plain JavaScript (string, number, boolean, null, arrays, objects).
import type { EntityLabel, GraphFragment, GraphRecord, NodeLabel, RelType } from '../model/types.js';

export type StoreKind = 'embedded' | 'neo4j';

/** A plain value as it comes back from a query. Nodes and relationships come back as objects of their properties. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };
export type Row = Record<string, PlainValue>;

export interface QueryResult {
  columns: string[];
  rows: Row[];
}

export interface QueryOptions {
  /** Refuse the query when it would write (the viewer's server and `kg query --read-only`). */
  readOnly?: boolean;
}

export interface WriteReport {
  /** Articles newly written. */
  written: number;
  /** Articles already stored with the same id (same text): nothing written. */
  unchanged: number;
  /** Articles stored under the same key with another text, whose old facts were replaced. */
  replaced: number;
  nodes: number;
  relationships: number;
}

/** A known entity and the names it goes by: what cross-article resolution matches new mentions against. */
export interface EntityNames {
  label: EntityLabel;
  id: string;
  names: string[];
}

export interface StoredArticle {
  id: string;
  key: string;
}

export interface GraphStats {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelType, number>>;
  articles: number;
  /** Extraction messages recorded on articles, by origin (`find-claims:unattributed` ...). */
  messages: Record<string, number>;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** A description for messages: the folder or the URI (never a password). */
  readonly location: string;
  /**
   * True when nobody can change the stored graph while this store is open: an embedded store opened read-only
   * (kg's lock keeps writers out until it closes). A Neo4j server can always be written by someone else.
   */
  readonly unchanging: boolean;
  /** Creates tables, constraints and indexes when missing. Safe to call every time. */
  init(): Promise<void>;
  /**
   * Writes whole articles. Each fragment lands entirely or not at all (a batch is one or more transactions,
   * each holding whole articles). A fragment whose article id is stored already is left as it is; one whose
   * article key is stored under another id replaces that article's facts and nobody else's.
   * Entity nodes are upserted: names, aliases and titles are merged with what is stored.
   */
  writeFragments(fragments: GraphFragment[]): Promise<WriteReport>;
  /** Removes an article, its claims and every relationship it supports; entities left with no article go too. */
  deleteArticle(articleId: string): Promise<boolean>;
  /** Which of these article ids and keys are stored. */
  findArticles(ids: string[], keys: string[]): Promise<StoredArticle[]>;
  /** Names and aliases of every stored entity (for resolving a new article's mentions to existing nodes). */
  entityNames(): Promise<EntityNames[]>;
  /** Runs Cypher with parameters. Values are converted to plain JavaScript at the boundary. */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  /** Every node (nodes first, by label then id) and every relationship (by type then id). */
  readGraph(): AsyncIterable<GraphRecord>;
  stats(): Promise<GraphStats>;
  /** Makes written data durable (LadybugDB checkpoints its write-ahead log); a no-op where not needed. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
