// The embedded store: a LadybugDB database in a folder (default ./kg-data), one writer process at a time.
// All Cypher is parameterised; labels and types come from the model's fixed lists only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Connection,
  Database,
  type LbugValue,
  type PreparedStatement,
  type QueryResult as LbugResult,
} from '@ladybugdb/core';
import { InvalidInputError, NotFoundError, QueryError, StoreUnavailableError, errorMessage } from '../errors.js';
import { NODE_PROPERTIES, REL_PROPERTIES } from '../model/properties.js';
import {
  ENTITY_LABELS,
  NODE_LABELS,
  REL_ENDPOINTS,
  REL_TYPES,
  type EntityLabel,
  type EntityNode,
  type GraphFragment,
  type GraphNode,
  type GraphRecord,
  type GraphRelationship,
  type NodeLabel,
  type RelType,
} from '../model/types.js';
import {
  acquireWriterLock,
  isNativeLockError,
  liveReaders,
  liveWriter,
  lockedError,
  readLockedError,
  registerReader,
} from './embedded-lock.js';
import { q, schemaStatements } from './embedded-schema.js';
import { mergeEntity, sameEntity } from './merge-entity.js';
import { messageOrigin, nodeFromProperties, relationshipFromProperties } from './model-from-properties.js';
import { batchContent, chunks, planBatch } from './plan-batch.js';
import {
  columnParams,
  createNodesStatement,
  createRelationshipsStatement,
  loadNodesStatement,
  loadRelationshipsStatement,
  nodeKeys,
  relationshipKeys,
  updateNodesStatement,
  type Column,
} from './embedded-statements.js';
import type { BulkLoad, BulkLoadable } from './bulk-load.js';
import { EmbeddedBulkLoad } from './embedded-bulk-load.js';
import { RELATIONSHIP_FILE_COLUMNS } from './embedded-copy.js';
import { ParquetTable } from './parquet-table.js';
import { toPlain } from './plain-value.js';
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

/** The database file inside the store folder (LadybugDB keeps its write-ahead log beside it, `.wal`). */
export const DATABASE_FILE = 'graph.lbug';

export interface EmbeddedStoreOptions {
  /** The store folder; created when missing unless readOnly or mustExist. */
  dir: string;
  /** Opens the database read-only (no lock taken; refused while a kg writer has the folder). */
  readOnly?: boolean;
  /** Fails with NotFoundError when the folder holds no store, instead of creating one. */
  mustExist?: boolean;
  /** Rows per UNWIND statement (settings.batchSize). */
  batchSize?: number;
  /**
   * Relationships of one type and endpoint labels are written through a temporary Parquet file (LOAD FROM) when a
   * transaction has at least this many, as parameters when fewer (default 256).
   */
  fileRows?: number;
  /** LadybugDB buffer pool in bytes; 0 lets LadybugDB choose. */
  bufferPoolBytes?: number;
  /** Largest database LadybugDB reserves address space for (a power of 2; default 256 GiB). */
  maxDbBytes?: number;
}

/**
 * LadybugDB's default reserves 8 TiB of address space per open database and does not give it back on close,
 * so a process that opens a few stores in turn (tests, `kg copy`) runs out after about 16; 256 GiB is plenty.
 */
const DEFAULT_MAX_DB_BYTES = 2 ** 38;

/**
 * Opens the LadybugDB database without write-ahead-log checksums. With checksums (LadybugDB 0.19.1's default), a
 * log holding a string value over about 4 KB (any real article text) cannot be replayed ("Corrupted wal file" /
 * "Checksum verification failed"): a process killed before its next checkpoint left a store that would not open
 * at all (measured). Without them the log replays. A store whose log was written with checksums (by an earlier kg,
 * killed) is opened with them, once, to replay it; the next checkpoint empties the log.
 */
async function openDatabase(file: string, options: EmbeddedStoreOptions): Promise<Database> {
  const open = async (checksums: boolean) => {
    const db = new Database(
      file,
      options.bufferPoolBytes ?? 0,
      true,
      options.readOnly ?? false,
      options.maxDbBytes ?? DEFAULT_MAX_DB_BYTES,
      true, // automatic checkpoints: a writer turns them off (see open)
      -1,
      true, // a log that cannot be replayed is an error, never silently dropped
      checksums,
    );
    await db.init();
    return db;
  };
  try {
    return await open(false);
  } catch (e) {
    if (/serialized with enableChecksums=True/i.test(errorMessage(e))) return open(true);
    throw e;
  }
}

/** Whether LadybugDB left the files of a checkpoint it did not finish beside the database file. */
function interruptedCheckpoint(file: string): boolean {
  return ['.checkpoint.intent.lock', '.wal.checkpoint', '.shadow'].some((suffix) => fs.existsSync(`${file}${suffix}`));
}

/** The write-ahead log size past which a write checkpoints (LadybugDB's own automatic checkpoint is off). */
const CHECKPOINT_WAL_BYTES = 512 * 2 ** 20;

type Params = Record<string, unknown>;
type Props = Record<string, PlainValue>;

/** A write whose JavaScript side is done (its file written, its parameters built), to run in a transaction. */
interface PreparedWrite {
  /** Runs its statements; returns how many relationships they created (0 for nodes). */
  run(): Promise<number>;
  /** Removes what it prepared, when it will not run. */
  discard(): void;
}

/**
 * The properties that some of these records set. CREATE leaves the others null, so their columns need not travel:
 * LadybugDB converts every parameter value on this thread, the largest cost of a write (measured), and most
 * relationships have no status or validity dates.
 */
function setIn(specs: readonly Column[], sources: readonly object[]): Column[] {
  return specs.filter((p) => sources.some((x) => ((x as Record<string, unknown>)[p.name] ?? null) !== null));
}

/** The temporary file of a write to `table` with these columns (one name per statement, see relationshipsFileWrite). */
const fileName = (table: string, columns: readonly Column[]) =>
  `${table}-${columns.map((c) => c.name).join('-')}.parquet`;

/** See EmbeddedStoreOptions.fileRows: below it, writing and opening a file costs more than it saves. */
const DEFAULT_FILE_ROWS = 256;

/** Prepared statements kept per connection, at most this many (the write statements are a few dozen). */
const PREPARED_CACHE_SIZE = 256;

const returnProps = (variable: string, specs: typeof REL_PROPERTIES) =>
  specs.map((p) => `${variable}.${q(p.name)} AS ${q(p.name)}`).join(', ');

export class EmbeddedStore implements GraphStore, BulkLoadable {
  readonly kind = 'embedded' as const;
  readonly location: string;
  readonly readOnly: boolean;
  get unchanging(): boolean {
    return this.readOnly;
  }
  private readonly batchSize: number;
  private readonly fileRows: number;
  /** The folder of the temporary Parquet files of writes, made at the first one and removed at close. */
  private tempDir: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private schemaReady = false;
  private readonly prepared = new Map<string, PreparedStatement>();
  private closed = false;
  /** Whether anything may have been written since the last checkpoint. */
  private dirty = false;

  private constructor(
    private readonly db: Database,
    private readonly conn: Connection,
    private readonly release: (() => Promise<void>) | null,
    options: EmbeddedStoreOptions,
  ) {
    this.location = options.dir;
    this.readOnly = options.readOnly ?? false;
    this.batchSize = options.batchSize ?? 1000;
    this.fileRows = options.fileRows ?? DEFAULT_FILE_ROWS;
  }

  /** Opens (and, for writing, creates) the store in `options.dir`. */
  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const dir = options.dir;
    const file = path.join(dir, DATABASE_FILE);
    const mustExist = options.readOnly || options.mustExist;
    if (mustExist && !fs.existsSync(file)) {
      const why = fs.existsSync(dir) ? 'holds no kg store' : 'does not exist';
      throw new NotFoundError(
        `embedded store: ${dir} ${why}. Expecting a folder written by \`kg ingest\` (or --db DIR).`,
      );
    }
    if (options.readOnly && interruptedCheckpoint(file) && (await liveWriter(dir)) === null) {
      // A writer killed during a checkpoint: LadybugDB refuses read-only opens ("retry later") until a writable
      // open completes the checkpoint. Nobody else would: open it for writing once, which recovers everything.
      await (await EmbeddedStore.open({ ...options, readOnly: false, mustExist: true })).close();
    }
    let release: (() => Promise<void>) | null = null;
    if (options.readOnly) {
      // announce the reader first, then look for a writer: of a reader and a writer opening at once, one sees
      // the other
      release = await registerReader(dir);
      const writer = await liveWriter(dir);
      if (writer !== null) {
        await release();
        throw lockedError(dir, writer);
      }
    } else {
      try {
        fs.mkdirSync(dir, { recursive: true });
      } catch (e) {
        throw new StoreUnavailableError(
          `embedded store: cannot create ${dir}: ${errorMessage(e)}. Expecting a writable folder.`,
          { cause: e },
        );
      }
      release = await acquireWriterLock(dir, dir);
      const readers = await liveReaders(dir);
      if (readers.length > 0) {
        await release();
        throw readLockedError(dir, readers);
      }
    }
    try {
      const db = await openDatabase(file, options);
      const conn = new Connection(db);
      await conn.init();
      const store = new EmbeddedStore(db, conn, release, options);
      if (!store.readOnly) {
        // LadybugDB checkpoints by itself whenever the log passes 16 MB, at a cost that grows with the database
        // (most of an ingest's time, measured); the store checkpoints when its log grows large and at flush.
        await store.statement('CALL auto_checkpoint=false');
        await store.init();
      }
      return store;
    } catch (e) {
      await release?.();
      if (isNativeLockError(e)) throw lockedError(dir, await liveWriter(dir), e);
      throw new StoreUnavailableError(
        `embedded store: cannot open ${dir}: ${errorMessage(e)}. Expecting a kg store folder.`,
        { cause: e },
      );
    }
  }

  /** Runs `fn` after every earlier call on this store: one connection serves one statement at a time. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed)
        throw new StoreUnavailableError(`embedded store ${this.location} is closed. Expecting an open store.`);
      return fn();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(cypher: string, params: Params = {}): Promise<Record<string, unknown>[]> {
    const ps = await this.conn.prepare(cypher);
    if (!ps.isSuccess()) throw new QueryError(`embedded store: ${ps.getErrorMessage()}`);
    return this.rowsOf(await this.conn.execute(ps, params as Record<string, LbugValue>));
  }

  /** Like run, with the statement prepared once per store (preparing took about 4 ms a statement, measured). */
  private async runPrepared(cypher: string, params: Params): Promise<Record<string, unknown>[]> {
    let ps = this.prepared.get(cypher);
    if (!ps) {
      ps = await this.conn.prepare(cypher);
      if (!ps.isSuccess()) throw new QueryError(`embedded store: ${ps.getErrorMessage()}`);
      if (this.prepared.size >= PREPARED_CACHE_SIZE) this.prepared.clear();
      this.prepared.set(cypher, ps);
    }
    return this.rowsOf(await this.conn.execute(ps, params as Record<string, LbugValue>));
  }

  /**
   * Reads the last result's rows and closes every result: an open result keeps the database file locked.
   * Synchronously: the binding's getAll() fetches each row with its own trip through the thread pool, 3-20x
   * slower than getAllSync() on results of 800-2,500 rows (measured on the timeline and neighbourhood queries).
   */
  private async rowsOf(result: LbugResult | LbugResult[]): Promise<Record<string, unknown>[]> {
    const all = Array.isArray(result) ? result : [result];
    try {
      return all[all.length - 1].getAllSync();
    } finally {
      for (const r of all) r.close();
    }
  }

  /** A statement without parameters (transaction control), its result closed. */
  private async statement(cypher: string): Promise<void> {
    await this.rowsOf(await this.conn.query(cypher));
  }

  /**
   * Runs a statement of embedded-statements.ts over the sources, batchSize rows at a time: their `columns`, and
   * `$keys` when the statement looks nodes up.
   */
  private async runChunked(
    cypher: string,
    columns: readonly Column[],
    sources: readonly object[],
    keys?: (chunk: object[]) => object[],
  ): Promise<number> {
    return this.chunkedWrite(cypher, columns, sources, keys).run();
  }

  /** runChunked with its parameters built now and its statements run later (see pipeline). */
  private chunkedWrite(
    cypher: string,
    columns: readonly Column[],
    sources: readonly object[],
    keys?: (chunk: object[]) => object[],
  ): PreparedWrite {
    const batches = chunks([...sources], this.batchSize).map((chunk) => {
      const params: Params = columnParams(columns, chunk);
      if (keys) params.keys = keys(chunk);
      return params;
    });
    return {
      run: async () => {
        let n = 0;
        for (const params of batches) {
          const out = await this.runPrepared(cypher, params);
          n += out.length === 1 && 'n' in out[0] ? Number(out[0].n) : 0;
        }
        return n;
      },
      discard: () => undefined,
    };
  }

  /**
   * Runs writes in order, one statement at a time, preparing each next one (writing its Parquet file, building its
   * parameters) while LadybugDB executes the one before: LadybugDB runs a statement on its own threads while the
   * main thread waits, and writing the files was about a seventh of a store write (measured). Returns the sum of
   * what the writes return. A write prepared and never run (an earlier one failed) is discarded.
   */
  private async pipeline(steps: ReadonlyArray<() => PreparedWrite | null>): Promise<number> {
    let total = 0;
    let running: Promise<number> | null = null;
    let next: PreparedWrite | null = null;
    try {
      for (const prepare of steps) {
        next = prepare();
        if (running) total += await running;
        running = null;
        if (!next) continue;
        const write: PreparedWrite = next;
        next = null;
        running = write.run();
        // The binding calls into LadybugDB from a promise callback: let it start the statement before preparing
        // the next one, or both would run one after the other (measured).
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (running) total += await running;
      running = null;
      return total;
    } finally {
      next?.discard();
      // the statement in flight finishes before the caller rolls back (one statement at a time on a connection)
      if (running) await running.catch(() => undefined);
    }
  }

  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
    this.dirty = true;
    await this.statement('BEGIN TRANSACTION');
    try {
      const out = await fn();
      await this.statement('COMMIT');
      return out;
    } catch (e) {
      // LadybugDB has already rolled back after a failed statement; a failed binding leaves it open.
      await this.statement('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  async init(): Promise<void> {
    if (this.schemaReady || this.readOnly) return;
    await this.exclusive(async () => {
      const tables = new Set((await this.run('CALL show_tables() RETURN name')).map((r) => String(r.name)));
      if ([...NODE_LABELS, ...REL_TYPES].every((t) => tables.has(t))) return;
      this.dirty = true;
      for (const statement of schemaStatements()) await this.run(statement);
    });
    this.schemaReady = true;
  }

  async writeFragments(fragments: GraphFragment[]): Promise<WriteReport> {
    const plan = planBatch(fragments);
    const report: WriteReport = {
      written: 0,
      unchanged: plan.repeated,
      replaced: plan.superseded,
      nodes: 0,
      relationships: 0,
    };
    if (plan.fragments.length === 0) return report;
    this.refuseWrite('writeFragments');
    await this.init();
    const out = await this.exclusive(() =>
      this.transaction(async () => {
        const ids = plan.fragments.map((f) => f.article.id);
        const keys = plan.fragments.map((f) => f.article.key);
        const stored = await this.findStored(ids, keys);
        const storedIds = new Set(stored.map((a) => a.id));
        const fresh = plan.fragments.filter((f) => !storedIds.has(f.article.id));
        report.unchanged += plan.fragments.length - fresh.length;
        const freshKeys = new Set(fresh.map((f) => f.article.key));
        const old = stored.filter((a) => freshKeys.has(a.key) && !ids.includes(a.id)).map((a) => a.id);
        const replacedKeys = new Set(stored.filter((a) => old.includes(a.id)).map((a) => a.key));
        for (const f of fresh) report[replacedKeys.has(f.article.key) ? 'replaced' : 'written']++;
        if (fresh.length === 0) return report;

        const orphans = old.length > 0 ? await this.removeArticles(old) : [];
        const content = batchContent(fresh);
        report.nodes += await this.upsertEntities(content.entities);
        report.nodes += fresh.length + content.claims.length;
        // Articles and claims, then the relationships between all of them (which need both ends stored).
        report.relationships += await this.pipeline([
          () =>
            this.nodesWrite(
              'Article',
              fresh.map((f) => f.article),
            ),
          () => this.nodesWrite('Claim', content.claims),
          ...this.relationshipWrites(content.relationships),
        ]);
        if (orphans.length > 0) await this.removeOrphans(orphans);
        return report;
      }),
    );
    if (this.walBytes() > CHECKPOINT_WAL_BYTES) await this.flush();
    return out;
  }

  /** The size of the write-ahead log beside the database file (0 when there is none). */
  private walBytes(): number {
    try {
      return fs.statSync(path.join(this.location, `${DATABASE_FILE}.wal`)).size;
    } catch {
      return 0;
    }
  }

  /** A bulk load (Parquet files and COPY FROM) into this store, or null when it holds any node already. */
  async startBulkLoad(): Promise<BulkLoad | null> {
    this.refuseWrite('startBulkLoad');
    await this.init();
    const empty = await this.exclusive(async () => {
      for (const label of NODE_LABELS) {
        const rows = await this.run(`MATCH (n:${label}) RETURN n.id AS id LIMIT 1`);
        if (rows.length > 0) return false;
      }
      return true;
    });
    if (!empty) return null;
    return new EmbeddedBulkLoad((cypher) =>
      this.exclusive(async () => {
        this.dirty = true;
        await this.statement(cypher);
      }),
    );
  }

  private refuseWrite(where: string): void {
    if (this.readOnly) {
      throw new QueryError(
        `${where}: embedded store ${this.location} is open read-only. Expecting a store opened for writing.`,
      );
    }
  }

  private async findStored(ids: string[], keys: string[]): Promise<StoredArticle[]> {
    const rows = await this.runPrepared(
      'MATCH (a:Article) WHERE a.id IN $ids OR a.key IN $keys RETURN a.id AS id, a.key AS key ORDER BY id',
      { ids, keys },
    );
    return rows.map((r) => ({ id: String(r.id), key: String(r.key) }));
  }

  /** Upserts entities: stored ones keep their name and gain aliases and titles; returns how many were written. */
  private async upsertEntities(entities: EntityNode[]): Promise<number> {
    let written = 0;
    for (const label of ENTITY_LABELS) {
      const mine = entities.filter((e) => e.label === label);
      if (mine.length === 0) continue;
      const stored = new Map<string, EntityNode>();
      for (const chunk of chunks(
        mine.map((e) => e.id),
        this.batchSize,
      )) {
        const rows = await this.runPrepared(
          `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${returnProps('n', NODE_PROPERTIES[label])}`,
          { ids: chunk },
        );
        for (const r of rows) stored.set(String(r.id), nodeFromProperties(label, r as Props) as EntityNode);
      }
      const created: EntityNode[] = [];
      const updated: EntityNode[] = [];
      for (const e of mine) {
        const known = stored.get(e.id);
        if (!known) created.push(e);
        else {
          const merged = mergeEntity(known, e);
          if (!sameEntity(merged, known)) updated.push(merged);
        }
      }
      await this.createNodes(label, created);
      const columns = NODE_PROPERTIES[label].filter((p) => p.name !== 'id');
      await this.runChunked(updateNodesStatement(label, columns), columns, updated, (chunk) =>
        nodeKeys(chunk as EntityNode[]),
      );
      written += created.length + updated.length;
    }
    return written;
  }

  /**
   * New nodes, with UNWIND ... CREATE, or LOAD FROM a temporary Parquet file ... CREATE for fileRows or more (no
   * value through the binding). Not through COPY FROM, although it is quicker for large groups: LadybugDB
   * 0.19 does not log what COPY writes inside a transaction in a way it can replay, so a process killed after the
   * commit and before the next checkpoint lost those rows while the rest of the transaction survived (articles
   * without their claims, measured). COPY stays for the bulk path, which checkpoints before it reports success.
   */
  private async createNodes(label: NodeLabel, nodes: object[]): Promise<void> {
    await this.nodesWrite(label, nodes)?.run();
  }

  /** createNodes, prepared now and run later (see pipeline); null when there are none. */
  private nodesWrite(label: NodeLabel, nodes: object[]): PreparedWrite | null {
    if (nodes.length === 0) return null;
    const columns = setIn(NODE_PROPERTIES[label], nodes);
    if (nodes.length >= this.fileRows) {
      const file = this.writeFile(fileName(label, columns), columns, nodes, (n) => n as Record<string, unknown>);
      return {
        run: async () => {
          try {
            await this.runPrepared(loadNodesStatement(label, columns, file), {}); // see relationshipsFileWrite
            return 0;
          } finally {
            fs.rmSync(file, { force: true });
          }
        },
        discard: () => fs.rmSync(file, { force: true }),
      };
    }
    const write = this.chunkedWrite(createNodesStatement(label, columns), columns, nodes);
    return { run: async () => (await write.run(), 0), discard: write.discard };
  }

  /** A temporary Parquet file of these rows' columns, in the store's temporary folder. */
  private writeFile<T>(
    name: string,
    columns: readonly Column[],
    rows: readonly T[],
    read: (row: T) => Record<string, unknown>,
  ): string {
    this.tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kg-write-'));
    const file = path.join(this.tempDir, name);
    const table = new ParquetTable(file, columns);
    for (const r of rows) table.add(read(r));
    table.finish();
    return file;
  }

  /**
   * New relationships, one write per type and endpoint labels (see createNodes for why not COPY FROM), each
   * returning how many it created; a missing endpoint fails them.
   */
  private relationshipWrites(relationships: GraphRelationship[]): Array<() => PreparedWrite> {
    const groups = new Map<string, GraphRelationship[]>();
    for (const r of relationships) {
      const key = `${r.type} ${r.from.label} ${r.to.label}`;
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    const writes: Array<() => PreparedWrite> = [];
    for (const type of REL_TYPES) {
      for (const [from, to] of REL_ENDPOINTS[type]) {
        const mine = groups.get(`${type} ${from} ${to}`);
        if (!mine) continue;
        writes.push(() => {
          const columns = setIn(REL_PROPERTIES, mine);
          const write =
            mine.length >= this.fileRows
              ? this.relationshipsFileWrite(type, from, to, columns, mine)
              : this.chunkedWrite(createRelationshipsStatement(type, from, to, columns), columns, mine, (chunk) =>
                  relationshipKeys(chunk as GraphRelationship[]),
                );
          return {
            run: async () => {
              const n = await write.run();
              if (n !== mine.length) throw this.danglingError(type, from, to, mine.length - n, mine.length);
              return n;
            },
            discard: write.discard,
          };
        });
      }
    }
    return writes;
  }

  /** Writes the relationships to a temporary Parquet file, to create them from it (loadRelationshipsStatement). */
  private relationshipsFileWrite(
    type: RelType,
    from: NodeLabel,
    to: NodeLabel,
    columns: Column[],
    relationships: GraphRelationship[],
  ): PreparedWrite {
    const row: Record<string, unknown> = {};
    const file = this.writeFile(
      fileName(`${type}-${from}-${to}`, columns),
      [...RELATIONSHIP_FILE_COLUMNS.slice(0, 2), ...columns],
      relationships,
      (r) => {
        row._from = r.from.id;
        row._to = r.to.id;
        for (const c of columns) row[c.name] = (r as unknown as Record<string, unknown>)[c.name];
        return row;
      },
    );
    return {
      run: async () => {
        try {
          // Prepared once per file name: LadybugDB reads the file's schema when it prepares the statement, and its
          // rows again at each execution (tests/store/embedded-statements.test.ts); the name says the table and
          // columns, so a file of that name always has that schema.
          const out = await this.runPrepared(loadRelationshipsStatement(type, from, to, columns, file), {});
          return Number(out[0].n);
        } finally {
          fs.rmSync(file, { force: true });
        }
      },
      discard: () => fs.rmSync(file, { force: true }),
    };
  }

  private danglingError(type: RelType, from: NodeLabel, to: NodeLabel, missing: number, of: number): Error {
    return new InvalidInputError(
      `writeFragments: ${missing} of ${of} ${type} relationships (${from}->${to}) point at nodes ` +
        'that are neither in the batch nor stored. Expecting every endpoint among the fragment nodes or the store.',
    );
  }

  /** Deletes articles with their claims and relationships; returns the entities they mentioned. */
  private async removeArticles(ids: string[]): Promise<Array<{ label: EntityLabel; id: string }>> {
    const mentioned: Array<{ label: EntityLabel; id: string }> = [];
    for (const label of ENTITY_LABELS) {
      const rows = await this.run(
        `MATCH (e:${label})-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT e.id AS id`,
        { ids },
      );
      for (const r of rows) mentioned.push({ label, id: String(r.id) });
    }
    for (const type of REL_TYPES)
      await this.run(`MATCH ()-[r:${type}]->() WHERE r.articleId IN $ids DELETE r`, { ids });
    await this.run('MATCH (c:Claim) WHERE c.articleId IN $ids DETACH DELETE c', { ids });
    await this.run('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids });
    return mentioned;
  }

  /** Deletes those of these entities that no article mentions any more. */
  private async removeOrphans(entities: Array<{ label: EntityLabel; id: string }>): Promise<void> {
    for (const label of ENTITY_LABELS) {
      const ids = entities.filter((e) => e.label === label).map((e) => e.id);
      if (ids.length === 0) continue;
      await this.run(
        `UNWIND $ids AS id MATCH (e:${label} {id: id}) ` +
          'WHERE NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(:Article) } DETACH DELETE e',
        { ids },
      );
    }
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    this.refuseWrite('deleteArticle');
    await this.init();
    return this.exclusive(() =>
      this.transaction(async () => {
        const found = await this.run('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id: articleId });
        if (found.length === 0) return false;
        await this.removeOrphans(await this.removeArticles([articleId]));
        return true;
      }),
    );
  }

  async findArticles(ids: string[], keys: string[]): Promise<StoredArticle[]> {
    if (ids.length === 0 && keys.length === 0) return [];
    return this.exclusive(() => this.findStored(ids, keys));
  }

  async entityNames(): Promise<EntityNames[]> {
    return this.exclusive(async () => {
      const out: EntityNames[] = [];
      for (const label of ENTITY_LABELS) {
        const rows = await this.run(
          `MATCH (n:${label}) RETURN ${returnProps('n', NODE_PROPERTIES[label])} ORDER BY id`,
        );
        for (const r of rows) {
          const node = nodeFromProperties(label, r as Props) as EntityNode;
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
    return this.exclusive(async () => {
      let ps: PreparedStatement;
      try {
        ps = await this.conn.prepare(cypher);
      } catch (e) {
        throw new QueryError(`query: ${errorMessage(e)}`, { cause: e });
      }
      if (!ps.isSuccess()) throw new QueryError(`query: ${ps.getErrorMessage()}`);
      if (!ps.isReadOnly()) {
        if (options.readOnly || this.readOnly) {
          throw new QueryError('query: the query would write to the store. Expecting a read-only query.');
        }
        this.dirty = true;
      }
      const bound: Record<string, LbugValue> = {};
      for (const [k, v] of Object.entries(params)) bound[k] = (v === undefined ? null : v) as LbugValue;
      try {
        const result = await this.conn.execute(ps, bound);
        const all = Array.isArray(result) ? result : [result];
        const columns = all[all.length - 1].getColumnNamesSync();
        const raw = await this.rowsOf(result);
        const rows: Row[] = raw.map((r) => {
          const row: Row = {};
          for (const c of columns) row[c] = toPlain(r[c]);
          return row;
        });
        return { columns, rows };
      } catch (e) {
        throw new QueryError(`query: ${errorMessage(e)}`, { cause: e });
      }
    });
  }

  /**
   * Rows of a read one at a time: LadybugDB holds the result, JavaScript converts a row at a time, so a large
   * graph is never one big array. The result is closed when the caller stops, early or not.
   */
  private async *stream(cypher: string): AsyncGenerator<Record<string, unknown>> {
    const result = await this.exclusive(async () => {
      const ps = await this.conn.prepare(cypher);
      if (!ps.isSuccess()) throw new QueryError(`embedded store: ${ps.getErrorMessage()}`);
      const r = await this.conn.execute(ps, {});
      return Array.isArray(r) ? r : [r];
    });
    try {
      const last = result[result.length - 1];
      while (last.hasNext()) {
        const row = last.getNextSync();
        if (row) yield row;
      }
    } finally {
      for (const r of result) r.close();
    }
  }

  async *readGraph(): AsyncIterable<GraphRecord> {
    for (const label of [...NODE_LABELS].sort()) {
      for await (const r of this.stream(
        `MATCH (n:${label}) RETURN ${returnProps('n', NODE_PROPERTIES[label])} ORDER BY id`,
      )) {
        yield { kind: 'node', node: nodeFromProperties(label, r as Props) as GraphNode };
      }
    }
    for (const type of [...REL_TYPES].sort()) {
      const cypher =
        `MATCH (a)-[r:${type}]->(b) RETURN label(a) AS _fromLabel, a.id AS _fromId, label(b) AS _toLabel, ` +
        `b.id AS _toId, ${returnProps('r', REL_PROPERTIES)} ORDER BY id`;
      for await (const r of this.stream(cypher)) {
        const from = { label: r._fromLabel as NodeLabel, id: String(r._fromId) };
        const to = { label: r._toLabel as NodeLabel, id: String(r._toId) };
        yield { kind: 'relationship', relationship: relationshipFromProperties(type, from, to, r as Props) };
      }
    }
  }

  async stats(): Promise<GraphStats> {
    return this.exclusive(async () => {
      const stats: GraphStats = { nodes: {}, relationships: {}, articles: 0, messages: {} };
      for (const label of NODE_LABELS) {
        const [r] = await this.run(`MATCH (n:${label}) RETURN count(n) AS n`);
        stats.nodes[label] = Number(r.n);
      }
      for (const type of REL_TYPES) {
        const [r] = await this.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
        stats.relationships[type] = Number(r.n);
      }
      stats.articles = stats.nodes.Article ?? 0;
      const rows = await this.run('MATCH (a:Article) UNWIND a.messages AS m RETURN m');
      const counts = new Map<string, number>();
      for (const r of rows) {
        const origin = messageOrigin(String(r.m));
        counts.set(origin, (counts.get(origin) ?? 0) + 1);
      }
      for (const origin of [...counts.keys()].sort()) stats.messages[origin] = counts.get(origin)!;
      return stats;
    });
  }

  async flush(): Promise<void> {
    if (this.readOnly || !this.dirty) return;
    await this.exclusive(async () => {
      await this.run('CHECKPOINT');
      this.dirty = false;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.readOnly) await this.flush();
    } finally {
      await this.exclusive(async () => {
        this.closed = true;
        this.prepared.clear();
        await this.conn.close();
        await this.db.close();
        if (this.tempDir) fs.rmSync(this.tempDir, { recursive: true, force: true });
      }).finally(() => this.release?.());
    }
  }
}
