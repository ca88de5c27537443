// The Neo4j store: a Neo4j server, cluster or Aura reached through neo4j-driver (neo4j://, neo4j+s://, bolt://).
// Writes in `executeWrite` transactions (the driver retries transient errors) with UNWIND batches per label and
// type; reads with READ routing. Nothing of the driver leaves this module: values are converted at the boundary.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ConfigError, InvalidInputError, QueryError, StoreUnavailableError, errorMessage } from '../errors.js';
import { NODE_PROPERTIES, REL_PROPERTIES } from '../model/properties.js';
import {
  ENTITY_LABELS,
  NODE_LABELS,
  REL_ENDPOINTS,
  REL_TYPES,
  type ClaimNode,
  type EntityLabel,
  type EntityNode,
  type GraphFragment,
  type GraphNode,
  type GraphRecord,
  type GraphRelationship,
  type NodeLabel,
  type RelType,
} from '../model/types.js';
import type { Settings } from '../settings.js';
import { mergeEntity, sameEntity } from './merge-entity.js';
import { messageOrigin, nodeFromProperties, relationshipFromProperties } from './model-from-properties.js';
import { displayUri, isConnectionError, mapNeo4jError, type Neo4jTarget } from './neo4j-errors.js';
import { neo4jSchema } from './neo4j-schema.js';
import { propertiesRow, toDriverParams, toPlain } from './neo4j-values.js';
import { batchContent, chunks, planBatch } from './plan-batch.js';
import type {
  EntityNames,
  GraphStats,
  GraphStore,
  PlainValue,
  QueryOptions,
  QueryResult,
  Row,
  StoredArticle,
  WriteReport,
} from './types.js';

export interface Neo4jStoreOptions {
  /** Every session reads (READ routing); writes and writing queries are refused. */
  readOnly?: boolean;
  /** Rows per UNWIND statement (settings.batchSize). */
  batchSize?: number;
  /** Records per page of readGraph. */
  pageSize?: number;
  /** How long to wait for a connection, at open and after (default 10 s). */
  connectionTimeoutMs?: number;
}

type Obj = Record<string, unknown>;
type Props = Record<string, PlainValue>;

const URI_SCHEMES = /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//i;

/**
 * Opens the store the settings name, checks that it answers (server, credentials, database), and creates the
 * schema unless read-only. `mustExist` needs nothing more: a database that does not exist always fails to open.
 */
export async function openNeo4jStore(
  settings: Pick<Settings, 'neo4j' | 'batchSize'>,
  options: { readOnly?: boolean; mustExist?: boolean } = {},
): Promise<Neo4jStore> {
  const store = await Neo4jStore.open(settings.neo4j, { readOnly: options.readOnly, batchSize: settings.batchSize });
  try {
    if (!store.readOnly) await store.init();
    return store;
  } catch (e) {
    await store.close();
    throw e;
  }
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  readonly readOnly: boolean;
  /** Other clients of the server may write at any time. */
  readonly unchanging = false;
  /** The server's agent string (`Neo4j/5.26.0`), known after open. */
  serverAgent = '';
  private readonly target: Neo4jTarget;
  private readonly batchSize: number;
  private readonly pageSize: number;
  /** Shared by every session of this store: in a cluster, a read after a write sees that write. */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private schemaReady = false;
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    config: Settings['neo4j'],
    options: Neo4jStoreOptions,
  ) {
    const uri = displayUri(config.uri);
    this.target = { uri, database: config.database, username: config.username, password: config.password };
    this.location = config.database ? `${uri} (database ${config.database})` : uri;
    this.readOnly = options.readOnly ?? false;
    this.batchSize = options.batchSize ?? 1000;
    this.pageSize = options.pageSize ?? 5000;
  }

  /** Connects and checks that the server answers, accepts the credentials and has the database. */
  static async open(config: Settings['neo4j'], options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
    if (!URI_SCHEMES.test(config.uri)) {
      throw new ConfigError(
        `neo4j store: "${displayUri(config.uri)}" is not a Neo4j URI. ` +
          'Expecting NEO4J_URI like neo4j://host:7687, neo4j+s://host or bolt://host:7687.',
      );
    }
    const auth =
      config.username || config.password
        ? neo4j.auth.basic(config.username ?? 'neo4j', config.password ?? '')
        : undefined; // no credentials: the driver logs in with scheme "none", which a server without auth accepts
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, auth, {
        connectionTimeout: options.connectionTimeoutMs ?? 10_000,
        userAgent: 'kg',
      });
    } catch (e) {
      const why = config.password ? errorMessage(e).split(config.password).join('***') : errorMessage(e);
      throw new ConfigError(
        `neo4j store: cannot use "${displayUri(config.uri)}": ${why}. Expecting NEO4J_URI like neo4j://host:7687.`,
      );
    }
    const store = new Neo4jStore(driver, config, options);
    try {
      await store.checkConnection();
      return store;
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw e;
    }
  }

  private async checkConnection(): Promise<void> {
    const session = this.session('READ');
    try {
      const result = await session.run('RETURN 1 AS ok');
      this.serverAgent = result.summary.server.agent ?? '';
    } catch (e) {
      throw mapNeo4jError(e, this.target, 'neo4j store');
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    if (this.closed) {
      throw new StoreUnavailableError(`neo4j store ${this.location} is closed. Expecting an open store.`);
    }
    return this.driver.session({
      database: this.target.database ?? undefined,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private async read<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work);
    } catch (e) {
      throw mapNeo4jError(e, this.target, where);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private refuseWrite(where: string): void {
    if (this.readOnly) {
      throw new QueryError(
        `${where}: neo4j store ${this.location} is open read-only. Expecting a store opened for writing.`,
      );
    }
  }

  private async write<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.refuseWrite(where);
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } catch (e) {
      throw mapNeo4jError(e, this.target, where);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async init(): Promise<void> {
    if (this.schemaReady || this.readOnly) return;
    const existing = await this.read('init', async (tx) => {
      const names = new Set<string>();
      for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name']) {
        const res = await tx.run(`${show} RETURN name`);
        for (const r of res.records) names.add(String(r.get('name')));
      }
      return names;
    });
    const missing = neo4jSchema().filter((item) => !existing.has(item.name));
    for (const item of missing) {
      // Schema changes cannot share a transaction with anything else: one each. IF NOT EXISTS covers a rule that
      // exists; another kg process creating the same rule at the same moment is harmless too.
      await this.write('init', (tx) => tx.run(item.statement)).catch((e: unknown) => {
        const code = (e as { cause?: { code?: string } }).cause?.code ?? '';
        if (!/EquivalentSchemaRuleAlreadyExists|AlreadyExists/.test(code)) throw e;
      });
    }
    if (missing.length > 0) await this.write('init', (tx) => tx.run('CALL db.awaitIndexes(300)'));
    this.schemaReady = true;
  }

  async writeFragments(fragments: GraphFragment[]): Promise<WriteReport> {
    const plan = planBatch(fragments);
    const base: WriteReport = {
      written: 0,
      unchanged: plan.repeated,
      replaced: plan.superseded,
      nodes: 0,
      relationships: 0,
    };
    if (plan.fragments.length === 0) return base;
    this.refuseWrite('writeFragments');
    await this.init();
    // The work function may run again when the driver retries a transient error: it starts from `base` each time.
    return this.write('writeFragments', async (tx) => {
      const report = { ...base };
      const ids = plan.fragments.map((f) => f.article.id);
      const keys = plan.fragments.map((f) => f.article.key);
      // Lock the batch's articles first (another writer of the same article waits, then finds it stored), and
      // then read what is stored under these ids and keys.
      // Element ids of the batch's nodes (articles, entities, claims), by label and id: the relationship statements
      // find their endpoints by element id, not by a locking seek in the id constraint's index.
      const elementIds = new Map<string, string>();
      const storedIds = await this.lockNodes(tx, 'Article', ids, 'key', elementIds);
      const stored = await findStored(tx, [], keys);
      const fresh = plan.fragments.filter((f) => !storedIds.has(f.article.id));
      report.unchanged += plan.fragments.length - fresh.length;
      const freshKeys = new Set(fresh.map((f) => f.article.key));
      const batchIds = new Set(ids);
      const replacedArticles = stored.filter((a) => freshKeys.has(a.key) && !batchIds.has(a.id));
      const old = replacedArticles.map((a) => a.id);
      const replacedKeys = new Set(replacedArticles.map((a) => a.key));
      for (const f of fresh) report[replacedKeys.has(f.article.key) ? 'replaced' : 'written']++;
      if (fresh.length === 0) return report;

      const orphans = old.length > 0 ? await removeArticles(tx, old) : [];
      const content = batchContent(fresh);
      report.nodes += fresh.length + (await this.upsertEntities(tx, content.entities, elementIds));
      report.nodes += content.claims.length;
      // The rest depends on nothing it returns but the counts of relationships: sent at once (the driver pipelines
      // the statements of a transaction and the server runs them in order), so that the client packs the next
      // statement while the server runs the previous one.
      const articles = this.runChunked(
        tx,
        mergeNodes('Article'),
        fresh.map((f) => propertiesRow(NODE_PROPERTIES.Article, f.article)),
      );
      // The claims of articles not stored are new (a claim's id is made from its article's id, and a replaced
      // article's claims went with it): created, not merged, as the embedded store does.
      const claims = this.createClaims(tx, content.claims, elementIds);
      const relationships = this.createRelationships(tx, content.relationships, elementIds, claims);
      await Promise.all([articles, claims, relationships]);
      report.relationships += await relationships;
      if (orphans.length > 0) await removeOrphans(tx, orphans);
      return report;
    });
  }

  /** Runs a statement per chunk of rows, all sent at once; the sum of the `n` they return. */
  private async runChunked(tx: ManagedTransaction, cypher: string, rows: Obj[]): Promise<number> {
    const results = chunks(rows, this.batchSize).map((chunk) => tx.run(cypher, { rows: chunk }));
    let n = 0;
    for (const res of await Promise.all(results)) {
      const first = res.records[0];
      if (first && first.has('n')) n += Number(toPlain(first.get('n')));
    }
    return n;
  }

  /**
   * Takes the write lock of the nodes with these ids (creating an empty node, locked, where there is none: the
   * transaction fills it in or rolls back), in id order so that writers do not deadlock, and returns the ids of
   * those that were stored already (they have `property`).
   */
  private async lockNodes(
    tx: ManagedTransaction,
    label: NodeLabel,
    ids: string[],
    property: string,
    elementIds: Map<string, string>,
  ): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunks([...new Set(ids)].sort(), this.batchSize)) {
      const res = await tx.run(
        `${KEEP_PLAN}UNWIND $ids AS id MERGE (n:${label} {id: id}) SET n.id = id ` +
          `RETURN id, n.${'`'}${property}${'`'} IS NOT NULL AS stored, elementId(n) AS eid`,
        { ids: chunk },
      );
      for (const r of res.records) {
        const id = String(r.get('id'));
        if (r.get('stored') === true) found.add(id);
        elementIds.set(endpointKey(label, id), String(r.get('eid')));
      }
    }
    return found;
  }

  /** Upserts entities: stored ones keep their name and gain aliases and titles; returns how many were written. */
  private async upsertEntities(
    tx: ManagedTransaction,
    entities: EntityNode[],
    elementIds: Map<string, string>,
  ): Promise<number> {
    let written = 0;
    for (const label of ENTITY_LABELS) {
      const mine = entities.filter((e) => e.label === label);
      if (mine.length === 0) continue;
      // Locked and read in one statement: a concurrent writer merging names into the same entity waits for this
      // transaction, then reads what it wrote, so no alias is lost. Nodes that were not stored come back empty.
      const stored = new Map<string, EntityNode>();
      for (const chunk of chunks([...new Set(mine.map((e) => e.id))].sort(), this.batchSize)) {
        const res = await tx.run(
          `${KEEP_PLAN}UNWIND $ids AS id MERGE (n:${label} {id: id}) SET n.id = id ` +
            'RETURN id, elementId(n) AS eid, CASE WHEN n.name IS NULL THEN null ELSE properties(n) END AS p',
          { ids: chunk },
        );
        for (const r of res.records) {
          elementIds.set(endpointKey(label, String(r.get('id'))), String(r.get('eid')));
          const p = r.get('p') as unknown;
          if (p === null) continue;
          const node = nodeFromProperties(label, toPlain(p) as Props) as EntityNode;
          stored.set(node.id, node);
        }
      }
      const changed: EntityNode[] = [];
      for (const e of mine) {
        const known = stored.get(e.id);
        const merged = known ? mergeEntity(known, e) : e;
        if (!known || !sameEntity(merged, known)) changed.push(merged);
      }
      await this.runChunked(
        tx,
        mergeNodes(label),
        changed.map((e) => propertiesRow(NODE_PROPERTIES[label], e)),
      );
      written += changed.length;
    }
    return written;
  }

  /** Creates the claims (all new: see writeFragments), noting their element ids; resolves when all are created. */
  private async createClaims(
    tx: ManagedTransaction,
    claims: ClaimNode[],
    elementIds: Map<string, string>,
  ): Promise<void> {
    const props = NODE_PROPERTIES.Claim.map((p) => `${q(p.name)}: r.${q(p.name)}`).join(', ');
    const cypher = `${KEEP_PLAN}UNWIND $rows AS r CREATE (n:Claim {${props}}) RETURN r.id AS id, elementId(n) AS eid`;
    const rows = claims.map((c) => propertiesRow(NODE_PROPERTIES.Claim, c));
    const results = chunks(rows, this.batchSize).map((chunk) => tx.run(cypher, { rows: chunk }));
    for (const res of await Promise.all(results)) {
      for (const r of res.records) elementIds.set(endpointKey('Claim', String(r.get('id'))), String(r.get('eid')));
    }
  }

  /**
   * Creates the relationships, one statement per type and endpoint labels (and chunk). Endpoints written in this
   * batch are found by element id; the others (stored nodes a fragment points at) by id. The groups without a
   * claim are sent at once; those with one once the claims are created (their element ids known).
   */
  private async createRelationships(
    tx: ManagedTransaction,
    relationships: GraphRelationship[],
    elementIds: Map<string, string>,
    claimsCreated: Promise<void>,
  ): Promise<number> {
    const groups: Array<{ type: RelType; from: NodeLabel; to: NodeLabel; count: number; created: Promise<number> }> =
      [];
    const send = (type: RelType, from: NodeLabel, to: NodeLabel, mine: GraphRelationship[]): Promise<number> => {
      const byElementId: Obj[] = [];
      const byId: Obj[] = [];
      for (const r of mine) {
        const a = elementIds.get(endpointKey(from, r.from.id));
        const b = elementIds.get(endpointKey(to, r.to.id));
        const row = propertiesRow(REL_PROPERTIES, r);
        if (a !== undefined && b !== undefined) byElementId.push(Object.assign(row, { a, b }));
        else byId.push(Object.assign(row, { fromId: r.from.id, toId: r.to.id }));
      }
      return Promise.all([
        this.runChunked(tx, createRelationshipsByElementId(type, from, to), byElementId),
        this.runChunked(tx, createRelationships(type, from, to), byId),
      ]).then(([x, y]) => x + y);
    };
    const later: Array<() => void> = [];
    for (const type of REL_TYPES) {
      for (const [from, to] of REL_ENDPOINTS[type]) {
        const mine = relationships.filter((r) => r.type === type && r.from.label === from && r.to.label === to);
        if (mine.length === 0) continue;
        const group = { type, from, to, count: mine.length, created: Promise.resolve(0) };
        groups.push(group);
        if (from !== 'Claim' && to !== 'Claim') group.created = send(type, from, to, mine);
        else {
          let start = (): void => undefined;
          group.created = new Promise<void>((resolve) => (start = resolve)).then(() => send(type, from, to, mine));
          later.push(start);
        }
      }
    }
    // If the claims fail, the transaction fails with their error and the groups with a claim are never sent.
    const started = claimsCreated.then(() => later.forEach((start) => start()));
    const counts = (await Promise.all([...groups.map((g) => g.created), started.then(() => 0)])).slice(0, -1);
    groups.forEach(({ type, from, to, count }, i) => {
      if (counts[i] !== count) {
        throw new InvalidInputError(
          `writeFragments: ${count - counts[i]} of ${count} ${type} relationships (${from}->${to}) point at nodes ` +
            'that are neither in the batch nor stored. Expecting every endpoint among the fragment nodes or the store.',
        );
      }
    });
    return counts.reduce((a, b) => a + b, 0);
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    this.refuseWrite('deleteArticle');
    await this.init();
    return this.write('deleteArticle', async (tx) => {
      const found = await tx.run('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id: articleId });
      if (found.records.length === 0) return false;
      await removeOrphans(tx, await removeArticles(tx, [articleId]));
      return true;
    });
  }

  async findArticles(ids: string[], keys: string[]): Promise<StoredArticle[]> {
    if (ids.length === 0 && keys.length === 0) return [];
    return this.read('findArticles', (tx) => findStored(tx, ids, keys));
  }

  async entityNames(): Promise<EntityNames[]> {
    return this.read('entityNames', async (tx) => {
      const out: EntityNames[] = [];
      for (const label of ENTITY_LABELS) {
        const res = await tx.run(`MATCH (n:${label}) RETURN properties(n) AS p ORDER BY n.id`);
        for (const r of res.records) {
          const node = nodeFromProperties(label, toPlain(r.get('p')) as Props) as EntityNode;
          const names = [node.name];
          if (node.label === 'Party' && node.acronym) names.push(node.acronym);
          if (node.label !== 'Event') names.push(...node.aliases);
          out.push({ label, id: node.id, names: [...new Set(names.filter(Boolean))] });
        }
      }
      return out;
    });
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const readOnly = options.readOnly || this.readOnly;
    const bound = toDriverParams(params);
    // EXPLAIN tells reads from writes without running anything: reads go with READ routing, writes with WRITE,
    // and a read-only caller is refused before the query runs. The READ session is a second guard: the server
    // itself refuses to write in it.
    const kind = await this.queryType(cypher, bound);
    if (readOnly && kind !== 'r' && kind !== null) {
      throw new QueryError('query: the query would write to the store. Expecting a read-only query.');
    }
    const work = async (tx: ManagedTransaction): Promise<QueryResult> => {
      const result = tx.run(cypher, bound);
      const columns = (await result.keys()).map(String);
      const { records } = await result;
      const rows: Row[] = records.map((rec) => {
        const row: Row = {};
        for (const c of columns) row[c] = toPlain(rec.get(c));
        return row;
      });
      return { columns, rows };
    };
    try {
      return kind === 'r' || readOnly ? await this.read('query', work) : await this.write('query', work);
    } catch (e) {
      if ((e as { cause?: { code?: string } }).cause?.code === 'Neo.ClientError.Statement.AccessMode') {
        throw new QueryError('query: the query would write to the store. Expecting a read-only query.', { cause: e });
      }
      throw e;
    }
  }

  /** 'r', 'rw', 'w' or 's' (schema) from the plan; null when the query cannot be explained (it then runs as asked). */
  private async queryType(cypher: string, params: Obj): Promise<string | null> {
    if (/^\s*(EXPLAIN|PROFILE|CYPHER)\b/i.test(stripLeadingComments(cypher))) return null;
    try {
      return await this.read('query', async (tx) => {
        const res = await tx.run(`EXPLAIN ${cypher}`, params);
        return res.summary.queryType ?? null;
      });
    } catch (e) {
      // A connection problem is the answer; anything else (a syntax error, a command EXPLAIN does not take)
      // shows again, in its own words, when the query itself runs.
      if (isConnectionError((e as { cause?: unknown }).cause)) throw e;
      return null;
    }
  }

  async *readGraph(): AsyncIterable<GraphRecord> {
    for (const label of [...NODE_LABELS].sort()) {
      let after = '';
      for (;;) {
        const page = await this.read('readGraph', async (tx) => {
          const res = await tx.run(
            `MATCH (n:${label}) WHERE n.id > $after RETURN properties(n) AS p ORDER BY n.id LIMIT $limit`,
            { after, limit: neo4j.int(this.pageSize) },
          );
          return res.records.map((r) => nodeFromProperties(label, toPlain(r.get('p')) as Props) as GraphNode);
        });
        for (const node of page) yield { kind: 'node', node };
        if (page.length < this.pageSize) break;
        after = page[page.length - 1].id;
      }
    }
    for (const type of [...REL_TYPES].sort()) {
      let after = '';
      for (;;) {
        const page = await this.read('readGraph', async (tx) => {
          const res = await tx.run(
            `MATCH (a)-[r:${type}]->(b) WHERE r.id > $after ` +
              'RETURN labels(a) AS fromLabels, a.id AS fromId, labels(b) AS toLabels, b.id AS toId, ' +
              'properties(r) AS p ORDER BY r.id LIMIT $limit',
            { after, limit: neo4j.int(this.pageSize) },
          );
          return res.records.map((r) =>
            relationshipFromProperties(
              type as RelType,
              { label: modelLabel(r.get('fromLabels')), id: String(r.get('fromId')) },
              { label: modelLabel(r.get('toLabels')), id: String(r.get('toId')) },
              toPlain(r.get('p')) as Props,
            ),
          );
        });
        for (const relationship of page) yield { kind: 'relationship', relationship };
        if (page.length < this.pageSize) break;
        after = page[page.length - 1].id;
      }
    }
  }

  async stats(): Promise<GraphStats> {
    return this.read('stats', async (tx) => {
      const stats: GraphStats = { nodes: {}, relationships: {}, articles: 0, messages: {} };
      for (const label of NODE_LABELS) {
        const res = await tx.run(`MATCH (n:${label}) RETURN count(n) AS n`);
        stats.nodes[label] = Number(toPlain(res.records[0].get('n')));
      }
      for (const type of REL_TYPES) {
        const res = await tx.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
        stats.relationships[type] = Number(toPlain(res.records[0].get('n')));
      }
      stats.articles = stats.nodes.Article ?? 0;
      const res = await tx.run('MATCH (a:Article) UNWIND a.messages AS m RETURN m, count(*) AS n');
      const counts = new Map<string, number>();
      for (const r of res.records) {
        const origin = messageOrigin(String(r.get('m')));
        counts.set(origin, (counts.get(origin) ?? 0) + Number(toPlain(r.get('n'))));
      }
      for (const origin of [...counts.keys()].sort()) stats.messages[origin] = counts.get(origin)!;
      return stats;
    });
  }

  /** Neo4j makes every committed transaction durable: nothing to do. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}

/**
 * Prefix of the write statements whose plan is an index seek on a uniqueness constraint whatever the statistics:
 * while a store fills up its statistics change fast, and the server would plan these statements again and again
 * (about a fifth of its CPU in the write bench). A schema change still drops the cached plans.
 */
const KEEP_PLAN = 'CYPHER replan=skip ';

/** A property name in Cypher: backticks always (`end` is reserved in LadybugDB, and harmless here). */
const q = (name: string) => `\`${name}\``;

/**
 * Property by property, not `SET n = r`: setting the map the MERGE key was read from makes the planner put an
 * Eager (materialise every row) before the writes, which costs about a third of the throughput.
 */
function mergeNodes(label: NodeLabel): string {
  const sets = NODE_PROPERTIES[label].filter((p) => p.name !== 'id').map((p) => `n.${q(p.name)} = r.${q(p.name)}`);
  return `${KEEP_PLAN}UNWIND $rows AS r MERGE (n:${label} {id: r.id}) SET ${sets.join(', ')}`;
}

/** The key of a node in the map of element ids: its label and id. */
const endpointKey = (label: NodeLabel, id: string) => `${label}:${id}`;

/** Relationships between nodes found by element id (written in this transaction): no index seek, no lock of it. */
function createRelationshipsByElementId(type: RelType, from: NodeLabel, to: NodeLabel): string {
  const props = REL_PROPERTIES.map((p) => `${q(p.name)}: r.${q(p.name)}`).join(', ');
  return (
    `${KEEP_PLAN}UNWIND $rows AS r MATCH (a:${from}) WHERE elementId(a) = r.a MATCH (b:${to}) WHERE elementId(b) = r.b ` +
    `CREATE (a)-[:${type} {${props}}]->(b) RETURN count(*) AS n`
  );
}

function createRelationships(type: RelType, from: NodeLabel, to: NodeLabel): string {
  const props = REL_PROPERTIES.map((p) => `${q(p.name)}: r.${q(p.name)}`).join(', ');
  return (
    `${KEEP_PLAN}UNWIND $rows AS r MATCH (a:${from} {id: r.fromId}) MATCH (b:${to} {id: r.toId}) ` +
    `CREATE (a)-[:${type} {${props}}]->(b) RETURN count(*) AS n`
  );
}

async function findStored(tx: ManagedTransaction, ids: string[], keys: string[]): Promise<StoredArticle[]> {
  const res = await tx.run(
    'MATCH (a:Article) WHERE a.id IN $ids OR a.key IN $keys RETURN a.id AS id, a.key AS key ORDER BY id',
    { ids, keys },
  );
  return res.records.map((r) => ({ id: String(r.get('id')), key: String(r.get('key')) }));
}

/** Deletes articles with their claims and relationships; returns the entities they mentioned. */
async function removeArticles(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Array<{ label: EntityLabel; id: string }>> {
  const mentioned: Array<{ label: EntityLabel; id: string }> = [];
  for (const label of ENTITY_LABELS) {
    const res = await tx.run(
      `MATCH (e:${label})-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT e.id AS id`,
      { ids },
    );
    for (const r of res.records) mentioned.push({ label, id: String(r.get('id')) });
  }
  for (const type of REL_TYPES) await tx.run(`MATCH ()-[r:${type}]->() WHERE r.articleId IN $ids DELETE r`, { ids });
  await tx.run('MATCH (c:Claim) WHERE c.articleId IN $ids DETACH DELETE c', { ids });
  await tx.run('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids });
  return mentioned;
}

/** Deletes those of these entities that no article mentions any more. */
async function removeOrphans(tx: ManagedTransaction, entities: Array<{ label: EntityLabel; id: string }>) {
  for (const label of ENTITY_LABELS) {
    const ids = entities.filter((e) => e.label === label).map((e) => e.id);
    if (ids.length === 0) continue;
    await tx.run(
      `UNWIND $ids AS id MATCH (e:${label} {id: id}) ` +
        'WHERE NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(:Article) } DETACH DELETE e',
      { ids },
    );
  }
}

/** The model label among a node's labels (kg gives each node exactly one). */
function modelLabel(labels: unknown): NodeLabel {
  const list = Array.isArray(labels) ? labels.map(String) : [];
  const found = list.find((l) => (NODE_LABELS as readonly string[]).includes(l));
  if (!found) {
    throw new InvalidInputError(
      `readGraph: a relationship ends at a node labelled ${list.join(':') || '(none)'}. Expecting one of ${NODE_LABELS.join(', ')}.`,
    );
  }
  return found as NodeLabel;
}

function stripLeadingComments(cypher: string): string {
  return cypher.replace(/^(\s*(\/\/[^\n]*(\n|$)|\/\*[\s\S]*?\*\/))*/, '');
}
