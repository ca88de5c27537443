// Large groups of new rows for the embedded store go through a Parquet file and COPY FROM, which LadybugDB
// runs inside the open transaction (a rollback undoes it) at 10-100x the speed of UNWIND ... CREATE.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NODE_PROPERTIES, REL_PROPERTIES, type PropertySpec } from '../model/properties.js';
import type { NodeLabel, RelType } from '../model/types.js';
import { ParquetTable } from './parquet-table.js';

/** Below this many rows, UNWIND is as quick as writing a file and copying it. */
export const COPY_MIN_ROWS = 300;

const ENDPOINT_COLUMNS: readonly PropertySpec[] = [
  { name: '_from', type: 'string' },
  { name: '_to', type: 'string' },
];

/** Relationship rows for a file: the two endpoint ids first, then the properties. */
export const RELATIONSHIP_FILE_COLUMNS: readonly PropertySpec[] = [...ENDPOINT_COLUMNS, ...REL_PROPERTIES];

/** A path as a Cypher string literal; our own temporary files only, never data. */
export function pathLiteral(file: string): string {
  return `'${file.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

export function copyNodesStatement(label: NodeLabel, file: string): string {
  return `COPY ${label} FROM ${pathLiteral(file)}`;
}

export function copyRelationshipsStatement(type: RelType, from: NodeLabel, to: NodeLabel, file: string): string {
  return `COPY ${type} FROM ${pathLiteral(file)} (from='${from}', to='${to}')`;
}

/** Writes groups of rows to Parquet files in a temporary folder of its own, made when first needed. */
export class CopyFiles {
  private dir: string | null = null;
  private next = 0;

  /** Writes the rows to a new file and returns its path; remove it with `remove` once copied. */
  write(name: string, columns: readonly PropertySpec[], rows: Iterable<Record<string, unknown>>): string {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kg-copy-'));
    const table = new ParquetTable(path.join(this.dir, `${this.next++}-${name}.parquet`), columns);
    for (const row of rows) table.add(row);
    table.finish();
    return table.file;
  }

  nodeFile(label: NodeLabel, rows: Iterable<Record<string, unknown>>): string {
    return this.write(label, NODE_PROPERTIES[label], rows);
  }

  relationshipFile(type: RelType, rows: Iterable<Record<string, unknown>>): string {
    return this.write(type, RELATIONSHIP_FILE_COLUMNS, rows);
  }

  remove(file: string): void {
    fs.rmSync(file, { force: true });
  }

  /** Removes the folder and anything left in it. */
  close(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
