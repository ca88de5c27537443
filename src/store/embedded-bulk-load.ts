// The embedded store's bulk path: fragments stream into Parquet files in a temporary folder (articles, claims and
// relationships as they come; entities merged in memory, as the incremental path merges them), then one
// COPY FROM per table loads them into the empty store. The files are removed afterwards, loaded or not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidInputError, StoreUnavailableError, errorMessage } from '../errors.js';
import { NODE_PROPERTIES } from '../model/properties.js';
import { ENTITY_LABELS, type EntityNode, type GraphFragment, type NodeLabel, type RelType } from '../model/types.js';
import type { BulkAddOutcome, BulkLoad } from './bulk-load.js';
import { RELATIONSHIP_FILE_COLUMNS, copyNodesStatement, copyRelationshipsStatement } from './embedded-copy.js';
import { mergeEntity } from './merge-entity.js';
import { ParquetTable } from './parquet-table.js';
import type { WriteReport } from './types.js';
import { validateFragment } from './validate-fragment.js';

/** Runs one COPY statement (the store serialises it with its other statements). */
export type RunCopy = (cypher: string) => Promise<void>;

export class EmbeddedBulkLoad implements BulkLoad {
  readonly deferred: GraphFragment[] = [];
  private readonly dir: string;
  private readonly articles: ParquetTable;
  private readonly claims: ParquetTable;
  private readonly relationships = new Map<
    string,
    { table: ParquetTable; type: RelType; from: NodeLabel; to: NodeLabel }
  >();
  private readonly entities = new Map<string, EntityNode>();
  private readonly articleIds = new Set<string>();
  /** article key -> the id added under it */
  private readonly keys = new Map<string, string>();
  private done = false;

  constructor(
    private readonly runCopy: RunCopy,
    tempRoot: string = os.tmpdir(),
  ) {
    this.dir = fs.mkdtempSync(path.join(tempRoot, 'kg-bulk-'));
    this.articles = new ParquetTable(path.join(this.dir, 'Article.parquet'), NODE_PROPERTIES.Article);
    this.claims = new ParquetTable(path.join(this.dir, 'Claim.parquet'), NODE_PROPERTIES.Claim);
  }

  add(f: GraphFragment): BulkAddOutcome {
    if (this.done) throw new StoreUnavailableError('bulk load: already finished. Expecting a new bulk load.');
    validateFragment(f);
    const a = f.article;
    if (this.articleIds.has(a.id)) return 'unchanged';
    const earlier = this.keys.get(a.key);
    if (earlier !== undefined && earlier !== a.id) {
      this.deferred.push(f);
      return 'deferred';
    }
    // Every endpoint must be a node of this fragment or an entity added before: the store is empty.
    const own = new Set<string>([`Article|${a.id}`, ...f.nodes.map((n) => `${n.label}|${n.id}`)]);
    for (const r of f.relationships) {
      for (const end of [r.from, r.to]) {
        const key = `${end.label}|${end.id}`;
        if (!own.has(key) && !this.entities.has(key)) {
          throw new InvalidInputError(
            `bulk load: article ${a.id} (${a.key}): ${r.type} relationship ${r.id} points at ${end.label} ${end.id}, ` +
              'which is neither in the fragment nor added before. Expecting every endpoint among the fragment nodes.',
          );
        }
      }
    }
    this.articleIds.add(a.id);
    this.keys.set(a.key, a.id);
    this.articles.add(a as unknown as Record<string, unknown>);
    const claims = new Set<string>();
    for (const n of f.nodes) {
      if (n.label === 'Claim') {
        if (claims.has(n.id)) continue;
        claims.add(n.id);
        this.claims.add(n as unknown as Record<string, unknown>);
        continue;
      }
      const key = `${n.label}|${n.id}`;
      const known = this.entities.get(key);
      this.entities.set(key, known ? mergeEntity(known, n) : n);
    }
    const rels = new Set<string>();
    for (const r of f.relationships) {
      if (rels.has(r.id)) continue;
      rels.add(r.id);
      const name = `${r.type}-${r.from.label}-${r.to.label}`;
      let entry = this.relationships.get(name);
      if (!entry) {
        const table = new ParquetTable(path.join(this.dir, `${name}.parquet`), [...RELATIONSHIP_FILE_COLUMNS]);
        entry = { table, type: r.type, from: r.from.label, to: r.to.label };
        this.relationships.set(name, entry);
      }
      entry.table.add({ ...(r as unknown as Record<string, unknown>), _from: r.from.id, _to: r.to.id });
    }
    return 'added';
  }

  async finish(): Promise<WriteReport> {
    if (this.done) throw new StoreUnavailableError('bulk load: already finished. Expecting a new bulk load.');
    this.done = true;
    const report: WriteReport = { written: this.articles.rows, unchanged: 0, replaced: 0, nodes: 0, relationships: 0 };
    try {
      const entityTables = ENTITY_LABELS.map((label) => {
        const table = new ParquetTable(path.join(this.dir, `${label}.parquet`), NODE_PROPERTIES[label]);
        for (const e of this.entities.values())
          if (e.label === label) table.add(e as unknown as Record<string, unknown>);
        return { label, table };
      });
      this.entities.clear();
      const nodeTables: Array<{ label: NodeLabel; table: ParquetTable }> = [
        { label: 'Article', table: this.articles },
        ...entityTables,
        { label: 'Claim', table: this.claims },
      ];
      for (const { table } of nodeTables) table.finish();
      for (const { table } of this.relationships.values()) table.finish();
      for (const { label, table } of nodeTables) {
        if (table.rows === 0) continue;
        await this.copy(copyNodesStatement(label, table.file), label);
        report.nodes += table.rows;
      }
      const rels = [...this.relationships.values()].sort((x, y) => x.table.file.localeCompare(y.table.file));
      for (const { table, type, from, to } of rels) {
        await this.copy(copyRelationshipsStatement(type, from, to, table.file), type);
        report.relationships += table.rows;
      }
      return report;
    } finally {
      this.removeFiles();
    }
  }

  private async copy(cypher: string, table: string): Promise<void> {
    try {
      await this.runCopy(cypher);
    } catch (e) {
      throw new StoreUnavailableError(
        `bulk load: COPY into ${table} failed: ${errorMessage(e)}. The store may hold part of the load; ` +
          'expecting an empty store folder to start again (or kg ingest without --bulk).',
        { cause: e },
      );
    }
  }

  async abort(): Promise<void> {
    this.done = true;
    this.removeFiles();
  }

  private removeFiles(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
